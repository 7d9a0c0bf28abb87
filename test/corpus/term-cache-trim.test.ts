import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { SENTENCE_CACHE_LIMIT, sentenceDerived, sentenceTerms, trimSentenceCaches } from '../../src/corpus/term-cache.js';
import type { Story } from '../../src/knowledge/types.js';

const sentences = Array.from({ length: SENTENCE_CACHE_LIMIT + 10 }, (_, n) => `Sentence number ${n} names the ferry.`);
const story: Story = {
  id: 's',
  file: 's.md',
  title: 'S',
  passages: [{ id: 's#1', storyId: 's', paragraph: 1, kind: 'body', text: sentences.join(' '), sentences }],
};

describe('the per-sentence memo', () => {
  it('keeps its values between questions until past the limit, then starts afresh with equal values', () => {
    const corpus = buildCorpus([story]);
    const first = sentenceTerms(corpus, 0);
    const spans = sentenceDerived(corpus, 'spans:0', () => ['one']);
    trimSentenceCaches(corpus);
    expect(sentenceTerms(corpus, 0)).toBe(first);
    expect(sentenceDerived(corpus, 'spans:0', () => ['two'])).toBe(spans);
    for (let id = 0; id < corpus.sentences.length; id++) sentenceTerms(corpus, id);
    trimSentenceCaches(corpus);
    const again = sentenceTerms(corpus, 0);
    expect(again).not.toBe(first);
    expect([...again]).toEqual([...first]);
    expect(sentenceDerived(corpus, 'spans:0', () => ['two'])).toEqual(['two']);
  });
});
