import type MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';

/**
 * The first `limit` results of `minisearch.search(query, options)`, without building the rest.
 * On 200,000 passages a question with a common word matches tens of thousands of sentences:
 * MiniSearch turns every match into a result object and sorts them all, and the answerer
 * keeps the first few dozen. Here the scored matches are walked once and only the best
 * `limit` become results. Same scores, same order (a stable sort by descending score: among
 * equal scores the earlier match wins), checked against `search` in test/search.
 *
 * The plain queries every answer makes are scored here from the postings (`plainTop`); others
 * call MiniSearch 7's `executeQuery`. Both use internals, like the packed index's fields (the
 * cache fingerprint includes the MiniSearch version); without them, this falls back to `search`.
 */
interface RawMatch {
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}

/** A term's postings in one field, as MiniSearch keeps them (a Map, or the packed postings of src/search/postings.ts). */
interface FieldPostings {
  readonly size: number;
  keys(): Iterable<number>;
  get(docId: number): number | undefined;
  packedSlice?(): { docs: Int32Array; freqs: Int32Array | Uint8Array; from: number; to: number } | null;
}

interface Internals {
  executeQuery?: (query: string, options: SearchOptions) => Map<number, RawMatch>;
  _documentIds: Map<number, unknown>;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
  _options: Record<string, any> & { fields: string[]; searchOptions?: Record<string, any> };
  _index: { get(term: string): Map<number, FieldPostings> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
}

/** Per-document accumulators, kept per index and zeroed after each search. */
interface Scratch {
  scores: Float64Array;
  counts: Uint8Array;
  order: Int32Array;
}

const SCRATCH = new WeakMap<object, Scratch>();

function scratchFor(internals: Internals): Scratch {
  const size = Math.max(internals._nextId, internals._documentIds.size) + 1;
  let scratch = SCRATCH.get(internals);
  if (!scratch || scratch.scores.length < size) {
    scratch = { scores: new Float64Array(size), counts: new Uint8Array(size), order: new Int32Array(size) };
    SCRATCH.set(internals, scratch);
  }
  return scratch;
}

/**
 * Keeps the best `limit` of a stream of scores, best first; among equal scores the earlier one
 * (what the stable sort in `search` gives). Binary insertion: the stream is long, `limit` small.
 */
function keepTop<T extends { score: number }>(kept: T[], item: T, limit: number): void {
  if (kept.length === limit && !(item.score > kept[limit - 1]!.score)) return;
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (kept[middle]!.score >= item.score) low = middle + 1;
    else high = middle;
  }
  kept.splice(low, 0, item);
  if (kept.length > limit) kept.pop();
}

/** A search result as `search` builds it, from a document's short id. */
function resultOf(internals: Internals, shortId: number, score: number, queryTerms: string[], match: Record<string, string[]>): SearchResult {
  const result = { id: internals._documentIds.get(shortId), score, terms: Object.keys(match), queryTerms, match } as SearchResult;
  Object.assign(result, internals._storedFields.get(shortId));
  return result;
}

/** A plain query, ready to score: one field, its terms' postings and boosts, BM25's parameters. */
interface PlainQuery {
  field: string;
  fieldId: number;
  fieldBoost: number;
  terms: string[];
  postings: (FieldPostings | undefined)[];
  boosts: number[];
  boostDocument: ((id: unknown, term: string, stored: unknown) => number) | undefined;
  bm25: { k: number; b: number; d: number };
}

/**
 * The query as `executeQuery` would read it, when it is plain: OR, one field, no prefix or fuzzy
 * term, no repeated term. Anything else is null and goes through MiniSearch.
 */
function plainQuery(internals: Internals, query: string, searchOptions: SearchOptions): PlainQuery | null {
  const { tokenize, processTerm, searchOptions: globalSearchOptions } = internals._options;
  const options: Record<string, any> = { tokenize, processTerm, ...globalSearchOptions, ...searchOptions };
  if (String(options.combineWith ?? 'or').toLowerCase() !== 'or') return null;
  const terms: string[] = (options.tokenize(query) as string[]).flatMap((term) => options.processTerm(term)).filter((term: unknown) => !!term);
  if (terms.length === 0 || terms.length > 255 || new Set(terms).size !== terms.length) return null;
  const specOptions: Record<string, any> = { ...globalSearchOptions, ...searchOptions };
  const fields: string[] = specOptions.fields || internals._options.fields;
  if (fields.length !== 1) return null;
  const field = fields[0]!;
  const fieldId = internals._fieldIds[field];
  if (fieldId === undefined) return null;
  const postings: (FieldPostings | undefined)[] = [];
  const boosts: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(term, i, terms) : options.fuzzy || false;
    const prefix = typeof options.prefix === 'function' ? options.prefix(term, i, terms) : options.prefix === true;
    if (fuzzy || prefix) return null;
    boosts.push(typeof options.boostTerm === 'function' ? options.boostTerm(term, i, terms) : 1);
    postings.push(internals._index.get(term)?.get(fieldId));
  }
  const fieldBoost = (Object.prototype.hasOwnProperty.call(specOptions.boost ?? {}, field) ? specOptions.boost[field] : undefined) || 1;
  return { field, fieldId, fieldBoost, terms, postings, boosts, boostDocument: specOptions.boostDocument, bm25: specOptions.bm25 };
}

/**
 * Sums each document's BM25 score over the query's terms into the scratch arrays, as MiniSearch's
 * termResults and calcBM25Score do, operation for operation, recording documents in order of first
 * match. Returns how many documents it touched, or -1 when a posting's document is missing or
 * unboosted (the plain path then gives up, after zeroing what it wrote).
 */
function accumulate(internals: Internals, plain: PlainQuery, scratch: Scratch, stop?: () => boolean): number {
  const { scores, counts, order } = scratch;
  const { fieldId, fieldBoost, boostDocument, bm25 } = plain;
  const avgFieldLength = internals._avgFieldLength[fieldId]!;
  const totalCount = internals._documentCount;
  let touched = 0;
  for (let i = 0; i < plain.terms.length; i++) {
    const freqs = plain.postings[i];
    if (!freqs) continue;
    // Out of time (a question's budget): the documents scored so far are the results.
    if (i > 0 && stop?.()) break;
    const term = plain.terms[i]!;
    const invDocFreq = Math.log(1 + (totalCount - freqs.size + 0.5) / (freqs.size + 0.5));
    const termBoost = plain.boosts[i]!;
    const visit = (docId: number, termFreq: number): boolean => {
      if (!internals._documentIds.has(docId) || docId >= scores.length) return false;
      const docBoost = boostDocument ? boostDocument(internals._documentIds.get(docId), term, internals._storedFields.get(docId)) : 1;
      if (!docBoost) return false;
      const fieldLength = internals._fieldLength.get(docId)![fieldId]!;
      const rawScore = invDocFreq * (bm25.d + (termFreq * (bm25.k + 1)) / (termFreq + bm25.k * (1 - bm25.b + (bm25.b * fieldLength) / avgFieldLength)));
      const weightedScore = 1 * termBoost * fieldBoost * docBoost * rawScore;
      if (counts[docId] === 0) {
        order[touched++] = docId;
        scores[docId] = weightedScore;
      } else scores[docId] = scores[docId]! + weightedScore;
      counts[docId]!++;
      return true;
    };
    // Packed postings (a loaded index) are walked by index: `keys()` made an iterator result per posting.
    const packed = freqs.packedSlice?.() ?? null;
    let complete = true;
    if (packed) {
      for (let at = packed.from; at < packed.to && complete; at++) complete = visit(packed.docs[at]!, packed.freqs[at]!);
    } else {
      for (const docId of freqs.keys()) if (!(complete = visit(docId, freqs.get(docId)!))) break;
    }
    if (!complete) {
      resetScratch(scratch, touched);
      return -1;
    }
  }
  return touched;
}

function resetScratch({ scores, counts, order }: Scratch, touched: number): void {
  for (let at = 0; at < touched; at++) {
    const docId = order[at]!;
    scores[docId] = 0;
    counts[docId] = 0;
  }
}

/**
 * What `executeQuery` followed by the walk in `topResults` gives, for a plain query, without
 * MiniSearch's result object, term list, match object and Map entry per matching document: on a
 * common word those were tens of thousands of objects a question, about 2.5 MB that V8 put
 * straight in the old generation (pretenured) or large-object space, and so most of what grew the
 * heap between full collections. Same scores, same order; anything else returns null.
 */
export function plainTop(minisearch: MiniSearch<any>, query: string, searchOptions: SearchOptions, limit: number, stop?: () => boolean): SearchResult[] | null {
  const internals = minisearch as unknown as Internals;
  const plain = plainQuery(internals, query, searchOptions);
  if (!plain) return null;
  const scratch = scratchFor(internals);
  const touched = accumulate(internals, plain, scratch, stop);
  if (touched < 0) return null;
  const kept: { shortId: number; score: number }[] = [];
  for (let at = 0; at < touched; at++) {
    const shortId = scratch.order[at]!;
    // As in `search`: a match's quality is how many query terms it matched.
    keepTop(kept, { shortId, score: scratch.scores[shortId]! * scratch.counts[shortId]! }, limit);
  }
  resetScratch(scratch, touched);
  return kept.map(({ shortId, score }) => {
    const matched = plain.terms.filter((_, i) => plain.postings[i]?.get(shortId) !== undefined);
    const match: Record<string, string[]> = {};
    for (const term of matched) match[term] = [plain.field];
    return resultOf(internals, shortId, score, matched, match);
  });
}

interface Kept {
  shortId: number;
  score: number;
  raw: RawMatch;
}

/** `stop`, polled between the terms of a plain query, ends its walk early with the best scored so far. */
export function topResults(minisearch: MiniSearch<any>, query: string, options: SearchOptions, limit: number, stop?: () => boolean): SearchResult[] {
  const internals = minisearch as unknown as Internals;
  if (typeof internals.executeQuery !== 'function' || options.filter || limit <= 0) return minisearch.search(query, options).slice(0, Math.max(0, limit));
  const plain = plainTop(minisearch, query, options, limit, stop);
  if (plain) return plain;
  const matches = internals.executeQuery.call(minisearch, query, options);
  const kept: Kept[] = [];
  // `forEach`, not `for (const [shortId, raw] of matches)`: the iterator made an entry array and a
  // result object per match (tens of thousands on a common word). Same order.
  matches.forEach((raw, shortId) => {
    // As in `search`: a match's quality is how many query terms it matched.
    keepTop(kept, { shortId, score: raw.score * (raw.terms.length || 1), raw }, limit);
  });
  return kept.map(({ shortId, score, raw }) => resultOf(internals, shortId, score, raw.terms, raw.match));
}
