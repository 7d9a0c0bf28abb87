import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * Spelling correction for questions. A word is corrected only when it is not an English word —
 * judged by the `word-list` package (274k words, 2.8 MB; read on first need, ~100 ms, so start-up
 * and questions spelt right never pay for it) — and the stories hold a word close to it.
 */

/** Edits allowed for a correction: one for short words, two from this length on. */
const TWO_EDITS_FROM = 6;
/** Shorter words are left alone: too many real words sit one edit from them. */
const MIN_LENGTH = 4;

let english: ReadonlySet<string> | undefined;

/** The package's word list, loaded once, on first use. */
export function englishWords(): ReadonlySet<string> {
  english ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return english;
}

export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (englishWords().has(lower)) return true;
  // The list has lemmas and most inflections, not possessives or contractions.
  const bare = lower.replace(/'(?:s|t|re|ve|ll|d)$/, '');
  return bare !== lower && englishWords().has(bare);
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
 * `vocabulary` lists them with their frequency. A lower-case word may become a name ("witkof" →
 * "Witkoff"); a capitalised one is left as written.
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
