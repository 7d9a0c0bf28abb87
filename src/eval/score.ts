import type { Answer } from '../answer/types.js';
import type { EvalQuestion } from './questions.js';

/** Curly quotes read as straight ones, as the shared scorer folds them. */
const fold = (text: string): string => text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');

/** The shared rule's match: case-insensitive, with "Yes" and "No" only as whole words. */
const contains = (haystack: string, needle: string): boolean =>
  /^(?:yes|no)$/i.test(needle) ? new RegExp(`\\b${needle.toLowerCase()}\\b`).test(fold(haystack)) : fold(haystack).includes(fold(needle));

/**
 * The shared rule: abstain when asked to; a false premise is never affirmed; else the answer holds
 * the fact and a citation shows it.
 */
export function passes(question: EvalQuestion, answer: Answer): boolean {
  const { expect } = question;
  if (expect.abstain) return answer.abstained;
  if (expect.abstain_or_not) return answer.abstained || !expect.abstain_or_not.some((claim) => contains(answer.text, claim));
  if (answer.abstained) return false;
  const answered = expect.answer_all
    ? expect.answer_all.every((fact) => contains(answer.text, fact))
    : (expect.answer_any ?? []).some((fact) => contains(answer.text, fact));
  const cited = !expect.cite_any || answer.citations.some((citation) => expect.cite_any!.some((fact) => contains(citation.text, fact)));
  return answered && cited;
}

/** SQuAD's answer normalisation: lower case, punctuation and articles out, whitespace folded. */
export function normalizeAnswer(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\b(?:a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function f1(prediction: string, gold: string): number {
  const predicted = normalizeAnswer(prediction);
  const truth = normalizeAnswer(gold);
  if (predicted.length === 0 || truth.length === 0) return predicted.length === truth.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const token of truth) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of predicted) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common++;
      counts.set(token, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predicted.length;
  const recall = common / truth.length;
  return (2 * precision * recall) / (precision + recall);
}

/** SQuAD exact match of a short answer against the gold answers (after normalisation); no answer scores 0. */
export function shortAnswerExact(shortAnswer: string | null, golds: readonly string[]): number {
  if (shortAnswer === null) return 0;
  const predicted = normalizeAnswer(shortAnswer).join(' ');
  return golds.some((gold) => normalizeAnswer(gold).join(' ') === predicted) ? 1 : 0;
}

/** SQuAD token F1 of a short answer against the gold answers (best over them); no answer scores 0. */
export function shortAnswerF1(shortAnswer: string | null, golds: readonly string[]): number {
  if (shortAnswer === null || golds.length === 0) return 0;
  return Math.max(...golds.map((gold) => f1(shortAnswer, gold)));
}
