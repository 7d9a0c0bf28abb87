import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../paths.js';
import { featureVector, type Candidate } from './features.js';
import { fittedOptionsFingerprint, PIPELINE_OPTIONS } from '../options.js';

/**
 * A fitted logistic regression over the named features: the probability that a candidate answer
 * is right. Features are standardised with the training mean and scale kept beside the weights.
 */
export interface VerifierModel {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** data/verifier.json: the model the bot answers with, and one per held-out group for `npm run eval`. */
export interface VerifierFile {
  /** The fingerprint of the pipeline options the features were computed under (src/answer/options.ts). */
  options: string;
  model: VerifierModel;
  /** Model trained without the group's questions (one evaluation article, or one question set). */
  folds: Record<string, VerifierModel>;
}

export const VERIFIER_FILE = join(PROJECT_ROOT, 'data', 'verifier.json');

function checkModel(model: VerifierModel, where: string): VerifierModel {
  const n = model?.features?.length;
  if (!n || [model.mean, model.scale, model.weights].some((list) => !Array.isArray(list) || list.length !== n) || typeof model.bias !== 'number') {
    throw new Error(`${where} is not a verifier model (features, mean, scale, weights of one length, and a bias): run \`npm run train\`.`);
  }
  return model;
}

export function parseVerifierFile(text: string, where = VERIFIER_FILE): VerifierFile {
  const data = JSON.parse(text) as VerifierFile;
  // Features computed under other weights are other features: the fitted weights would not apply.
  if (data.options !== fittedOptionsFingerprint()) {
    throw new Error(`${where} was fitted under other pipeline options than src/answer/options.ts now holds (${data.options ?? 'none recorded'}, now ${fittedOptionsFingerprint()}): run \`npm run train\` to refit it.`);
  }
  checkModel(data.model, `${where} (model)`);
  for (const [group, fold] of Object.entries(data.folds ?? {})) checkModel(fold, `${where} (fold ${group})`);
  return { options: data.options, model: data.model, folds: data.folds ?? {} };
}

let loaded: VerifierFile | undefined;

/** The committed verifier, read once. */
export function loadVerifierFile(): VerifierFile {
  return (loaded ??= parseVerifierFile(readFileSync(VERIFIER_FILE, 'utf8')));
}

export function defaultVerifier(): VerifierModel {
  return loadVerifierFile().model;
}

/** The model's probability for a standardised-on-the-fly feature vector. */
export function probabilityOf(model: VerifierModel, values: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < values.length; i++) z += (model.weights[i] ?? 0) * standardised(values[i] ?? 0, model.mean[i] ?? 0, model.scale[i] ?? 1);
  return 1 / (1 + Math.exp(-z));
}

/** The fitted probability that this candidate, given as the answer, would be right. */
export function verify(model: VerifierModel, candidate: Candidate): number {
  return probabilityOf(model, featureVector(candidate, model.features));
}

const STANDARD_CLIP = PIPELINE_OPTIONS.fitted.read.standardClip;

/** A feature value standardised by the training mean and scale, within ±STANDARD_CLIP: the one arithmetic training and serving share. */
export function standardised(value: number, mean: number, scale: number): number {
  return Math.max(-STANDARD_CLIP, Math.min(STANDARD_CLIP, (value - mean) / (scale || 1)));
}
