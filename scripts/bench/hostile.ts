import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { rng } from './generate.js';
import type { KnowledgeBase } from '../../src/knowledge-base/knowledge-base.js';

/**
 * Questions built to cost the most, whatever the archive: long (near the 500-character cut) and
 * made of words that each trigger a costly path: random English words (the 60), words no
 * dictionary or story has (spelling correction, fuzzy search), near-misses of the archive's own
 * words (many correction candidates), its most common words (the longest postings), and
 * capitalised unknowns (name look-ups). Seeded, so every run asks the same ones.
 */
export interface HostileQuestion {
  kind: string;
  question: string;
}

const WORDS = 60;
const MAX_CHARS = 486;

/** Up to WORDS words, cut to MAX_CHARS at a word boundary, with a question mark. */
function sentence(words: string[]): string {
  let text = '';
  for (const word of words.slice(0, WORDS)) {
    if (text.length + word.length + 2 > MAX_CHARS) break;
    text = text ? `${text} ${word}` : word;
  }
  return `${text}?`;
}

function pick<T>(random: () => number, from: readonly T[], count: number): T[] {
  return Array.from({ length: count }, () => from[Math.floor(random() * from.length)]!);
}

function madeUp(random: () => number): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  const vowels = 'aeiouy';
  let word = '';
  const length = 6 + Math.floor(random() * 5);
  for (let i = 0; i < length; i++) word += i % 2 ? vowels[Math.floor(random() * vowels.length)] : letters[Math.floor(random() * letters.length)];
  return word;
}

/** One letter of `word` changed: a typo of a word the stories use. */
function nearMiss(random: () => number, word: string): string {
  const at = Math.floor(random() * word.length);
  const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]!;
  return `${word.slice(0, at)}${letter}${word.slice(at + 1)}`;
}

export function hostileQuestions(kb: KnowledgeBase, seed: number): HostileQuestion[] {
  const random = rng(seed);
  const english = readFileSync(wordListPath, 'utf8').split('\n').filter((word) => /^[a-z]{3,12}$/.test(word));
  const byFrequency = [...kb.index.documentFrequency].sort((a, b) => b[1] - a[1]).map(([term]) => term).filter((term) => /^[a-z]{4,}$/.test(term));
  const storyWords = byFrequency.slice(0, 5_000);
  return [
    { kind: 'random English words', question: sentence(pick(random, english, WORDS)) },
    { kind: 'made-up words', question: sentence(Array.from({ length: WORDS }, () => madeUp(random))) },
    { kind: 'typos of story words', question: sentence(pick(random, storyWords, WORDS).map((word) => nearMiss(random, word))) },
    { kind: 'most common story words', question: sentence(byFrequency.slice(0, WORDS)) },
    { kind: 'capitalised unknown names', question: sentence(Array.from({ length: WORDS }, () => madeUp(random)).map((word) => word[0]!.toUpperCase() + word.slice(1))) },
    { kind: 'who-question of English words', question: sentence(['Who', 'said', ...pick(random, english, WORDS - 2)]) },
  ];
}
