import { describe, expect, it } from 'vitest';
import { phrasalLightVerbs, saysPhrasal, usesOnlyOtherwise } from '../../../src/answer/read/phrasal.js';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { termsOf } from '../../../src/text/terms.js';

const uses = (sentence: string, question: string): boolean =>
  phrasalLightVerbs(question).some((phrasal) => usesOnlyOtherwise(sentence, new Set(termsOf(sentence)), phrasal));

describe('phrasal light verbs', () => {
  it('a sentence says the phrase by a meaning ("left") or by the phrase itself ("got out"), not by its light verb alone', () => {
    const [phrasal] = phrasalLightVerbs('when did he get out?');
    expect(phrasal).toBeDefined();
    const says = (text: string) => saysPhrasal(text, new Set(termsOf(text)), phrasal!);
    expect(says('He left prison in May.')).toBe(true);
    expect(says('He got out in May.')).toBe(true);
    expect(says('He got a letter in May.')).toBe(false);
  });

  it('reads "come down" and "take off" as phrasal verbs, and no stranded preposition ("taken to?") as one', () => {
    expect(phrasalLightVerbs('where exactly did it come down?').map((phrasal) => `${phrasal.verb} ${phrasal.particle}`)).toEqual(['come down']);
    expect(phrasalLightVerbs('when did the plane take off?').map((phrasal) => phrasal.particle)).toEqual(['off']);
    expect(phrasalLightVerbs('Which city was Jane Roe taken to?')).toEqual([]);
    expect(phrasalLightVerbs('where did the crane fall?')).toEqual([]);
  });

  it('"comes ten days before" uses "come" in another sense than "come down"; "came down" and "fell" do not', () => {
    expect(uses('The accident comes just ten days before the festival.', 'where did it come down?')).toBe(true);
    expect(uses('The crane came down on the market hall.', 'where did it come down?')).toBe(false);
    expect(uses('The crane fell onto the market hall, which comes as no surprise.', 'where did it come down?')).toBe(false);
    expect(uses('A storm hit the market hall.', 'where did it come down?')).toBe(false);
  });

  it('a sentence that uses the verb only otherwise does not answer the phrasal question', () => {
    const story = `---
title: Storm hits Riverton
---
A storm on Monday blew a crane into Riverton's Town Hall, injuring four people.

The accident comes just ten days before the start of the festival in Oslo.
`;
    const bot = createBot([parseStory('crane.md', Buffer.from(story))], { abstainBelow: 0 });
    const answer = bot.ask('where exactly did it come down?');
    expect(answer.shortAnswer ?? '').not.toMatch(/Oslo/);
  });
});
