import type { Evidence } from '../say/compose.js';
import { ABSTAIN_BELOW } from './confidence.js';
import { PIPELINE_OPTIONS } from '../options.js';
import type { Ranked } from '../retrieve/rank.js';
import type { Verdict } from '../read/yesno.js';

/**
 * Where the bot decides to say something from a story. Every reply that states something a story
 * says arrives here as a claim with its evidence and the probability that saying it is right, and
 * one rule decides: say it when that probability reaches the threshold, else abstain, showing the
 * closest evidence. `confidence` always means the same thing: the probability that the reply as
 * given is right (for an abstention, that the stories do not answer: one minus the best claim's).
 *
 * The probability comes from the fitted verifier (data/verifier.json) for extractive answers,
 * yes/no verdicts and reading on; "who is" descriptions mined from an apposition carry the
 * precision that kind of claim measured on the evaluation sets (CLAIM_PRIORS). The thresholds and
 * priors are in PIPELINE_OPTIONS.decide (src/answer/options.ts).
 */
export type Claim =
  /**
   * A span of a sentence answers the question ("Who released the report?" → "the harbour
   * authority"). `otherwise`: why it is refused if it is ("unsaid": a yes/no question whose best
   * sentence is quoted, not judged).
   */
  | { kind: 'span'; evidence: Evidence; probability: number; otherwise?: Unanswered }
  /** "Who is X?" from what the story says X is. */
  | { kind: 'definition'; evidence: Evidence; probability: number }
  /** Yes or no, as a sentence states it ("doesn't say whether" is a refused span: `otherwise`). */
  | { kind: 'verdict'; verdict: Exclude<Verdict, { kind: 'unsaid' }>; evidence: Evidence; probability: number }
  /** "Tell me more": the next passage about the last answer's subject. */
  | { kind: 'reading-on'; ranked: Ranked; probability: number }
  /** Nothing the stories say answers it; the closest they come, if anything. */
  | { kind: 'nothing'; why: Unanswered; closest?: Evidence; probability: number; about?: string };

/** Why a question gets no answer, for the abstention's wording. */
export type Unanswered =
  /** No sentence is likely enough to answer it. */
  | 'no-evidence'
  /** The best sentence might answer it, but not likely enough to say so: it is shown as the closest, not as an answer. */
  | 'uncertain'
  /** The story names what was asked about, but says nothing of what was asked. */
  | 'unsupported'
  /** The story names X but never says who or what X is. */
  | 'only-mentioned'
  /** A yes/no question the story neither affirms nor denies. */
  | 'unsaid'
  /** "Was anyone arrested?" over several stories: nothing in it says which story is meant. */
  | 'which-story'
  /** "How fast were the winds?": the story speaks of the thing but gives no figure of the asked measure. */
  | 'partial'
  /** "Who did it?" where the story only has someone calling for it to be done. */
  | 'unasserted'
  /** "What share still use it?" where the story's figure is an aim or an expectation ("its goal is to cut it to 1%"). */
  | 'aimed'
  /** A question about the story file (its author), not about what it reports. */
  | 'about-the-file';

export type Decision =
  | { say: true; claim: Exclude<Claim, { kind: 'nothing' }>; confidence: number }
  /** `about`: the name the stories mention without saying what was asked of it (`unsupported`). */
  | { say: false; why: Unanswered; closest?: Evidence; confidence: number; about?: string };

const SHOW_CLOSEST_FROM = PIPELINE_OPTIONS.decide.showClosestFrom;

/** Probabilities of the claims no fitted model scores (PIPELINE_OPTIONS.decide documents them). */
export const CLAIM_PRIORS = { definition: PIPELINE_OPTIONS.decide.definitionPrior } as const;

const round = (probability: number): number => Math.round(Math.min(1, Math.max(0, probability)) * 1000) / 1000;

/** The one decision: say a claim whose probability reaches the threshold; otherwise abstain. */
export function decide(claim: Claim, threshold: number = ABSTAIN_BELOW): Decision {
  if (claim.kind === 'nothing') return { ...abstention(claim.why, claim.probability, claim.closest), ...(claim.about ? { about: claim.about } : {}) };
  if (claim.probability < threshold) return abstention((claim.kind === 'span' && claim.otherwise) || doubted(claim.probability), claim.probability, closestOf(claim));
  return { say: true, claim, confidence: round(claim.probability) };
}

/** A refused claim near enough the threshold is shown as the closest the stories come; one far below is not worth a quote. */
function doubted(probability: number): Unanswered {
  return probability >= SHOW_CLOSEST_FROM ? 'uncertain' : 'no-evidence';
}

function abstention(why: Unanswered, probability: number, closest: Evidence | undefined): Decision {
  return { say: false, why, confidence: round(1 - probability), ...(closest ? { closest } : {}) };
}

function closestOf(claim: Exclude<Claim, { kind: 'nothing' }>): Evidence | undefined {
  return claim.kind === 'reading-on' ? undefined : claim.evidence;
}
