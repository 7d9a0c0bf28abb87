/**
 * Word tokens as they appear in the text, keeping whole the forms a question is often about:
 * abbreviations ("U.S."), money ("$1,200"), percentages ("2.5%"), scores ("24–10"), ordinals ("4th").
 * Every alternative is anchored on a distinct first character class, so matching is linear
 * in the input length (no catastrophic backtracking on hostile input).
 */
const TOKEN =
  /\$\d[\d,]*(?:\.\d+)?|\d+(?:(?:st|nd|rd|th)(?![\p{L}\p{N}])|(?:[.,:]\d+)*%?(?:[–-]\d+(?:[.,:]\d+)*)?)|(?:[A-Za-z]\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

export interface Token {
  /** The token as written. */
  raw: string;
  /** Offset of the token in the text. */
  start: number;
}

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(TOKEN)) out.push({ raw: match[0], start: match.index });
  return out;
}

export function words(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Narrower word shapes, for readers that must not see a number or a hyphened compound as one
 * word. Each is used by every reader that must agree on what a word is.
 */

/** Letters and apostrophes, split at hyphens and digits: what spelling correction and its vocabulary read ("roee's"). */
const LETTER_WORD = /\p{L}[\p{L}'’]*/gu;
/** Letters, apostrophes and hyphens: "Roe-Smith" and "O’Neill" whole, digits left out. */
const HYPHENED_WORD = /\p{L}[\p{L}'’-]*/gu;
/** Runs of letters and digits, split at anything else: what a typed prefix is matched against. */
const ALPHANUMERIC_WORD = /[\p{L}\p{N}]+/gu;

export function letterWords(text: string): string[] {
  return text.match(LETTER_WORD) ?? [];
}

/** The text with each of its letter words replaced by `replace(word)`. */
export function mapLetterWords(text: string, replace: (word: string) => string): string {
  return text.replace(LETTER_WORD, replace);
}

export function hyphenedWords(text: string): string[] {
  return text.match(HYPHENED_WORD) ?? [];
}

export function alphanumericWords(text: string): string[] {
  return text.match(ALPHANUMERIC_WORD) ?? [];
}
