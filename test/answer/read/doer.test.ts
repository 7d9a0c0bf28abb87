import { describe, expect, it } from 'vitest';
import { asksPatient, doerOf, onlyAsAdjective } from '../../../src/answer/read/doer.js';
import { createBot } from '../../../src/engine.js';
import { candidatesOf } from '../../../src/answer/read/select.js';
import { rankSentences } from '../../../src/answer/retrieve/rank.js';
import { bounded } from '../../../src/answer/budget.js';
import { analyzeQuestion } from '../../../src/answer/understand/question.js';
import { buildKnowledgeBase } from '../../../src/knowledge-base/knowledge-base.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { termOf } from '../../../src/text/terms.js';

const doer = (text: string, verb: string): ReturnType<typeof doerOf> => doerOf(text, termOf(verb)!);

describe('who a sentence says did it', () => {
  it('"by a passer-by" is someone unnamed', () => {
    expect(doer('The file was dropped on a road by a passer-by.', 'dropped')).toBe('unnamed');
  });

  it('a passive or an adjective with no agent names no one: "Leaked memo: how Roe advised Doe", "the memo was leaked"', () => {
    expect(doer('Leaked memo: how Roe advised Doe on the deal', 'leaked')).toBe('unstated');
    expect(doer('Doe refused to comment after the memo was leaked.', 'leaked')).toBe('unstated');
  });

  it('an agent in another clause is another verb\'s: "the leaked memo, published by Acme"', () => {
    expect(doer('The leaked memo, published by Acme, ran to ten pages.', 'leaked')).toBe('unstated');
  });

  it('a kind of person right before the verb is someone unnamed: "after engineers found cracks"', () => {
    expect(doer('Residents left after engineers found cracks in the dam.', 'found')).toBe('unnamed');
  });

  it('an active verb or a named agent may name the doer', () => {
    expect(doer('Roe leaked the memo to Acme.', 'leaked')).toBeUndefined();
    expect(doer('The memo was leaked by Roe.', 'leaked')).toBeUndefined();
  });

  it('"who was chosen?" asks who underwent it, "who chose?" who did it', () => {
    expect(asksPatient('Who was chosen as captain?', 'chosen')).toBe(true);
    expect(asksPatient('who leaked the memo?', 'leaked')).toBe(false);
  });
});

describe('the candidates for "who did it?"', () => {
  const STORY = `---
title: "Leaked memo: how Tom Berg advised Jane Roe on the ferry deal"
---
Tom Berg told Jane Roe to praise the ferry deal in a memo dated 3 May.

Roe refused to comment after the memo was leaked.
`;
  const kb = buildKnowledgeBase([parseStory('memo.md', Buffer.from(STORY))]);

  it('a sentence that says the memo was leaked but not by whom offers no name as the leaker', () => {
    const question = analyzeQuestion('who leaked the memo?');
    const candidates = bounded(() => candidatesOf(kb, question, rankSentences(kb, question)));
    const leakers = candidates.filter((candidate) => /leaked/i.test(candidate.ranked.sentence.text)).map((candidate) => candidate.ranked.span?.text);
    expect(leakers.filter((name) => name !== undefined)).toEqual([]);
  });
});

describe('a sentence that names the asked act only as a thing does not narrate it', () => {
  const only = (text: string, verb: string) => onlyAsAdjective(text, termOf(verb)!);

  it('"a leaked transcript" and "according to another recording" name a thing, not the act', () => {
    expect(only('Roe advised Doe in order to win the vote, according to a leaked transcript.', 'leaked')).toBe(true);
    expect(only('On 29 October, Roe spoke to Doe, according to another recording reviewed by Acme.', 'recorded')).toBe(true);
    expect(only('The transcript was leaked on Tuesday to win the vote.', 'leaked')).toBe(false);
  });

  it('but a question about the source itself is answered by it: "when was the study published?" over "according to a study published on Monday"', () => {
    const text = 'Teens sleep 40 minutes less, according to a study published on Monday in the Acme Journal.';
    expect(onlyAsAdjective(text, termOf('published')!, [termOf('study')!])).toBe(false);
    expect(onlyAsAdjective(text, termOf('published')!, [termOf('teens')!])).toBe(true);
    const bot = createBot([parseStory('sleep.md', Buffer.from(`---\ntitle: Sleep\n---\n${text}\n`))], { abstainBelow: 0 });
    expect(bot.ask('when was the study published?').text).toMatch(/^On Monday \[1\]/);
    expect(bot.ask('where was the study published?').text).toMatch(/^Acme Journal \[1\]/);
  });

  it('so "why was the report leaked?" is not answered by the reason of another verb', () => {
    const bot = createBot([parseStory('vote.md', Buffer.from('---\ntitle: Vote\n---\nJane Roe lobbied the council in order to win the vote, according to a leaked report.\n'))], { abstainBelow: 0 });
    expect(bot.ask('why was the report leaked?').text).not.toMatch(/^In order to win/);
    expect(bot.ask('why did Jane Roe lobby the council?').text).toMatch(/^In order to win the vote/);
  });
});
