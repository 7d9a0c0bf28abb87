/** Longest quotation an answer carries; longer sentences are cut around the answer. */
export const MAX_QUOTE_CHARS = 280;

/**
 * A sentence as quoted inside the answer's own quotation marks: one that is wholly a quotation
 * loses its marks; curly quotation marks inside become single ones (‘…’), as English nests them.
 * A quotation runs across sentences, so one sentence may hold only its opening or its closing
 * mark: a sentence that is all quotation ("“A, b." or "A, b.”") loses that mark, and
 * one that only partly is gets the missing mark, so no single quote is left open or unopened.
 */
function nested(sentence: string): string {
  let text = sentence.trim();
  if (/^[“"][^“”"]*[”"]$/.test(text)) text = text.slice(1, -1);
  else if (/^“[^“”]*$/.test(text)) text = text.slice(1);
  else if (/^[^“”]*”$/.test(text)) text = text.slice(0, -1);
  else {
    // A closing mark before any opening one: the quotation began in an earlier sentence.
    if (/^[^“]*”/.test(text)) text = `“${text}`;
    // An opening mark never closed: the quotation runs on into the next sentence.
    if (/“[^”]*$/.test(text)) text = `${text}”`;
  }
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
