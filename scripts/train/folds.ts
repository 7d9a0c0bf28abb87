import type { Example } from './dataset.js';
import { decide, type Decision } from './heldout.js';
import { fitLogistic, type Fitted } from './logistic.js';

/** A view of the feature vector (the ablation drops one column). */
export type Columns = (x: number[]) => number[];

/**
 * Every group (a SQuAD article, Super Bowl 50, the story sets) weighs the same in the fit, whatever
 * its number of questions: the model is to work on texts of every kind, not mostly on long articles.
 */
export const EQUAL_GROUPS = process.env.TRAIN_EQUAL_GROUPS !== '0';

export function rowsOf(examples: Example[], columns?: Columns): { xs: number[][]; ys: number[]; ws: number[] } {
  const xs: number[][] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  const perGroup = new Map<string, number>();
  for (const example of examples) perGroup.set(example.group, (perGroup.get(example.group) ?? 0) + example.candidates.length);
  const total = [...perGroup.values()].reduce((a, b) => a + b, 0);
  for (const example of examples) {
    for (const row of example.candidates) {
      ws.push(EQUAL_GROUPS ? total / perGroup.size / perGroup.get(example.group)! : 1);
      xs.push(columns ? columns(row.x) : row.x);
      ys.push(row.label ? 1 : 0);
    }
  }
  return { xs, ys, ws };
}

export function fit(examples: Example[], columns?: Columns): Fitted {
  const { xs, ys, ws } = rowsOf(examples, columns);
  return fitLogistic(xs, ys, ws);
}

/** Each question decided by the model fitted without its group. */
export function heldOut(examples: Example[], groups: string[], columns?: Columns, only?: (group: string) => boolean): Decision[] {
  const decisions: Decision[] = [];
  for (const group of groups.filter((g) => !only || only(g))) {
    const model = fit(examples.filter((example) => example.group !== group), columns);
    for (const example of examples.filter((e) => e.group === group)) decisions.push(decide(example, model, columns));
  }
  return decisions;
}

