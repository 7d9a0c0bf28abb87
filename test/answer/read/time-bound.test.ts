import { describe, expect, it } from 'vitest';
import { boundsAskedTime } from '../../../src/answer/read/time-bound.js';
import { analyzeQuestion } from '../../../src/answer/understand/question.js';

/** Whether the date `date` in `sentence` answers `question` by its preposition alone. */
function bounds(question: string, sentence: string, date: string): boolean {
  const start = sentence.indexOf(date);
  return boundsAskedTime(analyzeQuestion(question), sentence, { text: date, start, end: start + date.length });
}

describe('a date that bounds an event', () => {
  it('"from" a date says when something starts', () => {
    expect(bounds('when does the strike start?', 'Acme pilots will strike for two days from next Monday.', 'next Monday')).toBe(true);
    expect(bounds('when will the festival begin?', 'The festival runs from 4 May to 9 May.', '4 May')).toBe(true);
  });

  it('"until" a date says when it ends', () => {
    expect(bounds('when does the closure end?', 'The bridge stays closed until Friday.', 'Friday')).toBe(true);
  });

  it('a date with another preposition, or a question of another verb, is no bound', () => {
    expect(bounds('when does the strike start?', 'Acme pilots voted on Tuesday to strike.', 'Tuesday')).toBe(false);
    expect(bounds('when was the strike called?', 'Acme pilots will strike from next Monday.', 'next Monday')).toBe(false);
    expect(bounds('when does the strike end?', 'Acme pilots will strike from next Monday.', 'next Monday')).toBe(false);
  });
});
