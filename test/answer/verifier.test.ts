import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/answer/features.js';
import { loadVerifierFile, parseVerifierFile } from '../../src/answer/verifier.js';
import { articlesOf, SQUAD2_FOLDER } from '../../src/eval/sets.js';

describe('the committed verifier (data/verifier.json)', () => {
  it('uses only features the code computes, and holds a model held out from every evaluation group', async () => {
    const file = loadVerifierFile();
    const known = new Set(FEATURES.map((feature) => feature.name));
    for (const model of [file.model, ...Object.values(file.folds)]) for (const name of model.features) expect(known.has(name), name).toBe(true);
    for (const group of [...(await articlesOf(SQUAD2_FOLDER)), 'super-bowl-50', 'story']) expect(file.folds[group], group).toBeDefined();
  });

  it('names the file and the fix when the model is malformed', () => {
    expect(() => parseVerifierFile('{"model": {"features": ["coverage"], "mean": [], "scale": [1], "weights": [1], "bias": 0}, "folds": {}}', 'x.json')).toThrow(/x\.json.*npm run train/);
  });
});

describe('features', () => {
  it('have unique names, so a model names each one unambiguously', () => {
    const names = FEATURES.map((feature) => feature.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
