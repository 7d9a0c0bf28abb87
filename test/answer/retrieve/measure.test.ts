import { describe, expect, it } from 'vitest';
import { durationWithArticle, measuredSpan, stayOf, withUnit } from '../../../src/answer/retrieve/measure.js';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';

const spanOf = (sentence: string, text: string) => ({ text, start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length });

describe('a figure with the measure asked for', () => {
  it('keeps an age in years bare, and the unit of any other: "nine" is no baby\'s age', () => {
    const months = 'They were tried for the death of their nine-month-old child.';
    expect(withUnit(months, spanOf(months, 'nine'), 'old').text).toBe('nine-month-old');
    const years = 'The 62-year-old bridge was last repaired in 2019.';
    expect(withUnit(years, spanOf(years, '62'), 'old').text).toBe('62');
  });

  it('"how tall?" is answered by a length, never by a sum or a count however large', () => {
    const cost = 'The tower, which was to cost 2.3 billion crowns, was meant to house about 9,000 people.';
    expect(measuredSpan(cost, spanOf(cost, '2.3 billion'), 'tall')).toBe(false);
    expect(measuredSpan(cost, spanOf(cost, '9,000'), 'tall')).toBe(false);
    const height = 'The tower is 310 metres tall and has 72 storeys.';
    expect(measuredSpan(height, spanOf(height, '310'), 'tall')).toBe(true);
    expect(measuredSpan(height, spanOf(height, '72'), 'tall')).toBe(true);
    const hyphened = 'A 40-metre crane fell onto the roof.';
    expect(measuredSpan(hyphened, spanOf(hyphened, '40'), 'tall')).toBe(true);
  });

  it('"12 kilometres north of the town" is a way from somewhere, no depth; "at a depth of 10 kilometres" is one', () => {
    const quake = 'Its epicentre was 12 kilometres north of the town, at a depth of 10 kilometres.';
    expect(measuredSpan(quake, spanOf(quake, '12'), 'deep')).toBe(false);
    expect(measuredSpan(quake, spanOf(quake, '10'), 'deep')).toBe(true);
  });

  it('knows a stretch of time spent somewhere: "six years in prison" is a stay in prison; "for eleven years" is none', () => {
    const jailed = 'The court sentenced him to six years in prison.';
    expect(stayOf(jailed, spanOf(jailed, 'six'))).toBe('prison');
    expect(stayOf(jailed, spanOf(jailed, 'six years'))).toBe('prison');
    const served = 'He served as mayor for eleven years.';
    expect(stayOf(served, spanOf(served, 'eleven years'))).toBeUndefined();
  });

  it('"for at least a week" is a duration though "a" is no number', () => {
    const line = 'The line will stay closed for at least a week while repairs are made.';
    const span = durationWithArticle(line)!;
    expect(span.text).toBe('a week');
    expect(measuredSpan(line, span, 'long-time')).toBe(true);
    expect(durationWithArticle('She bought a week of groceries.')).toBeUndefined();
  });

  it('"after a month of repairs" is a duration an event filled', () => {
    const line = 'The island ferry returned to service on Monday after a month of repairs.';
    expect(durationWithArticle(line)?.text).toBe('a month');
  });

  it('"at the age of four months" is an age: it answers "how old?" with its unit, and no "how long?"', () => {
    const eczema = 'The girl developed eczema at the age of four months.';
    expect(measuredSpan(eczema, spanOf(eczema, 'four'), 'long-time')).toBe(false);
    expect(measuredSpan(eczema, spanOf(eczema, 'four'), 'old')).toBe(true);
    expect(withUnit(eczema, spanOf(eczema, 'four'), 'old').text).toBe('four months');
  });

  it('"every 20 minutes" is how often and "a 62-year-old bridge" an age, neither how long', () => {
    const buses = 'Extra buses will run every 20 minutes during the rush hours.';
    for (const measure of ['long', 'long-time']) expect(measuredSpan(buses, spanOf(buses, '20'), measure)).toBe(false);
    expect(measuredSpan(buses, spanOf(buses, '20'), 'often')).toBe(true);
    const bridge = 'The 62-year-old bridge was last repaired in 2019.';
    for (const measure of ['long', 'long-time']) expect(measuredSpan(bridge, spanOf(bridge, '62'), measure)).toBe(false);
    expect(measuredSpan(bridge, spanOf(bridge, '62'), 'old')).toBe(true);
  });

  it('answers "how long will it be closed?" with it, qualified as the story qualifies it', () => {
    const bot = createBot([parseStory('line.md', Buffer.from('---\ntitle: Line closed\n---\nThe Riverton line will stay closed for at least a week while repairs are made.\n'))], { abstainBelow: 0 });
    expect(bot.ask('how long will the Riverton line be closed?').text).toMatch(/^At least a week \[1\]\./);
  });

  it('a rate answers only "how fast?": "70 kilometres per hour" is no size or distance', () => {
    const winds = 'Strong winds of up to 70 kilometres per hour made the fire hard to contain.';
    expect(measuredSpan(winds, spanOf(winds, '70'), 'fast')).toBe(true);
    expect(measuredSpan(winds, spanOf(winds, '70'), 'big')).toBe(false);
    expect(measuredSpan(winds, spanOf(winds, '70'), 'far')).toBe(false);
  });

  it('answers "how often?" with a frequency only: "every 20 minutes", "three times a week", never "five kilometres"', () => {
    const ferry = 'A ferry will run every 20 minutes during the rush hours.';
    expect(measuredSpan(ferry, spanOf(ferry, '20'), 'often')).toBe(true);
    expect(withUnit(ferry, spanOf(ferry, '20'), 'often').text).toBe('every 20 minutes');
    const visits = 'She visits three times a week.';
    expect(withUnit(visits, spanOf(visits, 'three'), 'often').text).toBe('three times a week');
    const crossing = 'Traffic was sent to the other crossing, five kilometres upstream.';
    expect(measuredSpan(crossing, spanOf(crossing, 'five'), 'often')).toBe(false);
  });

  it('never takes an age someone once was ("since I was six years old") for an age', () => {
    const quote = '"I have dreamed of this since I was six years old," Roe said.';
    expect(measuredSpan(quote, spanOf(quote, 'six'), 'old')).toBe(false);
  });

  it('keeps a stretch of time in two units whole: "two hours and 41 minutes"', () => {
    const match = 'The match lasted two hours and 41 minutes.';
    expect(withUnit(match, spanOf(match, 'two'), 'long-time').text).toBe('two hours and 41 minutes');
  });
});
