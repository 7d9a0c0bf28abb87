import { describe, expect, it } from 'vitest';
import { leadOf, referentOf, termsWithReferent } from '../../../src/answer/retrieve/referents.js';
import { buildKnowledgeBase } from '../../../src/knowledge-base/knowledge-base.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { termOf } from '../../../src/text/terms.js';
import { createBot } from '../../../src/engine.js';

const story = (text: string) => parseStory('s.md', Buffer.from(`---\ntitle: Family on trial\n---\n${text}\n`));
const kbOf = (text: string) => buildKnowledgeBase([story(text)]);
const sentenceId = (kb: ReturnType<typeof kbOf>, start: string): number => kb.corpus.sentences.find((sentence) => sentence.text.startsWith(start))!.id;

const TRIAL = 'Tom Berg and his wife Ann Berg are on trial over the death of their baby, Lina. She died from an infection of the blood.\n\nLina had been ill for months, and her skin broke. Doctors said Lina needed care, but she was kept at home.\n\nA nurse said Lina cried every night.';

describe('a sentence that opens on "she" or "he" is about the person the sentence before names', () => {
  it('"She died …" after "… their baby, Lina." is about Lina: its terms hold her name', () => {
    const kb = kbOf(TRIAL);
    const id = sentenceId(kb, 'She died');
    expect(referentOf(kb, id)).toBe('Lina');
    expect(termsWithReferent(kb, id).has(termOf('Lina')!)).toBe(true);
  });

  it('so "what did Lina die from?" cites it, whether as the answer or as the closest the story comes', () => {
    // Another death in the story, of someone named: without "she" read as Lina, it would compete.
    const answer = createBot([story(`${TRIAL} Tom Berg's father died from a stroke in 1990.`)]).ask('what did Lina die from?');
    expect(answer.text).toContain('“She died from an infection');
  });

  it('"“…,” she told reporters" is the words of the person named before it, and answers "what did she say?"', () => {
    const text = 'Acme chief executive Jane Roe, 54, said the firm had offered 4 percent.\n\n"We value every worker here, but the money is simply not there," she told reporters outside the gate.';
    const kb = kbOf(text);
    expect(termsWithReferent(kb, sentenceId(kb, '"We value')).has(termOf('Roe')!)).toBe(true);
    expect(createBot([story(text)]).ask('what did roe say?').text).toContain('We value every worker');
  });

  it('only within its paragraph, and only a name the story calls by that pronoun', () => {
    const kb = kbOf('Tom Berg met Lina in Oslo.\n\nShe left the next day.\n\nAnn Berg met Tom Berg. Tom Berg said his visit went well, and he smiled. He left.');
    expect(referentOf(kb, sentenceId(kb, 'She left'))).toBeUndefined();
    expect(referentOf(kb, sentenceId(kb, 'He left'))).toBe('Tom Berg');
  });
});

describe('a lead that names its person one sentence late', () => {
  it('"A former manager of Acme was jailed …" is about the person the next sentence opens on', () => {
    const kb = kbOf('A former manager of the Acme Fund was jailed on Tuesday for theft. Tom Berg, 58, admitted fraud in March.\n\nThe fund said it had lost £9,000.');
    const id = sentenceId(kb, 'A former manager');
    expect(leadOf(kb, id)).toEqual({ name: 'Tom Berg', description: 'a former manager of the Acme Fund' });
    expect(termsWithReferent(kb, id).has(termOf('Berg')!)).toBe(true);
  });

  it('not when the opening is no person, or the next sentence names no one first', () => {
    expect(leadOf(kbOf('A storm hit Oslo on Tuesday. Tom Berg said the roads were shut.'), 0)).toBeUndefined();
    expect(leadOf(kbOf('A former manager of the fund was jailed. Police said Tom Berg had admitted fraud.'), 0)).toBeUndefined();
  });
});

describe('a sentence that opens on "The company" is about the name the story gave that noun', () => {
  it('"The company said …" after "the technology company Acme" or "Acme, a technology company" is about Acme', () => {
    for (const text of ['The regulator fined the technology company Acme on Monday. The company said it would appeal.', 'Acme, a technology company, was fined on Monday. The company said it would appeal.']) {
      const kb = kbOf(text);
      expect(termsWithReferent(kb, sentenceId(kb, 'The company')).has(termOf('Acme')!)).toBe(true);
    }
  });

  it('"It was robbed once before" after "The museum will stay closed" is about the museum; "It is hard to …" about nothing', () => {
    const kb = kbOf('The museum will stay closed this week. It was robbed once before, in 1998.\n\nThe museum is old. It is hard to say when it opened.');
    expect(termsWithReferent(kb, sentenceId(kb, 'It was robbed')).has(termOf('museum')!)).toBe(true);
    expect(termsWithReferent(kb, sentenceId(kb, 'It is hard')).has(termOf('museum')!)).toBe(false);
  });

  it('not when the story never pairs the noun with a name', () => {
    const kb = kbOf('The start-up Fernlight was founded in 2019. The company has 140 employees.');
    expect(termsWithReferent(kb, sentenceId(kb, 'The company')).has(termOf('Fernlight')!)).toBe(false);
  });
});
