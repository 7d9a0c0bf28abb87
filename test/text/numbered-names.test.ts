import { describe, expect, it } from 'vitest';
import { numberedNames, rivalNumbered } from '../../src/text/numbered-names.js';

describe('numbered names', () => {
  it('reads a name with a figure or a Roman numeral as one of a series', () => {
    expect(numberedNames('It was the first Acme Cup held in Oslo since Acme Cup XIX in 1985.')).toEqual([{ series: 'acme cup', number: 19, compared: true, at: 45 }]);
    expect(numberedNames('Zorbnet 7 lifted off.')).toEqual([{ series: 'zorbnet', number: 7, compared: false, at: 0 }]);
  });

  it('reads a list of numbers after a plural series as one of the series each: "Acme Cups I and II"', () => {
    expect(numberedNames('Jane Roe (winner of Acme Cups I and II) was there.').map(({ series, number }) => [series, number])).toEqual([['acme cup', 1], ['acme cup', 2]]);
    expect(rivalNumbered('who won acme cup ii?', 'Jane Roe (winner of Acme Cups I and II) and Tom Berg (winner of Acme Cup V) were there.')).toBeUndefined();
  });

  it('reads no date, score or measure as a numbered name', () => {
    expect(numberedNames('It opened on March 15 and Riverton won 24–10 at the Acme 14-yard line.')).toEqual([]);
  });

  it('finds a sentence about another of the series than the question asks, in any case the question is typed', () => {
    expect(rivalNumbered('where was acme cup 50 held?', 'The Oslo area last hosted in 1985 (Acme Cup XIX), held at Riverton Stadium.')).toMatchObject({ series: 'acme cup', number: 19, compared: false });
  });

  it('leaves a sentence that also names the asked one, or the same one by its Roman numeral', () => {
    expect(rivalNumbered('Where was Acme Cup 50 held?', 'Acme Cup 50 was held in Oslo, like Acme Cup 49.')).toBeUndefined();
    expect(rivalNumbered('Where was Acme Cup 50 held?', 'Acme Cup L was held in Oslo.')).toBeUndefined();
  });

  it('leaves a sentence that sets the asked one against a rival ("the first held here since Acme Cup XIX")', () => {
    expect(rivalNumbered('where was acme cup 50 held?', 'It was the first Acme Cup held in Bergen since Acme Cup XIX in 1985.')).toBeUndefined();
  });

  it('leaves a sentence alone when the question numbers nothing', () => {
    expect(rivalNumbered('Where was the cup held?', 'Acme Cup XIX was held in Oslo.')).toBeUndefined();
  });
});
