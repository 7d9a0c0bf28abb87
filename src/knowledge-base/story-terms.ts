import { storyParts } from '../corpus/story-parts.js';
import type { KnowledgeBase } from './knowledge-base.js';

/** Whether any sentence of a story holds the index term. */
export function storyHas(kb: KnowledgeBase, story: string, term: string): boolean {
  const runs = storyParts(kb.corpus, story).sentenceRuns;
  for (let at = 0; at < runs.length; at += 2) if (kb.index.hasTermIn(term, runs[at]!, runs[at + 1]!)) return true;
  return false;
}

/** The one story of several whose sentences hold every term, or undefined when none or more than one does. */
export function onlyStoryWith(kb: KnowledgeBase, terms: readonly string[]): string | undefined {
  if (terms.length === 0 || kb.corpus.stories.length < 2) return undefined;
  const holding = kb.corpus.stories.filter((story) => terms.every((term) => storyHas(kb, story.id, term)));
  return holding.length === 1 ? holding[0]!.id : undefined;
}
