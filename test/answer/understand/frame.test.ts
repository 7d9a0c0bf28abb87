import { describe, expect, it } from 'vitest';
import { fillEllipsis, reframe, shortFollowUp } from '../../../src/answer/understand/frame.js';

describe('short follow-up frames', () => {
  it('recognises a bare question word and its short forms, and nothing longer', () => {
    expect(['when?', 'why?', 'Where?', 'how many?', 'when did it happen?', 'and why?'].map(shortFollowUp)).toEqual(['when', 'why', 'where', 'how many', 'when', 'why']);
    expect(shortFollowUp('who said that?')).toBe('who said');
    expect(shortFollowUp('when did the call take place?')).toBeUndefined();
  });

  it('asks the last question again with the new word', () => {
    expect(reframe('When did the call take place?', 'where')).toBe('Where did the call take place?');
    expect(reframe('Did Roe resign?', 'why')).toBe('Why did Roe resign?');
    expect(reframe('Which team won the cup?', 'when')).toBe('When team won the cup?');
    expect(reframe('What land did Roe want?', 'why')).toBe('Why did Roe want?');
    expect(reframe('Who released the transcript?', 'when', 'The agency')).toBe('When The agency released the transcript?');
    expect(reframe('How many people were hurt?', 'where')).toBe('Where people were hurt?');
  });

  it('fills the last question\'s frame with an ellipsis\' words: "and injured?" after "how many died?"', () => {
    expect(fillEllipsis('how many died?', 'and injured?')).toBe('How many injured?');
    expect(fillEllipsis('How many cars were recalled?', 'what about vans?')).toBe('How many vans?');
    expect(fillEllipsis('who is the mayor?', 'and the treasurer?')).toBe('Who is the treasurer?');
  });

  it('fills no frame a count cannot take, nor a question with no frame to fill', () => {
    expect(fillEllipsis('how many died?', 'what about the hajj?')).toBeUndefined();
    expect(fillEllipsis('when did the strike start?', 'and end?')).toBeUndefined();
    expect(fillEllipsis('how many died?', 'and why?')).toBeUndefined();
  });
});
