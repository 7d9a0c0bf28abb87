import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { termOf } from '../text/terms.js';
import { words } from '../text/tokenize.js';
import type { Corpus } from '../corpus/corpus.js';
import { frequenciesOf, termInDocuments } from './postings.js';
import { topResults } from './top-results.js';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../steps.js';

interface IndexedSentence {
  id: number;
  text: string;
}

/** Photo captions are summaries written for a picture: findable, but below the reporting. */
export const CAPTION_BOOST = 0.6;

/** The options the index is built with; part of the persisted index's fingerprint. */
export const INDEX_OPTIONS: Options<IndexedSentence> = {
  fields: ['text'],
  storeFields: [],
  tokenize: (text) => words(text),
  processTerm: (word) => termOf(word) ?? false,
};

/** The options every answer searches with (queries arrive already turned into index terms). */
export function searchOptions(corpus: Corpus, documentFrequency: ReadonlyMap<string, number>) {
  return runToEnd(searchOptionsSteps(corpus, documentFrequency));
}

function* searchOptionsSteps(corpus: Corpus, documentFrequency: ReadonlyMap<string, number>) {
  return {
    combineWith: 'OR' as const,
    tokenize: (query: string) => query.split(' '),
    processTerm: (term: string) => term,
    // Only a word the stories never use is treated as a possible typo: fuzzy search is slow.
    fuzzy: (term: string) => (documentFrequency.has(term) || term.length < 4 || /\d/.test(term) ? false : 0.25),
    ...(yield* captionBoostSteps(corpus)),
  };
}

/**
 * MiniSearch calls `boostDocument` for every posting of every query term; walking from sentence
 * to passage to kind there cost more than the rest of the search on common terms. A typed array
 * of boosts is one load, and a corpus without captions needs no callback at all.
 */
function* captionBoostSteps(corpus: Corpus): Steps<{ boostDocument?: (id: unknown) => number }> {
  const boosts = new Float64Array(corpus.sentences.length).fill(1);
  let captions = 0;
  for (const sentence of corpus.sentences) {
    if (sentence.id % ITEMS_PER_STEP === 0) yield;
    if (corpus.passages[sentence.passage]?.kind === 'caption') {
      boosts[sentence.id] = CAPTION_BOOST;
      captions++;
    }
  }
  return captions === 0 ? {} : { boostDocument: (id: unknown) => boosts[id as number] ?? 1 };
}

export interface SearchIndex {
  minisearch: MiniSearch<IndexedSentence>;
  /** In how many sentences each term occurs: for IDF weights and typo detection. */
  documentFrequency: Map<string, number>;
  /** `stop`, polled between terms, ends the walk early (a question's time budget): the best of what was scored. */
  search(terms: string[], limit: number, stop?: () => boolean): SearchResult[];
  /** Whether any sentence with an id in [from, to] holds the term: a bisection in its postings. */
  hasTermIn(term: string, from: number, to: number): boolean;
}

/** The reference definition of the frequencies (tests check the index-derived ones against it). */
export function countTerms(corpus: Corpus): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const sentence of corpus.sentences) {
    for (const term of new Set(words(sentence.text).map(termOf))) {
      if (term !== null) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
  }
  return frequency;
}

export function createSearchIndex(corpus: Corpus, minisearch: MiniSearch<IndexedSentence>, documentFrequency: Map<string, number>): SearchIndex {
  return runToEnd(createSearchIndexSteps(corpus, minisearch, documentFrequency));
}

/** `createSearchIndex`, pausing on the way (see src/steps.ts). */
export function* createSearchIndexSteps(corpus: Corpus, minisearch: MiniSearch<IndexedSentence>, documentFrequency: Map<string, number>): Steps<SearchIndex> {
  const options = yield* searchOptionsSteps(corpus, documentFrequency);
  return {
    minisearch,
    documentFrequency,
    search(terms, limit, stop) {
      if (terms.length === 0) return [];
      return topResults(minisearch, terms.join(' '), options, limit, stop);
    },
    hasTermIn: (term, from, to) => termInDocuments(minisearch, term, from, to),
  };
}

export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const minisearch = new MiniSearch<IndexedSentence>(INDEX_OPTIONS);
  minisearch.addAll(corpus.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text })));
  return createSearchIndex(corpus, minisearch, frequenciesOf(minisearch));
}
