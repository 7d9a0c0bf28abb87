import { stemmer } from 'stemmer';
import { LEMMA, NUMBER_WORDS, ORDINAL_WORDS } from './lemmas.js';
import { americanSpelling } from './spelling-variants.js';
import { STOP_WORDS } from './stopwords.js';
import { words } from './tokenize.js';

/** "Roe's", "Roe’s", and a plural's bare straight apostrophe ("Acme Wings'"; a curly one may close a quotation). */
const POSSESSIVE = /['’]s$|(?<=s)'$/;
const APOSTROPHES = /’/g;

/** A word without its possessive: "Roe's" → "Roe", "Roe’s" → "Roe". */
export function withoutPossessive(word: string): string {
  return word.replace(POSSESSIVE, '');
}

/** Whether a word ends in a possessive: "Roe's", "Roe’s". */
export function isPossessive(word: string): boolean {
  return POSSESSIVE.test(word);
}

/** A word without its possessive, then without punctuation: "Roe's" and "Roe," → "Roe"; "12-point" stays. */
export function bareWord(word: string): string {
  return withoutPossessive(word).replace(/[^\p{L}\p{N}-]/gu, '');
}

/** Lowercased surface form with possessives and curly apostrophes normalised. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(APOSTROPHES, "'").replace(POSSESSIVE, '');
}

/** "died", "dies", "dying" (of die, lie, tie, vie): one letter before the ending. */
const IE_VERB_FORM = /^([a-z])(?:ied|ies|ying)$/;

/**
 * Terms of words already seen. Stemming is regex-heavy and every indexed sentence and every
 * reranked candidate goes through it, while vocabulary follows Zipf's law: a memo turns most
 * calls into one Map lookup. Bounded so a hostile stream of unique words cannot grow it forever.
 */
const MEMO = new Map<string, string | null>();
const MEMO_LIMIT = 200_000;

/** The index term of one word: lemma for irregular verbs, number words as digits, else a stem. */
export function termOf(word: string): string | null {
  let term = MEMO.get(word);
  if (term === undefined) {
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    term = computeTermOf(word);
    MEMO.set(word, term);
  }
  return term;
}

function computeTermOf(word: string): string | null {
  const normal = normalizeWord(word);
  if (normal.length === 0) return null;
  const number = NUMBER_WORDS.get(normal) ?? ORDINAL_WORDS.get(normal);
  if (number !== undefined) return number;
  // "defence" and "defense" are one word: a question in one spelling finds a story in the other.
  const american = americanSpelling(normal);
  if (american !== normal) return computeTermOf(american);
  // Stemmed like the base itself: "said" and "say" must meet, and Porter makes "say" "sai".
  const lemma = LEMMA.get(normal);
  if (lemma !== undefined) return stemmer(lemma);
  // Porter stems "died" to "di" but "die" to "die": the short verbs in -ie keep one term in every form.
  const ie = IE_VERB_FORM.exec(normal);
  if (ie) return `${ie[1]}ie`;
  if (/\d/.test(normal) || normal.includes('.')) return normal.replace(/–/g, '-');
  return stemmer(normal);
}

/**
 * Index terms of a text. A hyphenated compound ("12-point") is indexed as its parts, so "points"
 * and "20" both find it; a score ("24–10") stays whole.
 */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const term = termOf(word);
    if (term !== null) out.push(term);
  }
  return out;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(normalizeWord(word));
}

/** The content terms of a question: stop words out, then normalised like the index. */
export function queryTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (isStopWord(word)) continue;
    const term = termOf(word);
    if (term !== null && !out.includes(term)) out.push(term);
  }
  return out;
}
