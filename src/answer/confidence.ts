import type { Question } from './question.js';
import type { Ranked } from './rank.js';

/**
 * Below this confidence the bot says the stories don't answer. Calibrated on held-out questions:
 * half of the external set (answerable) and the unanswerable story questions.
 */
export const ABSTAIN_BELOW = 0.42;

/** How much of the question the context of a sentence can stand in for ("he said" after the name). */
const CONTEXT_CREDIT = 0.8;
const TYPED = new Set(['person', 'entity', 'date', 'place', 'number', 'money', 'percent']);

/**
 * How sure the bot is that a sentence answers the question, in [0, 1]: mostly the IDF-weighted
 * share of the question's words it (or its passage) holds, plus whether it holds an answer of the
 * expected type and the question's rarest word.
 */
export function confidenceOf(best: Ranked, question: Question): number {
  const typed = best.span !== undefined || !TYPED.has(question.type);
  const effective = Math.max(best.coverage, CONTEXT_CREDIT * best.contextCoverage);
  const raw = 0.75 * effective + (typed ? 0.15 : 0) + (best.rareTermFound ? 0.1 : 0);
  return Math.round(Math.min(1, Math.max(0, raw)) * 1000) / 1000;
}
