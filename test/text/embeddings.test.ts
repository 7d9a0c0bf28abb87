import { describe, expect, it } from 'vitest';
import { hasVector, quantise, similarity } from '../../src/text/embeddings.js';

describe('word vectors: how close two words are in meaning', () => {
  it('finds words near in meaning that WordNet does not relate: "launched" / "unveiled", "charged" / "accused"', () => {
    expect(similarity('launched', 'unveiled')).toBeGreaterThan(similarity('launched', 'painted')!);
    expect(similarity('charged', 'accused')).toBeGreaterThan(0.6);
    expect(similarity('dad', 'father')).toBeGreaterThan(similarity('dad', 'bridge')!);
  });

  it('is case-blind, symmetric, and 1 for a word with itself', () => {
    expect(similarity('Rival', 'competitor')).toBeCloseTo(similarity('competitor', 'rival')!, 6);
    expect(similarity('harbour', 'harbour')).toBeCloseTo(1, 1);
  });

  it('has nothing for a word it has no vector for (a rare name, a figure, a misspelling)', () => {
    expect(hasVector('zorbianquillon')).toBe(false);
    expect(similarity('zorbianquillon', 'bridge')).toBeUndefined();
    expect(similarity('1999', 'year')).toBeUndefined();
  });

  it('stores a vector as a unit vector of signed bytes', () => {
    const bytes = quantise([3, 4]);
    expect([...bytes]).toEqual([76, 102]);
  });
});
