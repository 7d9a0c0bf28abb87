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
 * This calls MiniSearch 7's `executeQuery` (internal, like the packed index's fields: the cache
 * fingerprint includes the MiniSearch version); without it, it falls back to `search`.
 */
interface RawMatch {
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}

interface Internals {
  executeQuery?: (query: string, options: SearchOptions) => Map<number, RawMatch>;
  _documentIds: Map<number, unknown>;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
}

interface Kept {
  shortId: number;
  score: number;
  raw: RawMatch;
}

export function topResults(minisearch: MiniSearch<any>, query: string, options: SearchOptions, limit: number): SearchResult[] {
  const internals = minisearch as unknown as Internals;
  if (typeof internals.executeQuery !== 'function' || options.filter || limit <= 0) return minisearch.search(query, options).slice(0, Math.max(0, limit));
  const matches = internals.executeQuery.call(minisearch, query, options);
  // Best first; among equal scores, arrival order (what the stable sort in `search` gives).
  const kept: Kept[] = [];
  // `forEach`, not `for (const [shortId, raw] of matches)`: the iterator made an entry array and a
  // result object per match (tens of thousands on a common word: the answer path's biggest
  // allocation outside MiniSearch, about 0.7 MB a question at 200,000 passages). Same order.
  matches.forEach((raw, shortId) => {
    // As in `search`: a match's quality is how many query terms it matched.
    const score = raw.score * (raw.terms.length || 1);
    if (kept.length === limit && !(score > kept[limit - 1]!.score)) return;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (kept[middle]!.score >= score) low = middle + 1;
      else high = middle;
    }
    kept.splice(low, 0, { shortId, score, raw });
    if (kept.length > limit) kept.pop();
  });
  return kept.map(({ shortId, score, raw }) => {
    const result = { id: internals._documentIds.get(shortId), score, terms: Object.keys(raw.match), queryTerms: raw.terms, match: raw.match } as SearchResult;
    Object.assign(result, internals._storedFields.get(shortId));
    return result;
  });
}
