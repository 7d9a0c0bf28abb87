import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { isCapitalised } from './names.js';
import { mapLetterWords } from './tokenize.js';

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
    // Every later row is at least this row's smallest value: past `max`, the words are too far apart.
    if (Math.min(...row) > max) return max + 1;
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

/** Bounds on one call's work (see src/answer/budget.ts): each word tried scans part of the vocabulary. */
export interface SpellingLimits {
  /** Words compared with the vocabulary at most; the rest are left as written. */
  maxWords: number;
  /** Polled between words and during a scan: true stops correcting, keeping what was found. */
  stop: () => boolean;
  /** Told how many words were compared. */
  tried?: (words: number) => void;
}

const UNLIMITED: SpellingLimits = { maxWords: Number.POSITIVE_INFINITY, stop: () => false };

/** Vocabulary entries scanned between two polls of `stop`. */
const POLL_EVERY = 4096;

interface Entry {
  word: string;
  lower: string;
  count: number;
  /** Which of 32 letter classes the word uses (see `lettersOf`). */
  letters: number;
  /** Its place in the vocabulary: of equally close and frequent words, the first wins. */
  order: number;
}

/** A bit per letter (a–z, the rest folded onto six more bits): a cheap bound on the edits between two words. */
function lettersOf(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) % 32);
  return mask;
}

function bits(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * At least this many edits part two words: each letter class one of them uses and the other does
 * not needs an edit of its own (one substitution can settle one class on each side).
 */
const fewestEdits = (a: number, b: number): number => Math.max(bits(a & ~b), bits(b & ~a));

const BY_LENGTH = new WeakMap<ReadonlyMap<string, number>, Entry[][]>();

/** The vocabulary grouped by length, once per vocabulary: a word is only compared with lengths it can reach. */
function byLength(vocabulary: ReadonlyMap<string, number>): Entry[][] {
  let groups = BY_LENGTH.get(vocabulary);
  if (groups) return groups;
  groups = [];
  let order = 0;
  for (const [word, count] of vocabulary) (groups[word.length] ??= []).push({ word, lower: word.toLowerCase(), count, letters: lettersOf(word.toLowerCase()), order: order++ });
  BY_LENGTH.set(vocabulary, groups);
  return groups;
}

/** The closest vocabulary word to `lower` (fewest edits, then the most frequent), or undefined. */
function closest(lower: string, vocabulary: ReadonlyMap<string, number>, stop: () => boolean): Entry | undefined {
  const max = lower.length >= TWO_EDITS_FROM ? 2 : 1;
  const groups = byLength(vocabulary);
  let best: { entry: Entry; distance: number } | undefined;
  let scanned = 0;
  const letters = lettersOf(lower);
  for (let length = Math.max(1, lower.length - max); length <= lower.length + max; length++) {
    for (const entry of groups[length] ?? []) {
      if (++scanned % POLL_EVERY === 0 && stop()) return best?.entry;
      if (fewestEdits(letters, entry.letters) > max) continue;
      const distance = typoDistance(lower, entry.lower, max);
      if (distance > max) continue;
      const better = !best || distance < best.distance || (distance === best.distance && (entry.count > best.entry.count || (entry.count === best.entry.count && entry.order < best.entry.order)));
      if (better) best = { entry, distance };
    }
  }
  return best?.entry;
}

/**
 * Replaces each word of `text` that is neither English nor in the stories by the closest word the
 * stories use (fewest edits, then the most frequent). `known` tells words the stories use;
 * `vocabulary` lists them with their frequency. A lower-case word may become a name ("roee" →
 * "Roe"); a capitalised one is left as written. `limits` bound the work (a question of many
 * unknown words once scanned the whole vocabulary for each).
 */
export function correctSpelling(text: string, known: (word: string) => boolean, vocabulary: () => ReadonlyMap<string, number>, limits: SpellingLimits = UNLIMITED): Corrected {
  const corrections: Correction[] = [];
  let tried = 0;
  const out = mapLetterWords(text, (written) => {
    // "ferries'" is "ferries" owning something: the apostrophe is kept, not corrected away.
    const owner = /['’]$/.test(written) ? written.slice(-1) : '';
    const word = owner ? written.slice(0, -1) : written;
    // A capitalised word may be a name the stories never mention: "correcting" it into one they
    // do would answer about someone else. Names are matched loosely by the search instead.
    if (word.length < MIN_LENGTH || isCapitalised(word) || known(word) || isEnglishWord(word)) return written;
    if (tried >= limits.maxWords || limits.stop()) return written;
    tried++;
    const best = closest(word.toLowerCase(), vocabulary(), limits.stop);
    if (!best) return written;
    const to = isCapitalised(best.word) ? best.word : /^\p{Lu}{2,}$/u.test(word) ? best.word.toUpperCase() : best.word;
    corrections.push({ from: word, to });
    return `${to}${owner}`;
  });
  limits.tried?.(tried);
  return { text: out, corrections };
}
