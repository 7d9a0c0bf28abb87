import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/knowledge-base/knowledge-base.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { searchOptions } from '../../src/search/index.js';
import { packIndex, unpackIndex } from '../../src/search/postings.js';
import { INDEX_OPTIONS } from '../../src/search/index.js';
import { plainTop, topResults } from '../../src/search/top-results.js';

const QUERIES = ['transcript releas', 'putin aide ushakov', 'witkof', 'peac plan 28', 'zzzz', 'the', 'trump call ukrain russia peac', 'said', 'plan peac plan', '28 plan', 'zzz'];

/** The bundled story's index as built and as loaded from its packed form, with the answerer's search options. */
async function bundledIndexes() {
  const { stories } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  const kb = buildKnowledgeBase(stories);
  const options = searchOptions(kb.corpus, kb.index.documentFrequency);
  return { options, indexes: [kb.index.minisearch, unpackIndex(packIndex(kb.index.minisearch), INDEX_OPTIONS)] };
}

describe('the top results of a search', () => {
  it('are exactly the first results of a full MiniSearch search, built or loaded, at any limit', async () => {
    const { options, indexes } = await bundledIndexes();
    for (const index of indexes) {
      for (const query of QUERIES) {
        const full = index.search(query, options);
        for (const limit of [1, 3, 10, 40, 1000]) expect(topResults(index, query, options, limit), `${query} / ${limit}`).toEqual(full.slice(0, limit));
      }
    }
  });

  it('are scored from the postings for plain queries, through MiniSearch for the rest', async () => {
    const { options, indexes } = await bundledIndexes();
    for (const index of indexes) {
      for (const query of ['putin ushakov', 'the', '28 plan', 'zzz']) expect(plainTop(index, query, options, 10), query).not.toBeNull();
      // A possible typo (fuzzy), a repeated term, AND: MiniSearch's own executeQuery.
      for (const query of ['witkof', 'zzzz', 'putin aide ushakov', 'plan peac plan']) expect(plainTop(index, query, options, 10), query).toBeNull();
      expect(plainTop(index, 'putin ushakov', { ...options, combineWith: 'AND' }, 10)).toBeNull();
    }
  });

  it('break ties the way the stable sort does: the earlier match first', () => {
    const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
    // Identical sentences score identically; a few differ so ties sit in the middle of the order.
    const texts = Array.from({ length: 60 }, (_, n) => (n % 7 === 3 ? 'harbour lighthouse lighthouse' : n % 5 === 0 ? 'harbour lighthouse keeper' : 'harbour lighthouse'));
    index.addAll(texts.map((text, id) => ({ id, text })));
    for (const query of ['lighthouse', 'harbour keeper', 'lighthouse keeper harbour']) {
      const full = index.search(query);
      for (const limit of [1, 5, 12, 13, 59, 60, 61]) expect(topResults(index, query, {}, limit), `${query} / ${limit}`).toEqual(full.slice(0, limit));
    }
  });
});
