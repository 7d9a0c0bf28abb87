import { createRequire } from 'node:module';
import { findValues, type ValueKind } from './values.js';

/**
 * wink-nlp with its English lite model, loaded on first use (the model takes ~100 ms to load, so
 * `ask` and the REPL, which read a saved index, never pay for it). Only the tagger runs: the corpus
 * has its sentences; wink's negation step cost more than the tagger, and its value recogniser
 * more than half the time (200k against 88k tokens/s on the bench archive), so values come from
 * `values.ts`, the patterns the span finder uses.
 */
const PIPE = ['pos'];

/** Universal Dependencies part-of-speech tags, as wink gives them; a tag's index is its code. */
export const POS_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'] as const;
export type PosTag = (typeof POS_TAGS)[number];

/** Typed values, by the names this project uses. */
export type ValueType = ValueKind;

export interface TaggedToken {
  /** The token as written; `start` is its offset in the text. */
  text: string;
  start: number;
  lemma: string;
  pos: PosTag;
}

export interface TaggedValue {
  type: ValueType;
  /** Tokens [first, last] the value covers. */
  first: number;
  last: number;
}

export interface Tagged {
  tokens: TaggedToken[];
  values: TaggedValue[];
}

/** The part of wink's API used here (its own typings reject passing `its` helpers generically). */
interface Collection {
  out(helper: unknown): unknown;
}
interface Wink {
  its: { value: unknown; lemma: unknown; pos: unknown };
  readDoc(text: string): { tokens(): Collection };
}

let engine: Wink | undefined;

function nlp(): Wink {
  if (!engine) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink;
    engine = winkNLP(require('wink-eng-lite-web-model'), PIPE);
  }
  return engine;
}

/** Tokens with lemma and part of speech, and the typed values, of one sentence. */
export function tag(text: string): Tagged {
  const winked = nlp();
  const its = winked.its;
  const doc = winked.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const lemmas = doc.tokens().out(its.lemma) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: TaggedToken[] = [];
  let cursor = 0;
  for (let at = 0; at < values.length; at++) {
    const value = values[at]!;
    // wink keeps each token's characters; find it past the last one to know its offset.
    const found = text.indexOf(value, cursor);
    const start = found < 0 ? cursor : found;
    cursor = found < 0 ? cursor : found + value.length;
    tokens.push({ text: value, start, lemma: lemmas[at] ?? value.toLowerCase(), pos: (tags[at] ?? 'X') as PosTag });
  }
  const found: TaggedValue[] = [];
  for (const value of findValues(text)) {
    let first = 0;
    while (first < tokens.length && tokens[first]!.start + tokens[first]!.text.length <= value.start) first++;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < value.end) last++;
    if (first < tokens.length) found.push({ type: value.type, first, last });
  }
  return { tokens, values: found };
}

/** What joins texts tagged together: a line break, which no token spans. */
const JOINER = '\n';

/**
 * Tags several texts (consecutive sentences) in one pass and splits the result back: wink's cost
 * is mostly per document, so one document for many sentences tags several times the tokens per
 * second of one per sentence. A value that would run across two texts is cut at the first one's end.
 */
export function tagAll(texts: readonly string[]): Tagged[] {
  if (texts.length === 1) return [tag(texts[0]!)];
  const whole = tag(texts.join(JOINER));
  const out: Tagged[] = [];
  let token = 0;
  let offset = 0;
  let value = 0;
  for (const text of texts) {
    const end = offset + text.length;
    // After a text with no closing punctuation (a headline, a dateline) wink keeps the joiner as a
    // token of its own: it belongs to neither text, and counting it would shift every value after it.
    while (token < whole.tokens.length && whole.tokens[token]!.start < offset) token++;
    const first = token;
    const tokens: TaggedToken[] = [];
    while (token < whole.tokens.length && whole.tokens[token]!.start < end) {
      const found = whole.tokens[token++]!;
      tokens.push({ ...found, start: found.start - offset });
    }
    const values: TaggedValue[] = [];
    while (value < whole.values.length && whole.values[value]!.first < token) {
      const found = whole.values[value++]!;
      if (found.first >= first) values.push({ type: found.type, first: found.first - first, last: Math.min(found.last, token - 1) - first });
    }
    out.push({ tokens, values });
    offset = end + JOINER.length;
  }
  return out;
}
