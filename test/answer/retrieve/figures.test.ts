import { describe, expect, it } from 'vitest';
import { isCountOfOther, namesAnotherNumber, numberedNamesOf } from '../../../src/answer/retrieve/figures.js';

const spanOf = (sentence: string, text: string) => ({ text, start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length });

describe('figures and their clause', () => {
  it('reads the numbered names a question asks about, and finds another edition in a span\'s clause', () => {
    const asked = numberedNamesOf('Where did Zorbian Cup 50 take place?');
    expect(asked.map(({ number }) => number)).toEqual(['50']);
    const sentence = 'It is the first Zorbian Cup in the north, and the first since Zorbian Cup XXXVII took place in Oslo.';
    expect(namesAnotherNumber(sentence, spanOf(sentence, 'Oslo'), asked)).toBe(true);
    expect(namesAnotherNumber(sentence, spanOf(sentence, 'north'), asked)).toBe(false);
  });

  it('"how many …?" is no sum of money or share; "how much …?" may be', () => {
    expect(isCountOfOther('How many nurses left?', { text: '£12', start: 0, end: 3 })).toBe(true);
    expect(isCountOfOther('How many nurses left?', { text: '14 percent', start: 0, end: 10 })).toBe(true);
    expect(isCountOfOther('How much did they pay?', { text: '£12', start: 0, end: 3 })).toBe(false);
    expect(isCountOfOther('How many nurses left?', { text: '300', start: 0, end: 3 })).toBe(false);
  });
});
