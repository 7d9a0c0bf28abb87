/**
 * Word tokens as they appear in the text, keeping whole the forms a question is often about:
 * abbreviations ("U.S."), money ("$1,200"), percentages ("2.5%"), scores ("24–10").
 * Every alternative is anchored on a distinct first character class, so matching is linear
 * in the input length (no catastrophic backtracking on hostile input).
 */
const TOKEN =
  /\$\d[\d,]*(?:\.\d+)?|\d+(?:[.,:]\d+)*%?(?:[–-]\d+(?:[.,:]\d+)*)?|(?:[A-Za-z]\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

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
