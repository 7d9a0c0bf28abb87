import { termsOf } from '../text/terms.js';
import type { Corpus } from './corpus.js';

/**
 * The term sets of sentences and passage contexts, computed on first use and kept for the life
 * of the corpus. Reranking tokenises and stems every candidate of every question; the same
 * sentences come back again and again, so a per-corpus memo removes most of that work. Lazy,
 * so start-up pays nothing and memory grows only with the sentences actually asked about.
 */
interface TermCache {
  ordered: (string[] | undefined)[];
  sentences: (Set<string> | undefined)[];
  contexts: Map<number, Set<string>>;
}

const CACHES = new WeakMap<Corpus, TermCache>();

function cacheOf(corpus: Corpus): TermCache {
  let cache = CACHES.get(corpus);
  if (!cache) CACHES.set(corpus, (cache = { ordered: [], sentences: [], contexts: new Map() }));
  return cache;
}

/** The index terms of one sentence in order, repeats kept (read-only: shared between questions). */
export function orderedSentenceTerms(corpus: Corpus, id: number): readonly string[] {
  const cache = cacheOf(corpus);
  let terms = cache.ordered[id];
  if (!terms) cache.ordered[id] = terms = termsOf(corpus.sentences[id]?.text ?? '');
  return terms;
}

/** Where each term occurs in one sentence, by term position (read-only: shared between questions). */
export function sentenceTermPositions(corpus: Corpus, id: number): ReadonlyMap<string, readonly number[]> {
  return derived(corpus, `positions:${id}`, () => {
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

const DERIVED = new WeakMap<Corpus, Map<string, unknown>>();

/**
 * Anything else derived from one sentence and read-only afterwards (the answer spans of a type),
 * kept per corpus under `key`. Same reasoning as the term sets: candidates recur across questions.
 */
export function derived<T>(corpus: Corpus, key: string, build: () => T): T {
  let cache = DERIVED.get(corpus);
  if (!cache) DERIVED.set(corpus, (cache = new Map()));
  if (cache.has(key)) return cache.get(key) as T;
  const value = build();
  cache.set(key, value);
  return value;
}
