import { describe, expect, it } from 'vitest';
import { countsInOtherClause, countsNothing, countsOtherTime, isCountOfOther, namesAnotherNumber, numberedNamesOf, type WordAt } from '../../../src/answer/retrieve/figures.js';
import { termOf } from '../../../src/text/terms.js';

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

  it('a year after a preposition of time and a stretch of time count nothing "how much …?" asks', () => {
    const sentence = 'The fraud was found in 2024 when costs had tripled in two years.';
    expect(countsNothing(sentence, spanOf(sentence, '2024'))).toBe(true);
    expect(countsOtherTime(sentence, spanOf(sentence, 'two'), '')).toBe(true);
    expect(countsOtherTime(sentence, spanOf(sentence, 'two'), 'years')).toBe(false);
  });

  it('the "one" of "no one" counts nobody', () => {
    const sentence = 'No one was injured, and two cars were damaged.';
    expect(countsNothing(sentence, spanOf(sentence, 'one'))).toBe(true);
    expect(countsNothing(sentence, spanOf(sentence, 'two'))).toBe(false);
  });

  it('a relative clause gives the figure of the noun it follows: "the cost of the repairs, which he estimated at $10 million"', () => {
    const sentence = 'The mayor said the council would ask for help to cover the cost of the repairs, which he estimated at $10 million.';
    const cost = new Set([termOf('cost')!]);
    expect(countsInOtherClause(sentence, spanOf(sentence, '$10 million'), wordsOf(sentence), cost)).toBe(false);
    const other = 'The council will cover the cost, and the mayor got $5,000 for the study.';
    expect(countsInOtherClause(other, spanOf(other, '$5,000'), wordsOf(other), cost)).toBe(true);
  });
});

function wordsOf(sentence: string): WordAt[] {
  return [...sentence.matchAll(/[\p{L}\d$][\p{L}\d$,.']*/gu)].map((match) => ({ term: termOf(match[0].replace(/[,.]$/, '')), start: match.index, end: match.index + match[0].length }));
}
