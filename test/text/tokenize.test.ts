import { describe, expect, it } from 'vitest';
import { alphanumericWords, hyphenedWords, letterWords, mapLetterWords, words } from '../../src/text/tokenize.js';
import { bareWord, isPossessive, withoutPossessive } from '../../src/text/terms.js';

describe('word shapes', () => {
  const text = "Roe-Smith's 12-point plan cost $1,200 at O’Neill's";

  it('keeps money, figures and apostrophes whole for the index', () => {
    expect(words(text)).toEqual(["Roe", "Smith's", '12', 'point', 'plan', 'cost', '$1,200', 'at', "O’Neill's"]);
  });

  it('keeps an ordinal whole, so "4th" is one word as "fourth" is', () => {
    expect(words('It fell to 4th place on March 21st.')).toEqual(['It', 'fell', 'to', '4th', 'place', 'on', 'March', '21st']);
  });

  it('reads letters and apostrophes only for spelling, so a correction and its vocabulary agree', () => {
    expect(letterWords(text)).toEqual(['Roe', "Smith's", 'point', 'plan', 'cost', 'at', "O’Neill's"]);
    expect(mapLetterWords('plan 12', (word) => word.toUpperCase())).toBe('PLAN 12');
  });

  it('keeps a hyphened name whole where a name is looked up', () => {
    expect(hyphenedWords(text)).toEqual(["Roe-Smith's", 'point', 'plan', 'cost', 'at', "O’Neill's"]);
  });

  it('splits at anything but letters and digits for a typed prefix', () => {
    expect(alphanumericWords('who is roe-sm')).toEqual(['who', 'is', 'roe', 'sm']);
  });

  it('takes a possessive and punctuation off a word', () => {
    expect(withoutPossessive('Roe’s')).toBe('Roe');
    expect(isPossessive("Roe's")).toBe(true);
    expect(isPossessive('Roes')).toBe(false);
    expect(bareWord("Roe's")).toBe('Roe');
    expect(bareWord('Roe,')).toBe('Roe');
    expect(bareWord('12-point.')).toBe('12-point');
  });
});
