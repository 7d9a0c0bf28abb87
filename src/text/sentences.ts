import { isSentenceOpener } from './names.js';

/**
 * Splits a paragraph into sentences. A boundary is terminal punctuation, optionally closed by a
 * quote or bracket, then space and a capital, digit or opening quote; abbreviations and initials
 * ("Mr.", "U.S.", "J.") are not boundaries.
 */
const BOUNDARY = /[.!?]+["”’')\]]*\s+(?=["“‘(]?[\p{Lu}\d])/gu;

const ABBREVIATIONS = new Set(
  `mr mrs ms dr st jr sr gen sen rep gov lt col sgt capt prof inc co corp ltd vs no jan feb mar apr jun jul
aug sep sept oct nov dec mt ft rev hon fig est dept univ approx`.split(/\s+/),
);

function endsWithAbbreviation(before: string): boolean {
  const last = /([\p{L}.]+)\.$/u.exec(before.slice(-12))?.[1] ?? '';
  if (last.length === 0) return false;
  if (/^\p{Lu}$/u.test(last)) return true; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(last)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(last.toLowerCase());
}

/**
 * "… at about 7:15 p.m. The station reopened …": a dotted abbreviation ("p.m.", "U.S.") before a
 * word that only opens sentences ends the sentence too, its full stop doing for both.
 */
function dottedBeforeOpener(before: string, after: string): boolean {
  const next = /^["“‘(]?(\p{Lu}\p{Ll}*)\b/u.exec(after)?.[1];
  return next !== undefined && /(?:\p{L}\.)+\p{L}\.$/u.test(before.slice(-8)) && isSentenceOpener(next);
}

export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = paragraph.slice(start, end);
    if (match[0].startsWith('.') && !/["”’')\]]/.test(match[0]) && endsWithAbbreviation(candidate) && !dottedBeforeOpener(candidate, paragraph.slice(match.index + match[0].length))) continue;
    if (candidate.trim().length > 0) out.push(candidate.trim());
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest.length > 0) out.push(rest);
  return out;
}
