/**
 * `npm run train`: fits the answer verifier (src/answer/read/verifier.ts) on the question sets in
 * test/fixtures/eval and writes data/verifier.json (the model, and one model per held-out group)
 * with data/verifier-report.md (held-out figures, calibration, ablation). Deterministic: fixed
 * question order, Newton's method for a fixed number of iterations, no randomness.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ABSTAIN_BELOW } from '../../src/answer/decide/confidence.js';
import { scriptFlags } from '../../src/commands/flags.js';
import { VERIFIER_FILE, type VerifierFile, type VerifierModel } from '../../src/answer/read/verifier.js';
import { fittedOptionsFingerprint } from '../../src/answer/options.js';
import { QUESTION_SETS } from '../../src/eval/sets.js';
import { collect, FEATURE_NAMES, type Example } from './dataset.js';
import { fit } from './folds.js';
import type { Fitted } from './logistic.js';
import { writeReport } from './report.js';

// Checked first: a mistyped option (or --help) must not retrain and overwrite data/verifier.json.
const options = scriptFlags('train', 'fit the answer verifier on the question sets; writes data/verifier.json and data/verifier-report.md', {
  'no-ablation': { type: 'boolean', default: false, help: 'skip the ablation table of the report (faster)' },
});

/**
 * Sets trained on: the news articles (and their questions asked without their article: what a
 * channel sends about a story the bot lacks), the story sets, Super Bowl once (alone, not twice),
 * the SQuAD 2.0 articles. Each group (an article) weighs the same in the fit (folds.ts).
 */
const TRAINING_SETS = ['news (4 articles + story)', 'news, asked without their article', 'made-up news (ours)', 'story (shared)', 'story (ours)', 'external alone', 'squad2 (8 articles)'];

const round = (value: number): number => Math.round(value * 1e6) / 1e6;
const asModel = (fitted: Fitted): VerifierModel => ({
  features: FEATURE_NAMES,
  mean: fitted.mean.map(round),
  scale: fitted.scale.map(round),
  weights: fitted.weights.map(round),
  bias: round(fitted.bias),
});

async function main(): Promise<void> {
  const started = Date.now();
  const examples: Example[] = [];
  for (const name of TRAINING_SETS) {
    const set = QUESTION_SETS.find((candidate) => candidate.name === name);
    if (!set) throw new Error(`no question set named "${name}" in src/eval/sets.ts`);
    examples.push(...(await collect(set)));
  }
  if (process.env.TRAIN_DUMP) await writeFile(process.env.TRAIN_DUMP, JSON.stringify({ features: FEATURE_NAMES, examples }));
  const groups = [...new Set(examples.map((example) => example.group))];
  const full = fit(examples);
  const folds: Record<string, VerifierModel> = {};
  for (const group of groups) folds[group] = asModel(fit(examples.filter((example) => example.group !== group)));
  const file: VerifierFile = { options: fittedOptionsFingerprint(), model: asModel(full), folds };
  await mkdir(dirname(VERIFIER_FILE), { recursive: true });
  await writeFile(VERIFIER_FILE, `${JSON.stringify(file, null, 1)}\n`);
  const report = writeReport(examples, groups, full, ABSTAIN_BELOW, !options['no-ablation']);
  await writeFile(join(dirname(VERIFIER_FILE), 'verifier-report.md'), report);
  process.stdout.write(`${report.split('\n## Calibration')[0]}\nwrote ${VERIFIER_FILE} and verifier-report.md in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

await main();
