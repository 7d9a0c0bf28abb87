import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * Spelling correction for questions. A word is corrected only when it is not an English word —
 * judged by the `word-list` package (274k words, 2.8 MB) — and the stories hold a word close to it.
 * The list is read on first need (~15 ms) and binary-searched as text, since it is sorted: a few
 * microseconds a word (two of its 274k lines are out of order, so those two are missed). A Set
 * of it cost 0.3 s (over 1 s under load) and 20 MB more heap.
 */

/** Edits allowed for a correction: one for short words, two from this length on. */
const TWO_EDITS_FROM = 6;
/** Shorter words are left alone: too many real words sit one edit from them. */
const MIN_LENGTH = 4;

/** The package's word list, one word a line in code-unit order: read once, on first use. */
let english: string | undefined;

/** Binary search over the lines of the list, without splitting it. */
function listed(word: string): boolean {
  english ??= readFileSync(wordListPath, 'utf8');
  const text = english;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = text.lastIndexOf('\n', middle - 1) + 1;
    const newline = text.indexOf('\n', middle);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (line === word) return true;
    if (line < word) low = end + 1;
    else high = start;
  }
  return false;
}

export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (listed(lower)) return true;
  // The list has lemmas and most inflections, not possessives or contractions.
  const bare = lower.replace(/'(?:s|t|re|ve|ll|d)$/, '');
  return bare !== lower && listed(bare);
}

/**
 * Damerau–Levenshtein (optimal string alignment) distance: a swap of neighbours ("transcirpt")
 * is one edit, as people make it. Words are short, so the full table is cheap.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

export interface Correction {
  from: string;
  to: string;
}

export interface Corrected {
  text: string;
  corrections: Correction[];
}

/**
 * Replaces each word of `text` that is neither English nor in the stories by the closest word the
 * stories use (fewest edits, then the most frequent). `known` tells words the stories use;
 * `vocabulary` lists them with their frequency. A lower-case word may become a name ("roee" →
 * "Roe"); a capitalised one is left as written.
 */
export function correctSpelling(text: string, known: (word: string) => boolean, vocabulary: () => ReadonlyMap<string, number>): Corrected {
  const corrections: Correction[] = [];
  const out = text.replace(/[\p{L}][\p{L}'’]*/gu, (word) => {
    // A capitalised word may be a name the stories never mention: "correcting" it into one they
    // do would answer about someone else. Names are matched loosely by the search instead.
    if (word.length < MIN_LENGTH || /^\p{Lu}/u.test(word) || known(word) || isEnglishWord(word)) return word;
    const lower = word.toLowerCase();
    const max = lower.length >= TWO_EDITS_FROM ? 2 : 1;
    let best: { word: string; distance: number; count: number } | undefined;
    for (const [candidate, count] of vocabulary()) {
      if (Math.abs(candidate.length - lower.length) > max) continue;
      const distance = typoDistance(lower, candidate.toLowerCase(), max);
      if (distance > max) continue;
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
    }
    if (!best) return word;
    const to = /^\p{Lu}/u.test(best.word) ? best.word : /^\p{Lu}{2,}$/u.test(word) ? best.word.toUpperCase() : best.word;
    corrections.push({ from: word, to });
    return to;
  });
  return { text: out, corrections };
}
