import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { StoryBot } from '../bot.js';
import { createBot } from '../engine.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import { loadKnowledge } from '../knowledge/load.js';
import { parseStory } from '../knowledge/parse.js';
import type { Story } from '../knowledge/types.js';
import { PROJECT_ROOT } from '../paths.js';
import { parseQuestionSet, type EvalQuestion } from './questions.js';

export const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'eval');

/** The SQuAD 2.0 development articles (about half their questions unanswerable), one folder. */
export const SQUAD2_FOLDER = 'squad2';
/** Made-up news stories of our own, with chat-style questions of the same four kinds. */
export const MADE_UP_FOLDER = 'made-up';
/** Real news articles (Wikinews) with chat-style questions: answerable, unanswerable, off-topic, false premises. */
export const NEWS_FOLDER = 'news';

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
  /** A fixtures folder whose every `<article>.md` with its `<article>.questions.jsonl` joins the set, grouped by article. */
  folder?: string;
  /**
   * `own-story`: each group is asked over its own story alone (a knowledge folder per article);
   * `other-stories`: over every story but its own, so nothing answers it (free negatives: the
   * questions a channel sends about a story the bot does not have). All together when absent.
   */
  over?: 'own-story' | 'other-stories';
  /** One group for every article of the folder (held out together), instead of one per article. */
  group?: string;
}

/** The articles of a folder set: each story file that has a question file beside it, sorted. */
export async function articlesOf(folder: string): Promise<string[]> {
  const files = await readdir(join(FIXTURES, folder));
  return files.filter((file) => file.endsWith('.questions.jsonl')).map((file) => file.replace(/\.questions\.jsonl$/, '')).filter((name) => files.includes(`${name}.md`)).sort();
}

async function filesOf(set: QuestionSet): Promise<Pick<QuestionSet, 'questionFiles' | 'stories'>> {
  if (!set.folder) return set;
  const articles = await articlesOf(set.folder);
  return {
    questionFiles: [...set.questionFiles, ...articles.map((article) => ({ file: `${set.folder}/${article}.questions.jsonl`, group: set.group ?? article }))],
    stories: [...set.stories, ...articles.map((article) => `${set.folder}/${article}.md`)],
  };
}

/** A question with the group it is held out by. */
export interface GroupedQuestion extends EvalQuestion {
  group: string;
}

const STORY_GROUP = 'story';
const MADE_UP_GROUP = 'made-up';
const SUPER_BOWL_GROUP = 'super-bowl-50';

export const QUESTION_SETS: QuestionSet[] = [
  // The set most like the users, first: every article and the bundled story in one folder, as an editor keeps them.
  { name: 'news (4 articles + story)', questionFiles: [], stories: [], bundled: true, folder: NEWS_FOLDER },
  { name: 'news, each article alone', questionFiles: [], stories: [], bundled: false, folder: NEWS_FOLDER, over: 'own-story' },
  { name: 'news, asked without their article', questionFiles: [], stories: [], bundled: true, folder: NEWS_FOLDER, over: 'other-stories' },
  // Made-up news stories of our own with chat questions written the same way, all one group: a
  // model is scored on them without any of them, and they add chat-shaped questions to the fit.
  { name: 'made-up news (ours)', questionFiles: [], stories: [], bundled: true, folder: MADE_UP_FOLDER, group: MADE_UP_GROUP },
  { name: 'story (shared)', questionFiles: [{ file: 'story-questions.jsonl', group: STORY_GROUP }], stories: [], bundled: true },
  { name: 'story (ours)', questionFiles: [{ file: 'story-extra.jsonl', group: STORY_GROUP }], stories: [], bundled: true },
  { name: 'external alone', questionFiles: [{ file: 'super-bowl-50.questions.jsonl', group: SUPER_BOWL_GROUP }], stories: ['super-bowl-50.md'], bundled: false },
  { name: 'external + story', questionFiles: [{ file: 'super-bowl-50.questions.jsonl', group: SUPER_BOWL_GROUP }], stories: ['super-bowl-50.md'], bundled: true },
  { name: 'squad2 (8 articles)', questionFiles: [], stories: [], bundled: false, folder: SQUAD2_FOLDER },
];

/** The stories a set's questions are asked over; with `group`, those its `over` gives that group. */
export async function storiesOf(set: QuestionSet, group?: string): Promise<Story[]> {
  const bundled = set.bundled ? (await loadKnowledge(join(PROJECT_ROOT, 'knowledge'))).stories : [];
  const { stories } = await filesOf(set);
  const isOwn = (file: string): boolean => basename(file, '.md') === group;
  const own = group === undefined || !set.over ? stories : stories.filter((file) => (set.over === 'own-story' ? isOwn(file) : !isOwn(file)));
  const extra = await Promise.all(own.map(async (file) => parseStory(basename(file), await readFile(join(FIXTURES, file)))));
  return [...bundled, ...extra];
}

/**
 * The knowledge each group's questions are asked over: one knowledge base for the whole set, or,
 * when the set says `over`, one per group (its own story, or every story but its own), built on
 * first use. Evaluation and training both read through this.
 */
export async function knowledgeOf(set: QuestionSet): Promise<(group: string) => Promise<KnowledgeBase>> {
  if (!set.over) {
    const shared = buildKnowledgeBase(await storiesOf(set));
    return async () => shared;
  }
  const built = new Map<string, KnowledgeBase>();
  return async (group) => {
    let kb = built.get(group);
    if (!kb) built.set(group, (kb = buildKnowledgeBase(await storiesOf(set, group))));
    return kb;
  };
}

export async function questionsOf(set: QuestionSet): Promise<GroupedQuestion[]> {
  const { questionFiles } = await filesOf(set);
  const parts = await Promise.all(
    questionFiles.map(async ({ file, group }) => parseQuestionSet(await readFile(join(FIXTURES, file), 'utf8'), file).map((question) => ({ ...question, group }))),
  );
  const questions = parts.flat();
  // Asked without their own story, every question is one the stories cannot answer.
  return set.over === 'other-stories' ? questions.map((question) => ({ ...question, id: `${question.id}-elsewhere`, expect: { abstain: true } })) : questions;
}

export async function loadQuestionSet(set: QuestionSet): Promise<{ bot: StoryBot; questions: GroupedQuestion[] }> {
  return { bot: createBot(await storiesOf(set)), questions: await questionsOf(set) };
}
