import { termsOf } from '../text/terms.js';
import type { Corpus } from './corpus.js';

/**
 * The term sets of sentences and passage contexts, computed on first use. Reranking tokenises
 * and stems every candidate of every question; the same sentences come back again and again,
 * so a per-corpus memo removes most of that work. Lazy, so start-up pays nothing.
 *
 * Bounded: kept for the life of the corpus, the memo grew with every sentence ever asked about
 * (about 3 KB a sentence with its positions and spans: 120 MB after 600 questions on 200,000
 * passages, and V8 lets the heap grow to a multiple of what is live before collecting, so peak
 * memory grew faster still). `trimSentenceCaches` starts it afresh past a limit, between
 * questions only, so one question always sees the same objects.
 */
interface TermCache {
  ordered: (string[] | undefined)[];
  sentences: (Set<string> | undefined)[];
  contexts: Map<number, Set<string>>;
  /** Values derived from one sentence (`sentenceDerived`). */
  perSentence: Map<string, unknown>;
  /** Sentences tokenised since the memo last started afresh. */
  count: number;
}

/** Sentences and passage contexts kept between trims (a question touches one or two hundred). */
export const SENTENCE_CACHE_LIMIT = 8192;

const CACHES = new WeakMap<Corpus, TermCache>();

function cacheOf(corpus: Corpus): TermCache {
  let cache = CACHES.get(corpus);
  if (!cache) CACHES.set(corpus, (cache = { ordered: [], sentences: [], contexts: new Map(), perSentence: new Map(), count: 0 }));
  return cache;
}

/** Starts the per-sentence memo afresh once it holds more than the limit; call between questions. */
export function trimSentenceCaches(corpus: Corpus): void {
  const cache = CACHES.get(corpus);
  if (!cache) return;
  if (cache.count > SENTENCE_CACHE_LIMIT || cache.perSentence.size > 4 * SENTENCE_CACHE_LIMIT) {
    cache.ordered = [];
    cache.sentences = [];
    cache.perSentence = new Map();
    cache.count = 0;
  }
  if (cache.contexts.size > SENTENCE_CACHE_LIMIT) cache.contexts = new Map();
}

/** The index terms of one sentence in order, repeats kept (read-only: shared between questions). */
export function orderedSentenceTerms(corpus: Corpus, id: number): readonly string[] {
  const cache = cacheOf(corpus);
  let terms = cache.ordered[id];
  if (!terms) {
    cache.ordered[id] = terms = termsOf(corpus.sentences[id]?.text ?? '');
    cache.count++;
  }
  return terms;
}

/** Where each term occurs in one sentence, by term position (read-only: shared between questions). */
export function sentenceTermPositions(corpus: Corpus, id: number): ReadonlyMap<string, readonly number[]> {
  return sentenceDerived(corpus, `positions:${id}`, () => {
    const positions = new Map<string, number[]>();
    orderedSentenceTerms(corpus, id).forEach((term, at) => {
      const list = positions.get(term);
      if (list) list.push(at);
      else positions.set(term, [at]);
    });
    return positions;
  });
}

/** The index terms of one sentence as a set (read-only: shared between questions). */
export function sentenceTerms(corpus: Corpus, id: number): ReadonlySet<string> {
  const cache = cacheOf(corpus);
  let terms = cache.sentences[id];
  if (!terms) cache.sentences[id] = terms = new Set(orderedSentenceTerms(corpus, id));
  return terms;
}

/** A passage's terms with those of a related passage, computed by `build` once per corpus (read-only). */
export function contextTermsOf(corpus: Corpus, passage: number, build: () => Set<string>): ReadonlySet<string> {
  const cache = cacheOf(corpus);
  let terms = cache.contexts.get(passage);
  if (!terms) cache.contexts.set(passage, (terms = build()));
  return terms;
}

/** Something derived from one sentence and read-only afterwards (its answer spans of a type), kept like its terms. */
export function sentenceDerived<T>(corpus: Corpus, key: string, build: () => T): T {
  const cache = cacheOf(corpus).perSentence;
  if (cache.has(key)) return cache.get(key) as T;
  const value = build();
  cache.set(key, value);
  return value;
}

const DERIVED = new WeakMap<Corpus, Map<string, unknown>>();

/**
 * Anything derived from the whole corpus or one story and read-only afterwards (the spelling
 * vocabulary, a title's terms), kept for the life of the corpus under `key`. Per-sentence values
 * go to `sentenceDerived`, which is bounded.
 */
export function derived<T>(corpus: Corpus, key: string, build: () => T): T {
  let cache = DERIVED.get(corpus);
  if (!cache) DERIVED.set(corpus, (cache = new Map()));
  if (cache.has(key)) return cache.get(key) as T;
  const value = build();
  cache.set(key, value);
  return value;
}
