import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { StoryBot } from '../bot.js';
import { createBot } from '../engine.js';
import { loadKnowledge } from '../knowledge/load.js';
import { parseStory } from '../knowledge/parse.js';
import type { Story } from '../knowledge/types.js';
import { PROJECT_ROOT } from '../paths.js';
import { parseQuestionSet, type EvalQuestion } from './questions.js';

export const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'eval');

/** The eight SQuAD 2.0 development articles (about half their questions unanswerable). */
export const SQUAD2_ARTICLES = ['french-and-indian-war', 'huguenot', 'immune-system', 'imperialism', 'normans', 'steam-engine', 'warsaw', 'yuan-dynasty'];

/** A question set and the stories it is asked over. */
export interface QuestionSet {
  name: string;
  /**
   * Question files from the fixtures folder, each with its group: the unit a fitted model is held
   * out by (a question is scored by a model trained without its group).
   */
  questionFiles: { file: string; group: string }[];
  /** Story files from the fixtures folder; `bundled` adds the stories in knowledge/. */
  stories: string[];
  bundled: boolean;
}

/** A question with the group it is held out by. */
export interface GroupedQuestion extends EvalQuestion {
  group: string;
}

const STORY_GROUP = 'story';
const SUPER_BOWL_GROUP = 'super-bowl-50';

export const QUESTION_SETS: QuestionSet[] = [
  { name: 'story (shared)', questionFiles: [{ file: 'story-questions.jsonl', group: STORY_GROUP }], stories: [], bundled: true },
  { name: 'story (ours)', questionFiles: [{ file: 'story-extra.jsonl', group: STORY_GROUP }], stories: [], bundled: true },
  { name: 'external alone', questionFiles: [{ file: 'super-bowl-50.questions.jsonl', group: SUPER_BOWL_GROUP }], stories: ['super-bowl-50.md'], bundled: false },
  { name: 'external + story', questionFiles: [{ file: 'super-bowl-50.questions.jsonl', group: SUPER_BOWL_GROUP }], stories: ['super-bowl-50.md'], bundled: true },
  {
    name: 'squad2 (8 articles)',
    questionFiles: SQUAD2_ARTICLES.map((article) => ({ file: `squad2/${article}.questions.jsonl`, group: article })),
    stories: SQUAD2_ARTICLES.map((article) => `squad2/${article}.md`),
    bundled: false,
  },
];

export async function storiesOf(set: QuestionSet): Promise<Story[]> {
  const bundled = set.bundled ? (await loadKnowledge(join(PROJECT_ROOT, 'knowledge'))).stories : [];
  const extra = await Promise.all(set.stories.map(async (file) => parseStory(basename(file), await readFile(join(FIXTURES, file)))));
  return [...bundled, ...extra];
}

export async function questionsOf(set: QuestionSet): Promise<GroupedQuestion[]> {
  const parts = await Promise.all(
    set.questionFiles.map(async ({ file, group }) => parseQuestionSet(await readFile(join(FIXTURES, file), 'utf8'), file).map((question) => ({ ...question, group }))),
  );
  return parts.flat();
}

export async function loadQuestionSet(set: QuestionSet): Promise<{ bot: StoryBot; questions: GroupedQuestion[] }> {
  return { bot: createBot(await storiesOf(set)), questions: await questionsOf(set) };
}
