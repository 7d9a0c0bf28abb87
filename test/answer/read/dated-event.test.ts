import { describe, expect, it } from 'vitest';
import { ofAnotherEvent } from '../../../src/answer/read/dated-event.js';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { termOf } from '../../../src/text/terms.js';

/** Whether the date `date` in `text` dates another event than the one the words `asked` name. */
function datesOther(text: string, date: string, asked: string[]): boolean {
  const start = text.indexOf(date);
  const terms = new Set(asked.map((word) => termOf(word)));
  return ofAnotherEvent(text, { text: date, start, end: start + date.length }, (term) => terms.has(term));
}

describe('a date dates the asked event, not one it is set against', () => {
  it('"on 14 May, a day after Roe flew to Oslo" does not say when Roe flew', () => {
    expect(datesOther('The talks took place on 14 May, a day after Roe flew to Oslo.', '14 May', ['Roe', 'flew', 'Oslo'])).toBe(true);
  });

  it('but it does say when the talks took place', () => {
    expect(datesOther('The talks took place on 14 May, a day after Roe flew to Oslo.', '14 May', ['talks', 'took', 'place'])).toBe(false);
  });

  it('"Roe resigned after the vote on 4 May" dates the vote, not the resignation', () => {
    expect(datesOther('Roe resigned after the vote on 4 May.', '4 May', ['Roe', 'resigned'])).toBe(true);
  });

  it('a connective in a clause of its own leaves the date to the main clause: "On 4 May, shortly after the vote, Roe resigned"', () => {
    expect(datesOther('On 4 May, shortly after the vote, Roe resigned.', '4 May', ['Roe', 'resigned'])).toBe(false);
  });

  it('a connective past the date does not move it: "Roe resigned on 4 May after a long illness"', () => {
    expect(datesOther('Roe resigned on 4 May after a long illness.', '4 May', ['Roe', 'resigned'])).toBe(false);
  });

  it('read only after the date, the asked verb "shortly after his arrest" is another event than the date\'s', () => {
    const text = 'Roe resigned in 2023, shortly after his arrest.';
    const start = text.indexOf('2023');
    const arrest = (term: string): boolean => term === termOf('arrest');
    expect(ofAnotherEvent(text, { text: '2023', start, end: start + 4 }, arrest, true)).toBe(true);
    // Words of the question before the date are left out: "gains … after the independence of the colonies about 1820" keeps its date.
    const before = 'Britain made gains after the independence of the colonies about 1820.';
    const at = before.indexOf('1820');
    expect(ofAnotherEvent(before, { text: '1820', start: at, end: at + 4 }, (term) => term === termOf('gains'), true)).toBe(false);
  });

  it('"the following day" is no connective', () => {
    expect(datesOther('The ferry left on 2 June and the following day Roe arrived in Oslo.', '2 June', ['Roe', 'arrived', 'Oslo'])).toBe(false);
  });
});

describe('answering "when" over a date set against another event', () => {
  const STORY = `---
title: Harbour talks
---
The harbour talks took place on 14 May, a day after Jane Roe flew to Quillon to meet the ferry guild.
`;
  // What the reader gives, whatever the verifier decides (threshold set aside).
  const bot = createBot([parseStory('talks.md', Buffer.from(STORY))], { abstainBelow: 0 });

  it('does not give the date of the talks for when Roe flew', () => {
    const answer = bot.ask('When did Jane Roe fly to Quillon?');
    expect(answer.shortAnswer ?? '').not.toMatch(/14 May/);
  });

  it('gives it for when the talks took place', () => {
    expect(bot.ask('When did the harbour talks take place?').shortAnswer).toMatch(/14 May/);
  });
});
