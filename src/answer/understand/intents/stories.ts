import type { StoryInfo } from '../../../bot.js';
import type { KnowledgeBase } from '../../../knowledge-base/knowledge-base.js';
import type { Story } from '../../../knowledge/types.js';
import { termsOf } from '../../../text/terms.js';
import { leadOf } from './lead.js';

/** "26 November 2025" for "2025-11-26": day, month name, year, whatever the server's locale or zone. */
const READABLE_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function readableDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : READABLE_DATE.format(date);
}

/** Newest first; undated stories last, in the order they were loaded. */
export function newestFirst<T extends { published?: string | undefined }>(stories: readonly T[]): T[] {
  return stories
    .map((story, order) => ({ story, order }))
    .sort((a, b) => (b.story.published ?? '').localeCompare(a.story.published ?? '') || a.order - b.order)
    .map(({ story }) => story);
}

/** What `/sources`, `:sources` and "which stories do you know?" show, newest first. */
export function storyInfos(stories: readonly Story[]): StoryInfo[] {
  return newestFirst(stories).map((story) => ({
    id: story.id,
    title: story.title,
    ...(story.source ? { source: story.source } : {}),
    ...(story.author ? { author: story.author } : {}),
    ...(story.url ? { url: story.url } : {}),
    ...(story.published ? { published: story.published } : {}),
    passageCount: story.passages.length,
  }));
}

/** Which stories a question about "the story" means. */
export type StoryChoice =
  | { kind: 'one'; story: Story }
  /** Several stories and nothing in the question to choose between them (or a tie). */
  | { kind: 'several'; stories: Story[] }
  /** The question names a story, and none of them fits. */
  | { kind: 'none' };

const NAMES = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

/** The words a story can be named by: its title, source, byline and lead (built once per knowledge base). */
function namesOf(kb: KnowledgeBase, story: Story): Set<string> {
  let byStory = NAMES.get(kb);
  if (!byStory) NAMES.set(kb, (byStory = new Map()));
  let names = byStory.get(story.id);
  if (!names) {
    const lead = leadOf(kb, story).map((sentence) => sentence.text);
    names = new Set(termsOf([story.title, story.source ?? '', story.author ?? '', ...lead].join(' ')));
    byStory.set(story.id, names);
  }
  return names;
}

/**
 * The story that `naming` (the question's own words) picks out: the one sharing most of them.
 * A question with no naming words means every story, unless there is only one.
 */
export function chooseStory(kb: KnowledgeBase, naming: readonly string[]): StoryChoice {
  const stories = newestFirst(kb.corpus.stories);
  if (naming.length === 0) return stories.length === 1 ? { kind: 'one', story: stories[0]! } : { kind: 'several', stories };
  const scored = stories.map((story) => {
    const names = namesOf(kb, story);
    return { story, score: naming.filter((term) => names.has(term)).length };
  });
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best === 0) return { kind: 'none' };
  const top = scored.filter((entry) => entry.score === best).map((entry) => entry.story);
  return top.length === 1 ? { kind: 'one', story: top[0]! } : { kind: 'several', stories: top };
}
