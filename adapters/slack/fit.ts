import { escapeMrkdwn } from './escape.js';

/** Cuts text to at most `max` characters, at a word boundary when one is near, marking the cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  // Only back off to a space when that keeps most of the text; long words are cut mid-word.
  const end = space > max * 0.6 ? space : head.length;
  return `${head.slice(0, end).trimEnd()}…`;
}

/**
 * Escapes text for mrkdwn and guarantees the escaped result fits `max`. Cutting after escaping
 * could split an entity (`&am…`), so the raw text is cut and re-escaped until it fits.
 */
export function fitEscaped(text: string, max: number): string {
  let budget = max;
  let out = escapeMrkdwn(cut(text, budget));
  while (out.length > max && budget > 1) {
    // Shrink in proportion to the overshoot: entity-heavy text grows up to five-fold when escaped.
    budget = Math.min(budget - 1, Math.floor((budget * max) / out.length));
    out = escapeMrkdwn(cut(text, Math.max(1, budget)));
  }
  return out;
}
