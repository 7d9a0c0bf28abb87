/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares) on standardised features: deterministic, no seed, a fixed number of iterations.
 */
import { standardised } from '../../src/answer/read/verifier.js';

export interface Fitted {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** Penalty on the standardised weights (not the bias); 1 is a mild prior for ~10⁴ rows. */
export const L2 = 1;
export const NEWTON_ITERATIONS = 12;

function solve(a: number[][], b: number[]): number[] {
  // Gaussian elimination with partial pivoting; the matrix is positive definite (L2 > 0).
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    for (let row = col + 1; row < n; row++) {
      const factor = m[row]![col]! / p;
      if (factor === 0) continue;
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * m[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * x[k]!;
    x[row] = sum / m[row]![row]!;
  }
  return x;
}

/** `weights`: one per row (default 1), so each group can count the same whatever its size. */
export function fitLogistic(xs: readonly number[][], ys: readonly number[], rowWeights?: readonly number[], l2 = L2, iterations = NEWTON_ITERATIONS): Fitted {
  const d = xs[0]?.length ?? 0;
  const n = xs.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const x of xs) for (let j = 0; j < d; j++) mean[j]! += x[j]! / n;
  for (const x of xs) for (let j = 0; j < d; j++) scale[j]! += (x[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const z = xs.map((x) => [1, ...x.map((value, j) => standardised(value, mean[j]!, scale[j]!))]);
  // w[0] is the bias.
  let w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((wj, j) => (j === 0 ? 0 : l2 * wj));
    const hess = Array.from({ length: d + 1 }, (_, i) => Array.from({ length: d + 1 }, (_, j) => (i === j && i > 0 ? l2 : 0)));
    for (let i = 0; i < n; i++) {
      const row = z[i]!;
      let s = 0;
      for (let j = 0; j <= d; j++) s += w[j]! * row[j]!;
      const p = 1 / (1 + Math.exp(-s));
      const c = rowWeights?.[i] ?? 1;
      const r = c * (p - ys[i]!);
      const v = c * p * (1 - p);
      for (let j = 0; j <= d; j++) {
        grad[j]! += r * row[j]!;
        const vj = v * row[j]!;
        if (vj === 0) continue;
        const hj = hess[j]!;
        for (let k = j; k <= d; k++) hj[k]! += vj * row[k]!;
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hess[j]![k] = hess[k]![j]!;
    const step = solve(hess, grad);
    w = w.map((wj, j) => wj - step[j]!);
  }
  return { mean, scale, weights: w.slice(1), bias: w[0]! };
}
