import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../../scripts/train/logistic.js';
import { probabilityOf } from '../../../src/answer/read/verifier.js';

// A feature that mostly decides the label, one that is noise: the fit should tell them apart.
const xs: number[][] = [];
const ys: number[] = [];
for (let i = 0; i < 400; i++) {
  const signal = (i % 20) / 19;
  const noise = ((i * 7919) % 13) / 12;
  xs.push([signal, noise]);
  ys.push(signal + (i % 3 === 0 ? 0.3 : -0.1) > 0.5 ? 1 : 0);
}

describe('logistic regression by Newton steps', () => {
  it('weighs the informative feature far above the noise', () => {
    const fitted = fitLogistic(xs, ys);
    expect(fitted.weights[0]!).toBeGreaterThan(2);
    expect(Math.abs(fitted.weights[1]!)).toBeLessThan(0.5);
  });

  it('is reproducible: the same data gives the same weights to the last digit', () => {
    expect(fitLogistic(xs, ys)).toEqual(fitLogistic(xs, ys));
  });

  it('gives probabilities that rise with the informative feature, as the bot computes them', () => {
    const fitted = fitLogistic(xs, ys);
    const model = { features: ['signal', 'noise'], ...fitted };
    expect(probabilityOf(model, [0.9, 0.5])).toBeGreaterThan(0.8);
    expect(probabilityOf(model, [0.1, 0.5])).toBeLessThan(0.2);
  });

  it('shrinks weights towards zero as the L2 penalty grows', () => {
    const loose = fitLogistic(xs, ys, undefined, 0.01);
    const tight = fitLogistic(xs, ys, undefined, 100);
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!));
  });
});
