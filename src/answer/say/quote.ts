/** Longest quotation an answer carries; longer sentences are cut around the answer. */
export const MAX_QUOTE_CHARS = 280;

/** Straight double quotes as curly ones, by where they stand: one opening a word opens, any other closes. */
function curled(text: string): string {
  return text.replace(/"/g, (_mark, at: number) => (at === 0 || /[\s(\[—–-]/.test(text.charAt(at - 1)) ? '“' : '”'));
}

/**
 * A sentence as quoted inside the answer's own quotation marks: one that is wholly a quotation
 * loses its marks; curly quotation marks inside become single ones (‘…’), as English nests them.
 * A quotation runs across sentences, so one sentence may hold only its opening or its closing
 * mark: a sentence that is all quotation ("“A, b." or "A, b.”") loses that mark, and
 * one that only partly is gets the missing mark, so no single quote is left open or unopened.
 */
function nested(sentence: string): string {
  let text = curled(sentence.trim());
  if (/^[“"][^“”"]*[”"]$/.test(text)) text = text.slice(1, -1);
  else if (/^“[^“”]*$/.test(text)) text = text.slice(1);
  else if (/^[^“”]*”$/.test(text)) text = text.slice(0, -1);
  else {
    // A closing mark before any opening one: the quotation began in an earlier sentence.
    if (/^[^“]*”/.test(text)) text = `“${text}`;
    // An opening mark never closed: the quotation runs on into the next sentence.
    if (/“[^”]*$/.test(text)) text = `${text}”`;
  }
  return text.replace(/“/g, '‘').replace(/”/g, '’');
}

/**
 * The nested single marks of a text, paired: `unopened` closing marks come before any opening one,
 * `unclosed` opening marks are never closed, and `closer` is where the first opening mark closes.
 * A ’ closes a quotation only after punctuation ("somewhere,’ he said"); after a letter it is an
 * apostrophe ("it’s", "the Russians’ plan").
 */
function singleMarks(text: string): { unopened: number; unclosed: number; closer: number | undefined } {
  let depth = 0;
  let unopened = 0;
  let closer: number | undefined;
  for (const mark of text.matchAll(/‘|(?<=[,.!?;:…—–-])’/g)) {
    if (mark[0] === '‘') depth += 1;
    else if (depth === 0) unopened += 1;
    else if (--depth === 0 && closer === undefined) closer = mark.index;
  }
  return { unopened, unclosed: depth, closer };
}

/**
 * An excerpt cut out of a longer quotation keeps its nested marks paired: the mark the cut left
 * behind is put back at the cut, so "…somewhere,’ he said." reads "…‘somewhere,’ he said.".
 */
function pairSingleMarks(cut: string): string {
  const { unopened, unclosed } = singleMarks(cut);
  const lead = cut.startsWith('…') ? '…' : '';
  const opened = unopened > 0 ? `${lead}${'‘'.repeat(unopened)}${cut.slice(lead.length)}` : cut;
  return unclosed > 0 ? `${opened}${'’'.repeat(unclosed)}` : opened;
}

/** A quotable excerpt of a sentence that keeps `focus` (an offset) in view, cut at word boundaries. */
export function excerpt(sentence: string, focus = 0, limit = MAX_QUOTE_CHARS): string {
  const text = nested(sentence);
  if (text.length <= limit) return text;
  const start = Math.max(0, Math.min(focus - Math.floor(limit / 3), text.length - limit));
  let cut = text.slice(start, start + limit);
  if (start > 0) cut = `…${cut.slice(cut.indexOf(' ') + 1)}`;
  if (start + limit < text.length) cut = `${cut.slice(0, cut.lastIndexOf(' '))}…`;
  return pairSingleMarks(cut);
}

/**
 * An excerpt as the words of a speaker named before it ("Roe said: “…”"): a quotation that is the
 * whole excerpt needs no marks of its own inside the answer's ("‘I would …’" → "I would …"). One
 * followed by more text ("‘I know …,’ he said.") keeps both marks: dropping only the opening one
 * leaves its closing mark unpaired.
 */
export function spokenExcerpt(quote: string): string {
  if (!quote.startsWith('‘')) return quote;
  const { closer } = singleMarks(quote);
  return closer === quote.length - 1 ? quote.slice(1, -1) : quote;
}
