import { ITEMS_PER_STEP, runToEnd, type Steps } from '../steps.js';
import type { Corpus } from './corpus.js';

/**
 * Where each story lies in a corpus: its passages in corpus order, and its sentences as runs of
 * consecutive sentence ids. One pass over the passages, once per corpus. Story-level features
 * used to filter all passages for the story's id on every story they touched, which on 200,000
 * passages cost more than the search itself.
 */
export interface StoryParts {
  passages: number[];
  /** `[from, to)` pairs of sentence ids, flat: one pair when the story's passages are consecutive. */
  sentenceRuns: number[];
}

const PARTS = new WeakMap<Corpus, Map<string, StoryParts>>();
const NONE: StoryParts = { passages: [], sentenceRuns: [] };

function* partsSteps(corpus: Corpus): Steps<Map<string, StoryParts>> {
  const byStory = new Map<string, StoryParts>();
  for (let at = 0; at < corpus.passages.length; at++) {
    if (at % (16 * ITEMS_PER_STEP) === 0) yield;
    const passage = corpus.passages[at]!;
    let parts = byStory.get(passage.storyId);
    if (!parts) byStory.set(passage.storyId, (parts = { passages: [], sentenceRuns: [] }));
    parts.passages.push(at);
    const from = corpus.firstSentence[at] ?? 0;
    const to = from + passage.sentences.length;
    if (to === from) continue;
    const runs = parts.sentenceRuns;
    if (runs.length > 0 && runs[runs.length - 1] === from) runs[runs.length - 1] = to;
    else runs.push(from, to);
  }
  return byStory;
}

/** Each story's parts, computed ahead (a reload prepares them before the swap; see `prepareSteps`). */
export function* prepareStoryParts(corpus: Corpus): Steps<void> {
  if (!PARTS.has(corpus)) PARTS.set(corpus, yield* partsSteps(corpus));
}

/** One story's passages and sentence runs (empty for an unknown story id). */
export function storyParts(corpus: Corpus, storyId: string): StoryParts {
  let byStory = PARTS.get(corpus);
  if (!byStory) PARTS.set(corpus, (byStory = runToEnd(partsSteps(corpus))));
  return byStory.get(storyId) ?? NONE;
}
