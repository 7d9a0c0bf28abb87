/**
 * Links that open a story at the cited sentence, with a URL text fragment (WICG Text Fragments:
 * `#:~:text=start` or `#:~:text=start,end`). Browsers that support them scroll to and highlight
 * the text; others just open the page, so the link is never worse than the story's own url.
 */

/** A sentence of at most this many words is put in the link whole. */
export const WHOLE_SENTENCE_MAX_WORDS = 12;
/** A longer one becomes `start,end`: this many words from each end keep the link short and specific. */
export const RANGE_EDGE_WORDS = 5;

// Quotation marks and punctuation at the edges of a sentence may be rendered differently on the
// page (or belong to the next element), so the fragment starts and ends on a word.
const LEADING_PUNCTUATION = /^[^\p{L}\p{N}]+/u;
const TRAILING_PUNCTUATION = /[^\p{L}\p{N}]+$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The words of a sentence as a text fragment must match them: all of them, in order, except
 * punctuation at the two edges (and edge tokens that are only punctuation, like a dash).
 */
export function fragmentWords(sentence: string): string[] {
  const words = sentence.split(/\s+/).filter((word) => word.length > 0);
  const first = words.findIndex((word) => HAS_WORD.test(word));
  if (first < 0) return [];
  const last = words.findLastIndex((word) => HAS_WORD.test(word));
  const kept = words.slice(first, last + 1);
  kept[0] = kept[0]!.replace(LEADING_PUNCTUATION, '');
  kept[kept.length - 1] = kept.at(-1)!.replace(TRAILING_PUNCTUATION, '');
  return kept;
}

/**
 * Percent-encodes one text term. Beyond `encodeURIComponent`, `-` must be encoded (it marks a
 * prefix or suffix), and `!'()*` are too, so the link survives chat markup (`[label](url)`).
 * `,` and `&` (the directive's own separators) are already encoded by `encodeURIComponent`.
 */
export function encodeTextTerm(text: string): string {
  return encodeURIComponent(text).replace(/[-!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `text=…` for a sentence, or undefined when it has no words to match. */
export function textDirective(sentence: string): string | undefined {
  const words = fragmentWords(sentence);
  if (words.length === 0) return undefined;
  if (words.length <= WHOLE_SENTENCE_MAX_WORDS) return `text=${encodeTextTerm(words.join(' '))}`;
  const start = words.slice(0, RANGE_EDGE_WORDS).join(' ');
  const end = words.slice(-RANGE_EDGE_WORDS).join(' ');
  return `text=${encodeTextTerm(start)},${encodeTextTerm(end)}`;
}

/**
 * The story's url opened at `sentence`. Only an http(s) url is used; an element fragment it
 * already has (`#section`) is kept, a text directive it already has is replaced. Anything that
 * is not a usable url gives no link at all.
 */
export function linkToSentence(storyUrl: string | undefined, sentence: string): string | undefined {
  if (!storyUrl) return undefined;
  let url: URL;
  try {
    url = new URL(storyUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const directive = textDirective(sentence);
  const elementFragment = url.hash.replace(/^#/, '').split(':~:')[0] ?? '';
  url.hash = '';
  if (!directive) return `${url.href}${elementFragment ? `#${elementFragment}` : ''}`;
  return `${url.href}#${elementFragment}:~:${directive}`;
}

/** The story's url alone (an http(s) url, any text directive it had removed), or undefined. */
export function linkToStory(storyUrl: string | undefined): string | undefined {
  return linkToSentence(storyUrl, '');
}
