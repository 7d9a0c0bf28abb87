/** Longest quotation an answer carries; longer sentences are cut around the answer. */
export const MAX_QUOTE_CHARS = 280;

/**
 * A sentence as quoted inside the answer's own quotation marks: one that is wholly a quotation
 * loses its marks; curly quotation marks inside become single ones (‘…’), as English nests them.
 */
function nested(sentence: string): string {
  const whole = /^[“"][^“”"]*[”"]$/.test(sentence.trim());
  const text = whole ? sentence.trim().slice(1, -1) : sentence.trim();
  // Straight quotes stay: inside curly ones they read as nested already.
  return text.replace(/“/g, '‘').replace(/”/g, '’');
}

/** A quotable excerpt of a sentence that keeps `focus` (an offset) in view, cut at word boundaries. */
export function excerpt(sentence: string, focus = 0, limit = MAX_QUOTE_CHARS): string {
  const text = nested(sentence);
  if (text.length <= limit) return text;
  const start = Math.max(0, Math.min(focus - Math.floor(limit / 3), text.length - limit));
  let cut = text.slice(start, start + limit);
  if (start > 0) cut = `…${cut.slice(cut.indexOf(' ') + 1)}`;
  if (start + limit < text.length) cut = `${cut.slice(0, cut.lastIndexOf(' '))}…`;
  return cut;
}
