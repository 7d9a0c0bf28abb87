import { standardised } from '../../src/answer/read/verifier.js';
import type { Example, Outcome } from './dataset.js';
import type { Fitted } from './logistic.js';

/** The probability a fitted model gives a feature vector (same arithmetic as src/answer/read/verifier.ts). */
export function probability(model: Fitted, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < x.length; j++) z += model.weights[j]! * standardised(x[j]!, model.mean[j]!, model.scale[j]!);
  return 1 / (1 + Math.exp(-z));
}

/** What the bot does with one question under a model: its best candidate, and whether it answers. */
export interface Decision {
  example: Example;
  /** The best candidate's probability (the definition rule's 0.9, 0 for a rule's abstention). */
  probability: number;
  /** The best candidate's outcome if it were given, whatever the threshold. */
  ifAnswered: Outcome;
  /** Whether a rule, not the model, decided. */
  fixed: boolean;
}

const DEFINITION_CONFIDENCE = 0.9;
const SILENT: Outcome = { answered: false, passed: false, f1: 0, exact: 0 };

export function decide(example: Example, model: Fitted, columns?: (x: number[]) => number[]): Decision {
  if (example.fixed) return { example, probability: example.fixed.answered ? DEFINITION_CONFIDENCE : 0, ifAnswered: example.fixed, fixed: true };
  let best: { p: number; outcome: Outcome } | undefined;
  for (const row of example.candidates) {
    const p = probability(model, columns ? columns(row.x) : row.x);
    if (!best || p > best.p) best = { p, outcome: row.outcome };
  }
  return { example, probability: best?.p ?? 0, ifAnswered: best?.outcome ?? SILENT, fixed: false };
}

/** The figures of `npm run eval`, from decisions at a threshold. */
export interface Figures {
  questions: number;
  answeredRight: number | null;
  abstainedRight: number | null;
  precision: number | null;
  coverage: number;
  squad2F1: number;
  exact: number;
  f1: number;
}

export function answers(decision: Decision, threshold: number): boolean {
  return decision.fixed ? decision.ifAnswered.answered : decision.probability >= threshold && decision.ifAnswered.answered;
}

export function figures(decisions: Decision[], threshold: number): Figures {
  const answerable = decisions.filter((d) => !d.example.unanswerable);
  const unanswerable = decisions.filter((d) => d.example.unanswerable);
  const given = decisions.filter((d) => answers(d, threshold));
  const right = (d: Decision): boolean => answers(d, threshold) && d.ifAnswered.passed;
  const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const shareOf = (list: Decision[], test: (d: Decision) => boolean): number | null => (list.length === 0 ? null : list.filter(test).length / list.length);
  return {
    questions: decisions.length,
    answeredRight: shareOf(answerable, right),
    abstainedRight: shareOf(unanswerable, (d) => !answers(d, threshold)),
    precision: shareOf(given, (d) => d.ifAnswered.passed),
    coverage: decisions.length === 0 ? 0 : given.length / decisions.length,
    squad2F1: mean(decisions.map((d) => (d.example.unanswerable ? (answers(d, threshold) ? 0 : 1) : answers(d, threshold) ? d.ifAnswered.f1 : 0))),
    exact: mean(answerable.map((d) => (answers(d, threshold) ? d.ifAnswered.exact : 0))),
    f1: mean(answerable.map((d) => (answers(d, threshold) ? d.ifAnswered.f1 : 0))),
  };
}

/** Calibration of the answers' confidence: predicted against observed share right, in bins of 0.1. */
export interface Bin {
  from: number;
  to: number;
  count: number;
  predicted: number;
  observed: number;
}

export function calibration(decisions: Decision[], bins = 10): Bin[] {
  const out: Bin[] = [];
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const inBin = decisions.filter((d) => !d.fixed && d.ifAnswered.answered && d.probability >= from && (d.probability < to || (b === bins - 1 && d.probability <= to)));
    const count = inBin.length;
    out.push({
      from,
      to,
      count,
      predicted: count === 0 ? 0 : inBin.reduce((sum, d) => sum + d.probability, 0) / count,
      observed: count === 0 ? 0 : inBin.filter((d) => d.ifAnswered.passed).length / count,
    });
  }
  return out;
}
