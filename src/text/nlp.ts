import { createRequire } from 'node:module';

/**
 * wink-nlp with its English lite model, loaded on first use (the model takes ~100 ms to load, so
 * `ask` and the REPL, which read a saved index, never pay for it). Only part of speech and named
 * values run: wink's own sentence splitter is not needed (the corpus has its sentences), and its
 * negation step cost more than the tagger itself.
 */
const PIPE = ['pos', 'ner'];

/** Universal Dependencies part-of-speech tags, as wink gives them; a tag's index is its code. */
export const POS_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'] as const;
export type PosTag = (typeof POS_TAGS)[number];

/** Typed values wink's recogniser finds, by the names this project uses. */
export type ValueType = 'date' | 'time' | 'number' | 'ordinal' | 'money' | 'percent' | 'duration';
const VALUE_TYPES: Record<string, ValueType> = { DATE: 'date', TIME: 'time', CARDINAL: 'number', ORDINAL: 'ordinal', MONEY: 'money', PERCENT: 'percent', DURATION: 'duration' };

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
  its: { value: unknown; lemma: unknown; pos: unknown; type: unknown; span: unknown };
  readDoc(text: string): { tokens(): Collection; entities(): Collection & { each(fn: (entity: Collection) => void): void } };
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
  doc.entities().each((entity) => {
    const type = VALUE_TYPES[entity.out(its.type) as string];
    const span = entity.out(its.span) as [number, number];
    if (type && Array.isArray(span)) found.push({ type, first: span[0], last: span[1] });
  });
  return { tokens, values: found };
}
