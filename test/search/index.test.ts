import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/answer/knowledge-base.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { buildCorpus } from '../../src/search/corpus.js';
import { countTerms, searchOptions } from '../../src/search/index.js';
import { packIndex, unpackIndex } from '../../src/search/postings.js';
import { INDEX_OPTIONS } from '../../src/search/index.js';

describe('the search index', () => {
  it('derives the same document frequencies from the index as from counting the sentences', async () => {
    const { stories } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    const kb = buildKnowledgeBase(stories);
    expect(kb.index.documentFrequency).toEqual(countTerms(buildCorpus(stories)));
  });

  it('searches a packed and unpacked index exactly like the original', async () => {
    const { stories } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    const kb = buildKnowledgeBase(stories);
    const copy = unpackIndex(packIndex(kb.index.minisearch), INDEX_OPTIONS);
    const options = searchOptions(kb.corpus, kb.index.documentFrequency);
    for (const query of ['transcript releas', 'putin aide ushakov', 'witkof', 'peac plan 28', 'zzzz']) {
      expect(copy.search(query, options), query).toEqual(kb.index.minisearch.search(query, options));
    }
    expect(copy.documentCount).toBe(kb.index.minisearch.documentCount);
    expect(copy.termCount).toBe(kb.index.minisearch.termCount);
  });
});
