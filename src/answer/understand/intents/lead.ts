import type { Sentence } from '../../../corpus/corpus.js';
import type { KnowledgeBase } from '../../../knowledge-base/knowledge-base.js';
import type { Story } from '../../../knowledge/types.js';

/**
 * A sentence of reporting has at least this many words: shorter lines at the top of a story are
 * bylines, datelines, standfirsts or a repeated headline.
 */
const REPORTING_MIN_WORDS = 8;
/** The lead is one sentence, or two of the same paragraph when together they stay this short. */
const TWO_SENTENCE_LEAD_MAX_CHARS = 300;
/** How far into a story the lead is looked for, in sentences. */
const LEAD_SEARCH_SENTENCES = 12;

const ENDS_LIKE_A_SENTENCE = /[.!?]["”’)]?$/;

/** Per knowledge base: where each story's passages start in the corpus, found in one pass. */
const FIRST_PASSAGE = new WeakMap<KnowledgeBase, Map<string, number>>();

function firstPassageOf(kb: KnowledgeBase, storyId: string): number | undefined {
  let starts = FIRST_PASSAGE.get(kb);
  if (!starts) {
    starts = new Map();
    kb.corpus.passages.forEach((passage, index) => {
      if (!starts!.has(passage.storyId)) starts!.set(passage.storyId, index);
    });
    FIRST_PASSAGE.set(kb, starts);
  }
  return starts.get(storyId);
}

function isReporting(sentence: Sentence, title: string): boolean {
  const text = sentence.text.trim();
  return text !== title.trim() && ENDS_LIKE_A_SENTENCE.test(text) && text.split(/\s+/).length >= REPORTING_MIN_WORDS;
}

/**
 * The lead of a story: its first one or two sentences of reporting (two only from one paragraph),
 * in body passages (never a photo caption; page boilerplate is already gone), skipping a
 * headline, byline or dateline.
 */
export function leadOf(kb: KnowledgeBase, story: Story): Sentence[] {
  const candidates = bodySentences(kb, story).slice(0, LEAD_SEARCH_SENTENCES);
  // A story with no sentence that reads as reporting still has an opening: its first sentence.
  const at = Math.max(0, candidates.findIndex((sentence) => isReporting(sentence, story.title)));
  const first = candidates[at];
  if (!first) return [];
  const second = candidates[at + 1];
  const fits =
    second && second.passage === first.passage && isReporting(second, story.title) && first.text.length + second.text.length + 1 <= TWO_SENTENCE_LEAD_MAX_CHARS;
  return fits ? [first, second] : [first];
}

/** The story's body sentences in reading order (captions left out), for "tell me more" after a summary. */
export function bodySentences(kb: KnowledgeBase, story: Story): Sentence[] {
  const start = firstPassageOf(kb, story.id);
  if (start === undefined) return [];
  const out: Sentence[] = [];
  for (let index = start; index < start + story.passages.length; index++) {
    const passage = kb.corpus.passages[index];
    if (!passage || passage.storyId !== story.id || passage.kind !== 'body') continue;
    const first = kb.corpus.firstSentence[index] ?? 0;
    for (let i = 0; i < passage.sentences.length; i++) {
      const sentence = kb.corpus.sentences[first + i];
      if (sentence) out.push(sentence);
    }
  }
  return out;
}
