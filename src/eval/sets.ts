import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoryBot } from '../bot.js';
import { createBot } from '../engine.js';
import { loadKnowledge } from '../knowledge/load.js';
import { parseStory } from '../knowledge/parse.js';
import type { Story } from '../knowledge/types.js';
import { PROJECT_ROOT } from '../paths.js';
import { parseQuestionSet, type EvalQuestion } from './questions.js';

export const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'eval');

/** A question set and the stories it is asked over. */
export interface QuestionSet {
  name: string;
  questionsFile: string;
  /** Story files from the fixtures folder; `bundled` adds the stories in knowledge/. */
  stories: string[];
  bundled: boolean;
}

export const QUESTION_SETS: QuestionSet[] = [
  { name: 'story (shared)', questionsFile: 'story-questions.jsonl', stories: [], bundled: true },
  { name: 'story (ours)', questionsFile: 'story-extra.jsonl', stories: [], bundled: true },
  { name: 'external alone', questionsFile: 'super-bowl-50.questions.jsonl', stories: ['super-bowl-50.md'], bundled: false },
  { name: 'external + story', questionsFile: 'super-bowl-50.questions.jsonl', stories: ['super-bowl-50.md'], bundled: true },
];

async function storiesOf(set: QuestionSet): Promise<Story[]> {
  const bundled = set.bundled ? (await loadKnowledge(join(PROJECT_ROOT, 'knowledge'))).stories : [];
  const extra = await Promise.all(set.stories.map(async (file) => parseStory(file, await readFile(join(FIXTURES, file)))));
  return [...bundled, ...extra];
}

export async function loadQuestionSet(set: QuestionSet): Promise<{ bot: StoryBot; questions: EvalQuestion[] }> {
  const questions = parseQuestionSet(await readFile(join(FIXTURES, set.questionsFile), 'utf8'), set.questionsFile);
  return { bot: createBot(await storiesOf(set)), questions };
}
