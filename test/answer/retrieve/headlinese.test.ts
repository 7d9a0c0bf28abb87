import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doneToInHeadline, isTitleCase } from '../../../src/answer/retrieve/headlinese.js';
import { analyzeQuestion } from '../../../src/answer/understand/question.js';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const HEADLINE = 'Owners fined after harbour crane falls';
const owners = { text: 'Owners', start: 0, end: 6 };
/** As the answerer reads a "who" question that names no one it could describe: asking for a person. */
const asked = (question: string) => ({ ...analyzeQuestion(question), type: 'person' as const });

describe('doneToInHeadline', () => {
  it('reads "Owners fined after …" as the owners being fined: no answer to who fined, the answer to who was fined', () => {
    expect(doneToInHeadline(asked('Who fined the company?'), HEADLINE, owners)).toBe(true);
    expect(doneToInHeadline(asked('Who is fining them?'), HEADLINE, owners)).toBe(true);
    expect(doneToInHeadline(asked('Who was fined?'), HEADLINE, owners)).toBe(false);
    expect(doneToInHeadline(asked('Who owns the crane?'), HEADLINE, owners)).toBe(false);
  });
});

describe('a headline in headlinese, answered from', () => {
  const TRIAL = 'homeopathy-manslaughter-trial.md';
  const bot = () => createBot([parseStory(TRIAL, readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'eval', 'news', TRIAL)))]);

  it('does not name the ones a thing was done to as the ones who did it ("Parents prosecuted after …")', () => {
    expect(bot().ask("who's prosecuting the case?").shortAnswer).not.toBe('Parents');
  });
});

describe('a headline in Title Case', () => {
  it('is told from one in sentence case, whose capitals still mark names', () => {
    expect(isTitleCase('Harbour Council Approves New Library for Old Market Hall')).toBe(true);
    expect(isTitleCase('At least 107 killed in Mecca crane collapse')).toBe(false);
    expect(isTitleCase('Leaked call: how Witkoff advised Putin’s aide')).toBe(false);
    expect(isTitleCase('Roe Wins')).toBe(false);
  });

  it('gives no name as an answer, since every word of it is capitalised', () => {
    const STORY = '---\ntitle: Harbour Council Approves New Library For Old Market Hall\n---\nThe city council voted 7-2 on Tuesday to build a new central library beside the old market hall.\n';
    const answer = createBot([parseStory('library.md', Buffer.from(STORY))]).ask('Who approved the new library?');
    expect(answer.shortAnswer ?? '').not.toMatch(/Approves/);
  });
});
