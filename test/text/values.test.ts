import { describe, expect, it } from 'vitest';
import { findValues, isShareText, isTimeOfDay } from '../../src/text/values.js';

describe('typed values in text', () => {
  it('finds dates, sums, percentages and figures, a sum or a percentage before the figure inside it', () => {
    const text = 'On 4 March 2024 the club paid $2.5 million, or 12% of its budget, for seven players.';
    expect(findValues(text).map(({ type, start, end }) => `${type}: ${text.slice(start, end)}`)).toEqual([
      'date: 4 March 2024',
      'money: $2.5 million',
      'percent: 12%',
      'number: seven',
    ]);
  });

  it('reads a percentage written in words whole: "four percent", "twenty-five per cent"', () => {
    const text = 'It could be fined up to four percent of turnover; twenty-five per cent of staff left.';
    expect(findValues(text).map(({ type, start, end }) => `${type}: ${text.slice(start, end)}`)).toEqual(['percent: four percent', 'percent: twenty-five per cent']);
  });

  it('reads a share in words as a figure: "a fifth of", "two-thirds of", "a third less", "one in five"; never "a third term"', () => {
    const shares = (text: string) => findValues(text).filter((value) => value.type === 'number').map(({ start, end }) => text.slice(start, end));
    expect(shares('Around a fifth of the foundations have been poured.')).toEqual(['a fifth']);
    expect(shares('Two-thirds of voters backed it, and one in five stayed home.')).toEqual(['Two-thirds', 'one in five']);
    expect(shares('Patients were admitted a third less often.')).toEqual(['a third']);
    expect(shares('She won a third term.')).toEqual([]);
    expect(shares('It raised the rate by half a percentage point.')).toEqual(['half a percentage point']);
  });

  it('tells a share from other figures: "38 percent", "a third", "one in five", never "41" or "30 days"', () => {
    expect(['38 percent', '25%', 'a third', 'two-thirds', 'half', 'One in five', '4 per cent'].filter((text) => !isShareText(text))).toEqual([]);
    expect(['41', '30 days', '2019', 'a third term'].filter(isShareText)).toEqual([]);
  });

  it('reads a match\'s set scores as one figure: "6–4, 3–6, 7–5", and a lone score as itself', () => {
    const text = 'beating Lena Brandt 6–4, 3–6, 7–5 in the final, after a 24–10 win';
    expect(findValues(text).map(({ start, end }) => text.slice(start, end))).toEqual(['6–4, 3–6, 7–5', '24–10']);
    // A range after "aged" or "between" is one figure; "from 5 to 8" is a change, two figures.
    const ranges = (text: string): string[] => findValues(text).map(({ start, end }) => text.slice(start, end));
    expect(ranges('pupils aged 13 to 17')).toEqual(['13 to 17']);
    expect(ranges('between 40 and 60 people')).toEqual(['40 and 60']);
    expect(ranges('it rose from 5 to 8')).toEqual(['5', '8']);
    // "twice" counts times in one word.
    expect(findValues('she scored twice').map(({ type }) => type)).toEqual(['number']);
  });

  it('keeps a sum\'s short scale: "£2.1bn", "$4.5m", "€350k" are the whole sum, and "$5 more" only $5', () => {
    const sums = (text: string): string[] => findValues(text).filter(({ type }) => type === 'money').map(({ start, end }) => text.slice(start, end));
    expect(sums('Acme to buy Zorbco for £2.1bn')).toEqual(['£2.1bn']);
    expect(sums('a $4.5m fine and a €350k bonus')).toEqual(['$4.5m', '€350k']);
    expect(sums('it paid $5 more')).toEqual(['$5']);
    // A currency written out after the figure is part of the sum too.
    expect(sums('it would have cost 4.2 billion kroner, or 300,000 yen a seat')).toEqual(['4.2 billion kroner', '300,000 yen']);
  });

  it('reads news dates by the day of printing and a life\'s dates as dates: "yesterday afternoon", "on Tuesday night", "at the age of four months"', () => {
    const dates = (text: string): string[] => findValues(text).filter(({ type }) => type === 'date').map(({ start, end }) => text.slice(start, end));
    expect(dates('The roof fell in yesterday afternoon.')).toEqual(['yesterday afternoon']);
    expect(dates('The ferry sank on Tuesday night.')).toEqual(['on Tuesday night']);
    expect(dates('She fell ill at the age of four months.')).toEqual(['at the age of four months']);
  });

  it('reads a period counted from the day of printing as a date: "the first half of next year", "later this month", "last year"', () => {
    const dates = (text: string): string[] => findValues(text).filter(({ type }) => type === 'date').map(({ start, end }) => text.slice(start, end));
    expect(dates('The deal is expected to close in the first half of next year.')).toEqual(['the first half of next year']);
    expect(dates('The bridge will reopen later this month.')).toEqual(['later this month']);
    expect(dates('The shop will close at the end of the month.')).toEqual(['the end of the month']);
    expect(dates('Its profits fell by a fifth last year.')).toEqual(['last year']);
    // "a year" is a rate, no date.
    expect(dates('It costs £90 million a year.')).toEqual([]);
  });

  it('reads a time of the day as a date: "at 6:30 p.m.", "9am", "at night", "in the early afternoon"', () => {
    const dates = (text: string): string[] => findValues(text).filter(({ type }) => type === 'date').map(({ start, end }) => text.slice(start, end));
    expect(dates('The doors open at 6:30 p.m. and close at 11pm.')).toEqual(['6:30 p.m.', '11pm']);
    expect(dates('They met at night, never in the early afternoon.')).toEqual(['at night', 'in the early afternoon']);
    expect(dates('Opening hours will be 9am to 7pm, and 10am-4pm on Sundays.')).toEqual(['9am to 7pm', '10am-4pm']);
    expect(isTimeOfDay('yesterday afternoon')).toBe(true);
    expect(isTimeOfDay('14 October')).toBe(false);
  });

  it('reads a clock time whole, never as figures: "the 07:42 service" counts no 42', () => {
    const text = 'The 07:42 service left at 8:15 am with 95 passengers.';
    expect(findValues(text).map(({ type, start, end }) => `${type}: ${text.slice(start, end)}`)).toEqual(['date: 07:42', 'date: 8:15 am', 'number: 95']);
  });

  it('finds nothing in text without values', () => {
    expect(findValues('The club did not reply.')).toEqual([]);
  });

  it('reads a stretch between months or years whole, and never a year\'s first digits as a day ("March 2024" is no "March 20")', () => {
    const dates = (text: string): string[] => findValues(text).filter(({ type }) => type === 'date').map(({ start, end }) => text.slice(start, end));
    expect(dates('sold between March 2024 and January 2026 in Europe')).toEqual(['between March 2024 and January 2026']);
    expect(dates('fought from 1562 to 1598')).toEqual(['from 1562 to 1598']);
    expect(dates('due on March 19, and again in May 2027')).toEqual(['March 19', 'May 2027']);
  });
});
