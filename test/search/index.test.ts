import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/knowledge-base/knowledge-base.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { countTerms, searchOptions } from '../../src/search/index.js';
import { packIndex, termInDocuments, unpackIndex } from '../../src/search/postings.js';
import { sentenceTerms } from '../../src/corpus/term-cache.js';
import { storyParts } from '../../src/corpus/story-parts.js';
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

  it("says whether a run of sentences uses a term as the sentences' own term sets do, built or unpacked", async () => {
    const { stories } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    const kb = buildKnowledgeBase(stories);
    const packed = unpackIndex(packIndex(kb.index.minisearch), INDEX_OPTIONS);
    const terms = [...kb.index.documentFrequency.keys(), 'zzzz'];
    const count = kb.corpus.sentences.length;
    for (const [from, to] of [[0, count], [0, 1], [3, 9], [count - 5, count], [4, 4]] as const) {
      const present = new Set(kb.corpus.sentences.slice(from, to).flatMap((sentence) => [...sentenceTerms(kb.corpus, sentence.id)]));
      for (const term of terms) {
        expect(termInDocuments(kb.index.minisearch, term, from, to), `${term} in [${from}, ${to})`).toBe(present.has(term));
        expect(termInDocuments(packed, term, from, to), `${term} in [${from}, ${to}) unpacked`).toBe(present.has(term));
      }
    }
    // A story's sentence runs cover exactly its passages' sentences.
    for (const story of kb.corpus.stories) {
      const runs = storyParts(kb.corpus, story.id).sentenceRuns;
      const ids = kb.corpus.sentences.filter((sentence) => kb.corpus.passages[sentence.passage]?.storyId === story.id).map((sentence) => sentence.id);
      const covered: number[] = [];
      for (let at = 0; at < runs.length; at += 2) for (let id = runs[at]!; id < runs[at + 1]!; id++) covered.push(id);
      expect(covered).toEqual(ids);
    }
  });

  it('keeps working as a normal MiniSearch after unpacking: documents can be added and removed', async () => {
    const { stories } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    const kb = buildKnowledgeBase(stories);
    const copy = unpackIndex(packIndex(kb.index.minisearch), INDEX_OPTIONS);
    const before = copy.search('transcript');
    copy.add({ id: 100_000, text: 'A lighthouse keeper found the transcript.' });
    expect(copy.search('lighthouse').map((result) => result.id)).toEqual([100_000]);
    expect(copy.search('transcript').length).toBe(before.length + 1);
    copy.discard(100_000);
    expect(copy.search('transcript').map((result) => result.id)).toEqual(before.map((result) => result.id));
    // Serialised again, it is the same index (terms may come out in another order).
    const normal = (index: unknown) => {
      const json = JSON.parse(JSON.stringify(index)) as { index: [string, unknown][] };
      return { ...json, index: json.index.sort(([a], [b]) => a.localeCompare(b)) };
    };
    expect(normal(unpackIndex(packIndex(kb.index.minisearch), INDEX_OPTIONS))).toEqual(normal(kb.index.minisearch));
  });

  it('answers postings lookups from the packed arrays like the original Maps, in any order', async () => {
    const { stories } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    const kb = buildKnowledgeBase(stories);
    type Postings = Map<number, number>;
    const fieldsOf = (index: unknown) => (index as { _index: Map<string, Map<number, Postings>> })._index;
    const original = fieldsOf(kb.index.minisearch);
    const copy = fieldsOf(unpackIndex(packIndex(kb.index.minisearch), INDEX_OPTIONS));
    let checked = 0;
    for (const [term, fields] of original) {
      const want = fields.get(0)!;
      const got = copy.get(term)!.get(0)!;
      expect(got.size).toBe(want.size);
      expect([...got.keys()]).toEqual([...want.keys()]);
      // Backwards, then in order (the walk a search makes), then ids that are not there.
      for (const doc of [...want.keys()].reverse()) expect(got.get(doc)).toBe(want.get(doc));
      for (const doc of got.keys()) expect(got.get(doc)).toBe(want.get(doc));
      for (const doc of [-1, 1e9, ...[...want.keys()].map((id) => id + 0.5)]) {
        expect(got.get(doc)).toBeUndefined();
        expect(got.has(doc)).toBe(false);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
