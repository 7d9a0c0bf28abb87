import { PIPELINE_OPTIONS } from '../options.js';
import type { Ranked } from '../retrieve/rank.js';

/**
 * The one abstention threshold: the bot answers only when the verifier's fitted probability that
 * the answer is right (data/verifier.json, `npm run train`) is at least this. It is a probability,
 * not a tuned score: at 0.5 an answer is given only when it is more likely right than wrong, so
 * precision stays above one half wherever the model is calibrated (see data/verifier-report.md).
 */
export const ABSTAIN_BELOW = PIPELINE_OPTIONS.decide.abstainBelow;

/** How much of the question the context of a sentence can stand in for ("he said" after the name). */
const CONTEXT_CREDIT = PIPELINE_OPTIONS.fitted.rank.contextCredit;

/**
 * A rough word-overlap confidence for text shown without a verifier decision ("tell me more"):
 * the IDF-weighted share of the question's words the sentence (or its passage) holds.
 */
export function overlapConfidence(ranked: Ranked): number {
  const effective = Math.max(ranked.coverage, CONTEXT_CREDIT * ranked.contextCoverage);
  return Math.round(Math.min(1, Math.max(0, effective)) * 1000) / 1000;
}
