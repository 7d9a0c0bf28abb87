import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { buildKnowledgeBase } from '../../../src/knowledge-base/knowledge-base.js';
import { rankSentences } from '../../../src/answer/retrieve/rank.js';
import { bounded } from '../../../src/answer/budget.js';
import { analyzeQuestion } from '../../../src/answer/understand/question.js';

/** A made-up report that says everything in other words than a reader would ask it. */
const BLAST = `---
title: Blast at the Acme works
---
A gas explosion tore through the Acme works in Millbrook on Tuesday, killing 40 workers and wounding three others.

The explosion occurred shortly after the night shift began, the fire service said.
`;
// How the evidence is found and read, whatever the verifier decides about answering (threshold set aside).
const blast = createBot([parseStory('blast.md', Buffer.from(BLAST))], { abstainBelow: 0 });

describe('ranking: the story’s words for the question’s', () => {
  it('answers "how many people were injured?" with the figure beside "wounding", not the one beside "killing"', () => {
    const answer = blast.ask('How many people were injured?');
    expect(answer.shortAnswer).toMatch(/\b(?:3|three)\b/i);
    expect(answer.citations[0]?.text).toMatch(/wounding three/);
  });

  it('answers "how many workers died?" from "killing 40 workers"', () => {
    const answer = blast.ask('How many workers died?');
    expect(answer.shortAnswer).toMatch(/\b40\b/);
    expect(answer.citations[0]?.text).toMatch(/killing 40 workers/);
  });
});

describe('ranking: an age', () => {
  it('"how old is Roe?" is wholly covered by "Roe, 22,": an age span says "old" without the word', () => {
    const kb = buildKnowledgeBase([parseStory('final.md', Buffer.from('---\ntitle: Final\n---\nRoe, 22, won the final on Sunday.\n'))]);
    const [top] = bounded(() => rankSentences(kb, analyzeQuestion('how old is Roe?'))).ranked;
    expect(top?.span?.text).toBe('22');
    expect(top?.coverage).toBe(1);
  });
});

describe('ranking: a typo and a word', () => {
  const found = buildKnowledgeBase([parseStory('found.md', Buffer.from('---\ntitle: Wallet found\n---\nThe 131-page file was found by a jogger.\n'))]);
  const alternatives = (question: string, term: string) => bounded(() => rankSentences(found, analyzeQuestion(question))).terms.find((weighted) => weighted.term === term)?.alternatives;

  it('a misspelt word stands for the story word it misses by a letter: "joger" is "jogger"', () => {
    expect([...(alternatives('what did the joger find?', 'joger') ?? [])]).toContain('jogger');
  });

  it('a word of English is itself, not a typo: "the fine" is no "find", nor "fire"; "worse" (term "wors") no "work"', () => {
    expect([...(alternatives('how much was the fine?', 'fine') ?? [])]).toEqual(['fine']);
    const crews = buildKnowledgeBase([parseStory('crews.md', Buffer.from('---\ntitle: Road works\n---\nCrews will work through the night on the road.\n'))]);
    const worse = bounded(() => rankSentences(crews, analyzeQuestion('will the road get worse?'))).terms.find((weighted) => weighted.term === 'wors');
    expect([...(worse?.alternatives ?? [])]).not.toContain('work');
  });
});

describe('ranking: an acronym the story defines stands for its spelled-out words', () => {
  const GUILD = `---
title: Guild elects a chair
---
The Zorbian Rail Guild (ZRG) was founded in Quillon in 1921.

Members of the guild marched through the old town on Sunday.

Jane Roe was elected ZRG chair on Monday with 60 votes.
`;
  const guild = createBot([parseStory('guild.md', Buffer.from(GUILD))], { abstainBelow: 0 });

  it('"who was elected chair of the Zorbian Rail Guild?" is answered from the sentence that writes only "ZRG chair"', () => {
    const answer = guild.ask('Who was elected chair of the Zorbian Rail Guild?');
    expect(answer.shortAnswer).toBe('Jane Roe');
    expect(answer.citations[0]?.text).toContain('Jane Roe was elected ZRG chair');
  });
});

describe('ranking: "why …?" is answered by the sentence that gives a reason for what was asked', () => {
  const HALL = `---
title: Crane falls on Acme hall
---
A storm caused a crane to fall onto the Acme hall on Sunday, killing three people.

The crane was at the hall in order to lift a new roof for the festival.
`;
  const hall = createBot([parseStory('hall.md', Buffer.from(HALL))], { abstainBelow: 0 });

  it('"why was there a crane at the hall?" by the purpose ("in order to …"), not the storm that felled it', () => {
    const answer = hall.ask('why was there a crane at the hall?');
    expect(answer.shortAnswer).toMatch(/^in order to lift a new roof/i);
    expect(answer.text.split('\n')[1]).toMatch(/^“The crane was at the hall in order to lift/);
  });

  it('"why did the crane fall?" by what caused it to ("A storm caused a crane to fall")', () => {
    expect(hall.ask('why did the crane fall?').shortAnswer).toBe('A storm');
  });

  it('but the storm that felled the crane is no reason for its being there', () => {
    const site = createBot([parseStory('site.md', Buffer.from('---\ntitle: Crane falls on Acme hall\n---\nA storm on Sunday caused a crane to fall into the Acme hall, killing three people.\n'))], { abstainBelow: 0 });
    expect(site.ask('why was there a crane at the Acme hall?').shortAnswer ?? '').not.toMatch(/storm/i);
  });
});

describe('ranking: the object of the preposition a question ends on', () => {
  const TRIAL = `---
title: Family on trial
---
Tom Berg and his wife Ann Berg are on trial over the death of their baby, Lina. She died from an infection of the blood.
`;
  const kb = buildKnowledgeBase([parseStory('trial.md', Buffer.from(TRIAL))]);

  it('"what did Lina die from?" ranks what she "died from" above the sentence that names her and her death', () => {
    const ranked = bounded(() => rankSentences(kb, analyzeQuestion('what did Lina die from?'))).ranked;
    expect(ranked[0]?.sentence.text).toMatch(/died from an infection/);
  });
});

describe('ranking: a misspelt word', () => {
  const kb = buildKnowledgeBase([parseStory('blast.md', Buffer.from(`${BLAST}\nThe wounded were treated at Millbrook hospital.\n`))]);
  const alternativesOf = (question: string, term: string): string[] =>
    bounded(() => [...(rankSentences(kb, analyzeQuestion(question)).terms.find((weighted) => weighted.term === term)?.alternatives ?? [])]);

  it('reads a typo as the story\'s word that starts alike ("treatd" → "treated"), never another word ("street" → "treat")', () => {
    expect(alternativesOf('when were the wounded treatd?', 'treatd')).toContain('treat');
    expect(alternativesOf('what street is the works on?', 'street')).not.toContain('treat');
  });
});
