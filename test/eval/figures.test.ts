import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { figuresOf, scoreResult } from '../../src/eval/run.js';
import type { EvalQuestion } from '../../src/eval/questions.js';

const citation = { marker: 1, documentId: 'd', documentTitle: 'D', passageId: 'p', paragraph: 1, kind: 'body' as const, text: 'It opened in 1901 in Lyon.' };
const said = (shortAnswer: string | null, text: string): Answer => ({ kind: 'answer', question: 'q', text, abstained: false, confidence: 0.9, shortAnswer, citations: [citation], notices: [] });
const silent: Answer = { kind: 'abstained', question: 'q', text: 'The story does not say.', abstained: true, reason: 'not-in-story', confidence: 0, shortAnswer: null, citations: [], suggestions: [], notices: [] };
const answerable: EvalQuestion = { id: 'a', question: 'When did it open?', expect: { answer_any: ['1901'], cite_any: ['1901'] } };
const unanswerable: EvalQuestion = { id: 'u', question: 'When did it close?', expect: { abstain: true } };

describe('evaluation figures', () => {
  it('counts answered right over answerable, abstained right over unanswerable, precision over answers given', () => {
    const figures = figuresOf([
      scoreResult(answerable, said('1901', 'In 1901 [1].')),
      scoreResult(answerable, said('Lyon', 'In Lyon [1].')),
      scoreResult(unanswerable, silent),
      scoreResult(unanswerable, said('1901', 'In 1901 [1].')),
    ]);
    expect(figures.answeredRight).toBe(0.5);
    expect(figures.abstainedRight).toBe(0.5);
    expect(figures.precision).toBeCloseTo(1 / 3);
    expect(figures.coverage).toBe(0.75);
  });

  it('scores SQuAD 2.0 F1 as 1 for an unanswerable question abstained and the short answer F1 otherwise', () => {
    const figures = figuresOf([scoreResult(answerable, said('in 1901', 'In 1901 [1].')), scoreResult(unanswerable, silent), scoreResult(answerable, silent)]);
    expect(figures.squad2F1).toBeCloseTo((2 / 3 + 1 + 0) / 3);
    expect(figures.exact).toBe(0);
    expect(figures.f1).toBeCloseTo(1 / 3);
  });

  it('gives exact match after SQuAD normalisation: case, punctuation and articles do not count', () => {
    expect(figuresOf([scoreResult({ ...answerable, expect: { answer_any: ['The Lyon'] } }, said('lyon.', 'Lyon [1].'))]).exact).toBe(1);
  });
});
