import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { KnowledgeBase } from '../answer/knowledge-base.js';
import type { Passage, Story } from '../knowledge/types.js';
import { buildCorpus } from './corpus.js';
import type { EntityIndex } from './entities.js';
import { createSearchIndex, INDEX_OPTIONS } from './index.js';
import { documentFrequencies, packIndex, unpackIndex, type PackedIndex } from './postings.js';

/**
 * The cache file: a magic line, a header line, then the payload: named sections laid end to end
 * (stories as JSON, the packed MiniSearch postings as raw Int32Arrays, the mined entities as
 * JSON). The header carries the fingerprint of what it was built from, each section's length,
 * and the payload's SHA-256, so a truncated or corrupted file is detected before any of it is
 * trusted.
 */
const MAGIC = 'storybot-index v3';

export interface CacheHeader {
  fingerprint: string;
  bytes: number;
  sha256: string;
  sections: { name: string; bytes: number }[];
  stories: number;
  sentences: number;
}

/** Problems a skipped story file had, kept so a cache hit still warns about them. */
export interface SavedProblem {
  file: string;
  problem: string;
}

export interface SavedKnowledge {
  kb: KnowledgeBase;
  problems: SavedProblem[];
}

export type LoadResult = { status: 'hit'; saved: SavedKnowledge } | { status: 'missing' | 'stale' | 'corrupt'; reason: string };

// Entities hold Sets and Maps; this tags them so JSON keeps them whatever fields the miner adds.
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Set) return { $set: [...value] };
  if (value instanceof Map) return { $map: [...value] };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = value as { $set?: unknown[]; $map?: [unknown, unknown][] };
    if (Array.isArray(tagged.$set) && Object.keys(value).length === 1) return new Set(tagged.$set);
    if (Array.isArray(tagged.$map) && Object.keys(value).length === 1) return new Map(tagged.$map);
  }
  return value;
}

const ARRAYS = ['offsets', 'docs', 'freqs', 'shortIds', 'ids', 'fieldLengths'] as const;

const bytesOf = (array: Int32Array): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/**
 * Passage sentences are (almost always) slices of the passage text: saving them as offsets halves
 * the stories section, and JSON parsing of it was the largest part of loading. A passage whose
 * sentences are not found in order keeps them as text (`sentences` stays in its JSON).
 */
function withoutSentences(stories: Story[]): { stories: unknown[]; offsets: Int32Array } {
  const offsets: number[] = [];
  const slim = stories.map((story) => ({
    ...story,
    passages: story.passages.map((passage) => {
      const found: number[] = [];
      let from = 0;
      for (const sentence of passage.sentences) {
        const at = passage.text.indexOf(sentence, from);
        if (at < 0) return passage;
        found.push(at, at + sentence.length);
        from = at + sentence.length;
      }
      offsets.push(...found);
      const { sentences, ...rest } = passage;
      return { ...rest, count: sentences.length };
    }),
  }));
  return { stories: slim, offsets: Int32Array.from(offsets) };
}

function withSentences(stories: Story[], offsets: Int32Array): Story[] {
  let at = 0;
  for (const story of stories) {
    for (const passage of story.passages as (Passage & { count?: number })[]) {
      if (passage.count === undefined) continue;
      const sentences: string[] = [];
      for (let n = 0; n < passage.count; n++, at += 2) sentences.push(passage.text.slice(offsets[at], offsets[at + 1]));
      delete passage.count;
      passage.sentences = sentences;
    }
  }
  if (at !== offsets.length) throw new Error('sentence offsets do not match the passages');
  return stories;
}

export function serializeKnowledge(kb: KnowledgeBase, problems: SavedProblem[], fingerprint: string): Buffer {
  const packed = packIndex(kb.index.minisearch);
  const slim = withoutSentences(kb.corpus.stories);
  const sections: [string, Buffer][] = [
    ['stories', Buffer.from(JSON.stringify({ stories: slim.stories, problems }), 'utf8')],
    ['sentences', bytesOf(slim.offsets)],
    ['meta', Buffer.from(JSON.stringify(packed.meta), 'utf8')],
    ['terms', Buffer.from(packed.terms, 'utf8')],
    ...ARRAYS.map((name): [string, Buffer] => [name, bytesOf(packed[name])]),
    ['entities', Buffer.from(JSON.stringify(kb.entities, replacer), 'utf8')],
  ];
  const payload = Buffer.concat(sections.map(([, bytes]) => bytes));
  const header: CacheHeader = {
    fingerprint,
    bytes: payload.length,
    sha256: createHash('sha256').update(payload).digest('hex'),
    sections: sections.map(([name, bytes]) => ({ name, bytes: bytes.length })),
    stories: kb.corpus.stories.length,
    sentences: kb.corpus.sentences.length,
  };
  return Buffer.concat([Buffer.from(`${MAGIC}\n${JSON.stringify(header)}\n`, 'utf8'), payload]);
}

/** Writes to a temporary name and renames, so a crash or a concurrent reader never sees half a file. */
export async function saveKnowledge(file: string, kb: KnowledgeBase, problems: SavedProblem[], fingerprint: string): Promise<number> {
  const bytes = serializeKnowledge(kb, problems, fingerprint);
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return bytes.length;
}

function lineEnd(buffer: Buffer, from: number): number {
  const at = buffer.indexOf(0x0a, from);
  return at < 0 ? buffer.length : at;
}

/** Reads the header only: what a cache file claims to be, or why it cannot be read. */
export function readHeader(buffer: Buffer): { header: CacheHeader; payloadStart: number } | string {
  const magicEnd = lineEnd(buffer, 0);
  if (buffer.toString('utf8', 0, magicEnd) !== MAGIC) return 'not a storybot index file (or an older format)';
  const headerEnd = lineEnd(buffer, magicEnd + 1);
  try {
    const header = JSON.parse(buffer.toString('utf8', magicEnd + 1, headerEnd)) as CacheHeader;
    if (typeof header.fingerprint !== 'string' || typeof header.sha256 !== 'string' || typeof header.bytes !== 'number' || !Array.isArray(header.sections)) {
      return 'malformed header';
    }
    return { header, payloadStart: headerEnd + 1 };
  } catch {
    return 'malformed header';
  }
}

/** An Int32Array over part of a buffer: a view when aligned, else a copy (typed arrays need alignment). */
function int32s(bytes: Buffer): Int32Array {
  if (bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  return new Int32Array(new Uint8Array(bytes).buffer);
}

export function deserializeKnowledge(buffer: Buffer, fingerprint: string): LoadResult {
  const read = readHeader(buffer);
  if (typeof read === 'string') return { status: 'corrupt', reason: read };
  const { header, payloadStart } = read;
  if (header.fingerprint !== fingerprint) return { status: 'stale', reason: 'the knowledge folder or the indexing code changed' };
  const payload = buffer.subarray(payloadStart);
  if (payload.length !== header.bytes) return { status: 'corrupt', reason: `truncated: ${payload.length} of ${header.bytes} bytes` };
  if (createHash('sha256').update(payload).digest('hex') !== header.sha256) return { status: 'corrupt', reason: 'checksum mismatch' };
  try {
    const sections = new Map<string, Buffer>();
    let at = 0;
    for (const { name, bytes } of header.sections) {
      sections.set(name, payload.subarray(at, at + bytes));
      at += bytes;
    }
    const section = (name: string): Buffer => {
      const found = sections.get(name);
      if (!found) throw new Error(`missing section ${name}`);
      return found;
    };
    const text = (name: string): string => section(name).toString('utf8');
    const saved = JSON.parse(text('stories')) as { stories: Story[]; problems: SavedProblem[] };
    const stories = withSentences(saved.stories, int32s(section('sentences')));
    const problems = saved.problems;
    const packed: PackedIndex = {
      meta: JSON.parse(text('meta')) as PackedIndex['meta'],
      terms: text('terms'),
      offsets: int32s(section('offsets')),
      docs: int32s(section('docs')),
      freqs: int32s(section('freqs')),
      shortIds: int32s(section('shortIds')),
      ids: int32s(section('ids')),
      fieldLengths: int32s(section('fieldLengths')),
    };
    const minisearch = unpackIndex(packed, INDEX_OPTIONS);
    const entities = JSON.parse(text('entities'), reviver) as EntityIndex;
    const corpus = buildCorpus(stories);
    return { status: 'hit', saved: { kb: { corpus, index: createSearchIndex(corpus, minisearch, documentFrequencies(packed)), entities }, problems } };
  } catch (error) {
    // The checksum matched, so this is a bug or a format change, not a damaged file: rebuild anyway.
    return { status: 'corrupt', reason: `unreadable payload (${error instanceof Error ? error.message : String(error)})` };
  }
}

export async function loadKnowledgeCache(file: string, fingerprint: string): Promise<LoadResult> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch {
    return { status: 'missing', reason: 'no cache file' };
  }
  return deserializeKnowledge(buffer, fingerprint);
}
