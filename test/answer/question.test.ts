import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answer/question.js';

describe('question typing', () => {
  it.each([
    ['Who released the transcript?', 'person'],
    ['When did the call take place?', 'date'],
    ['Where was the game played?', 'place'],
    ['How many points did they score?', 'number'],
    ['How much did it cost to build the stadium?', 'money'],
    ['Which team won the game?', 'entity'],
    ['What venue hosted the game?', 'place'],
    ['What year was the team founded?', 'date'],
    ['What did the senator say about the envoy?', 'quote'],
    ['Why did the talks fail?', 'reason'],
    ['Did the White House dispute the call?', 'yesno'],
    ['What color were the jerseys?', 'colour'],
  ])('%s → %s', (question, type) => {
    expect(analyzeQuestion(question).type).toBe(type);
  });

  it('reads "Who is X?" as a definition with X as the subject, keeping its casing', () => {
    const question = analyzeQuestion('who is Jane Roe?');
    expect(question.type).toBe('definition');
    expect(question.subject).toBe('Jane Roe');
  });

  it('keeps the predicate of "Who <verb> …?" for the answer template', () => {
    expect(analyzeQuestion('Who released the transcript of the call?').predicate).toBe('released the transcript of the call');
  });

  it('leaves stop words and question words out of the query terms', () => {
    expect(analyzeQuestion('What is the capital of France?').terms).toEqual(['capit', 'franc']);
  });

  it('collects mid-sentence capitalised words as names the story must know', () => {
    expect(analyzeQuestion('How much does a Tesla cost in Norway?').names).toEqual(['tesla', 'norwai']);
    expect(analyzeQuestion('how much does a tesla cost').names).toEqual([]);
  });
});

describe('head nouns past modifiers', () => {
  it('types colour, role, money and number questions by their head noun', () => {
    expect(analyzeQuestion('What color were the uniforms?').type).toBe('colour');
    expect(analyzeQuestion('What position does Jane Roe play?').type).toBe('role');
    expect(analyzeQuestion('What was the average cost of a ticket?').type).toBe('money');
    expect(analyzeQuestion('What was the final score?').type).toBe('number');
  });
});
