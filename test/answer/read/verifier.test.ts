import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../../src/answer/read/features.js';
import { readFileSync } from 'node:fs';
import { fittedOptionsFingerprint } from '../../../src/answer/options.js';
import { loadVerifierFile, parseVerifierFile, standardised, VERIFIER_FILE } from '../../../src/answer/read/verifier.js';
import { articlesOf, NEWS_FOLDER, SQUAD2_FOLDER } from '../../../src/eval/sets.js';

describe('the committed verifier (data/verifier.json)', () => {
  it('uses only features the code computes, and holds a model held out from every evaluation group', async () => {
    const file = loadVerifierFile();
    const known = new Set(FEATURES.map((feature) => feature.name));
    for (const model of [file.model, ...Object.values(file.folds)]) for (const name of model.features) expect(known.has(name), name).toBe(true);
    for (const group of [...(await articlesOf(SQUAD2_FOLDER)), ...(await articlesOf(NEWS_FOLDER)), 'super-bowl-50', 'story']) expect(file.folds[group], group).toBeDefined();
  });

  it('refuses to load when it was fitted under other pipeline options than the code now holds', () => {
    const committed = readFileSync(VERIFIER_FILE, 'utf8');
    expect(() => parseVerifierFile(committed)).not.toThrow();
    const refitNeeded = JSON.stringify({ ...JSON.parse(committed), options: 'other-weights' });
    expect(() => parseVerifierFile(refitNeeded, 'x.json')).toThrow(/x\.json was fitted under other pipeline options.*npm run train/);
  });

  it('names the file and the fix when the model is malformed', () => {
    const options = fittedOptionsFingerprint();
    expect(() => parseVerifierFile(`{"options": "${options}", "model": {"features": ["coverage"], "mean": [], "scale": [1], "weights": [1], "bias": 0}, "folds": {}}`, 'x.json')).toThrow(/x\.json.*npm run train/);
  });
});

describe('standardising a feature', () => {
  it('keeps a rare value within a few standard deviations, so one rare feature cannot decide alone', () => {
    // A feature 1 on one row in ten thousand: mean 0.0001, scale about 0.01; its 1 would be 100.
    expect(standardised(1, 0.0001, 0.01)).toBeLessThanOrEqual(4);
    expect(standardised(0, 0.9999, 0.01)).toBeGreaterThanOrEqual(-4);
    expect(standardised(0.6, 0.5, 0.2)).toBeCloseTo(0.5);
  });
});

describe('features', () => {
  it('have unique names, so a model names each one unambiguously', () => {
    const names = FEATURES.map((feature) => feature.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
