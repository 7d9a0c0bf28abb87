import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { curveSvg, precisionCoverage } from '../../src/eval/plot.js';
import { scoreResult } from '../../src/eval/run.js';
import type { EvalQuestion } from '../../src/eval/questions.js';

const citation = { marker: 1, documentId: 'd', documentTitle: 'D', passageId: 'p', paragraph: 1, kind: 'body' as const, text: 'It opened in 1901.' };
const said = (confidence: number, text: string): Answer => ({ kind: 'answer', question: 'q', text, abstained: false, confidence, shortAnswer: null, citations: [citation], notices: [] });
const question: EvalQuestion = { id: 'a', question: 'When did it open?', expect: { answer_any: ['1901'] } };

describe('precision against coverage', () => {
  const results = [scoreResult(question, said(0.9, 'In 1901.')), scoreResult(question, said(0.6, 'In 1902.')), scoreResult(question, said(0.3, 'In 1901.'))];

  it('answers the most confident questions first: precision at each coverage', () => {
    expect(precisionCoverage(results).map(({ coverage, precision }) => [coverage, precision])).toEqual([
      [1 / 3, 1],
      [2 / 3, 0.5],
      [1, 2 / 3],
    ]);
  });

  it('draws the curve as an SVG with the operating point of the threshold marked', () => {
    const svg = curveSvg('set', precisionCoverage(results), 0.5);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<path d="M');
    expect(svg).toContain('threshold 0.5: 66.7% answered, 50.0% right');
  });
});
