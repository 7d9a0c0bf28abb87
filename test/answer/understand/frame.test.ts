import { describe, expect, it } from 'vitest';
import { reframe, shortFollowUp } from '../../../src/answer/understand/frame.js';

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
});
