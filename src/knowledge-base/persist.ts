import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { KnowledgeBase } from './knowledge-base.js';
import { buildCorpus } from '../corpus/corpus.js';
import type { EntityIndex } from '../corpus/entities.js';
import { createSearchIndex, INDEX_OPTIONS } from '../search/index.js';
import { documentFrequencies, packIndex, unpackIndex, type PackedIndex } from '../search/postings.js';
import { decodeStories, encodeStories, type StoriesMeta } from './stories-codec.js';

/**
 * The cache file: a magic line, a header line, then the payload: named sections laid end to end,
 * each starting on an 8-byte boundary (JSON, UTF-8 text, or raw little-endian typed arrays).
 * The header carries the fingerprints of what the file was built from, each section's place,
 * and the payload's SHA-1, so a truncated or corrupted file is detected before any of it is
 * trusted. SHA-1 guards against damage, not attackers (whoever can write the cache can write
 * the code): it hashed 116 MB in ~70 ms where SHA-256 took ~290 ms.
 */
const MAGIC = 'storybot-index v4';
const ALIGN = 8;

type SectionType = 'json' | 'text' | 'ascii' | 'i32' | 'u8';

export interface CacheHeader {
  /** Names, sizes and mtimes of the knowledge files, and the indexing code (`folderFingerprint`). */
  fingerprint: string;
  /** Names and contents of the knowledge files, and the indexing code: survives copying and moving. */
  contentFingerprint?: string;
  bytes: number;
  sha1: string;
  sections: { name: string; type: SectionType; offset: number; bytes: number }[];
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

export type LoadResult = { status: 'hit'; saved: SavedKnowledge; header: CacheHeader } | { status: 'missing' | 'stale' | 'corrupt'; reason: string };

/** What a cache file must match to be used: the quick fingerprint, or failing that the contents'. */
export interface Fingerprints {
  stat: string;
  /** Computed only when the quick one differs and the file has a content fingerprint (reads every file). */
  content?: () => Promise<string>;
}

// Entities hold Sets and Maps; this tags them so JSON keeps them whatever fields the miner adds.
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Set) return { $set: [...value] };
  if (value instanceof Map) return { $map: [...value] };
  return value;
}

/**
 * Undoes the tags after a plain `JSON.parse`: a reviver is called for every value of the 13 MB
 * entity section and took ~140 ms more than this walk, which only visits objects and arrays.
 */
function untag(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let at = 0; at < value.length; at++) value[at] = untag(value[at]);
    return value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === '$set' && Array.isArray(record.$set)) return new Set(untag(record.$set) as unknown[]);
  if (keys.length === 1 && keys[0] === '$map' && Array.isArray(record.$map)) return new Map(untag(record.$map) as [unknown, unknown][]);
  for (const key of keys) record[key] = untag(record[key]);
  return record;
}

const bytesOf = (array: Int32Array | Uint8Array): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
const json = (value: unknown, replace?: (key: string, value: unknown) => unknown): Buffer => Buffer.from(JSON.stringify(value, replace), 'utf8');

/** Term counts almost never pass 255 in one sentence: one byte each saves 14 MB at 200,000 passages. */
function narrowFreqs(freqs: Int32Array | Uint8Array): Int32Array | Uint8Array {
  if (freqs instanceof Uint8Array) return freqs;
  for (let at = 0; at < freqs.length; at++) if (freqs[at]! < 0 || freqs[at]! > 255) return freqs;
  return Uint8Array.from(freqs);
}

/** Whether short ids and document ids are both 0 … n-1 (an index built once): then neither is saved. */
function isIdentity(packed: PackedIndex): boolean {
  for (let n = 0; n < packed.ids.length; n++) if (packed.shortIds[n] !== n || packed.ids[n] !== n) return false;
  return true;
}

const counting = (count: number): Int32Array => {
  const array = new Int32Array(count);
  for (let n = 0; n < count; n++) array[n] = n;
  return array;
};

export function serializeKnowledge(kb: KnowledgeBase, problems: SavedProblem[], fingerprint: string, contentFingerprint?: string): Buffer {
  const packed = packIndex(kb.index.minisearch);
  const stories = encodeStories(kb.corpus.stories);
  const freqs = narrowFreqs(packed.freqs);
  const identity = isIdentity(packed);
  const sections: [string, SectionType, Buffer][] = [
    ['storyMeta', 'json', json({ ...stories.meta, problems })],
    ['ascii', 'ascii', Buffer.from(stories.ascii, 'latin1')],
    ['text', 'text', Buffer.from(stories.text, 'utf8')],
    ['passages', 'i32', bytesOf(stories.passages)],
    ['sentences', 'i32', bytesOf(stories.sentences)],
    ['meta', 'json', json({ ...packed.meta, identity, count: packed.ids.length })],
    ['terms', 'text', Buffer.from(packed.terms, 'utf8')],
    ['offsets', 'i32', bytesOf(packed.offsets)],
    ['docs', 'i32', bytesOf(packed.docs)],
    ['freqs', freqs instanceof Uint8Array ? 'u8' : 'i32', bytesOf(freqs)],
    ['shortIds', 'i32', bytesOf(identity ? new Int32Array(0) : packed.shortIds)],
    ['ids', 'i32', bytesOf(identity ? new Int32Array(0) : packed.ids)],
    ['fieldLengths', 'i32', bytesOf(packed.fieldLengths)],
    ['entities', 'json', json(kb.entities, replacer)],
  ];
  const hash = createHash('sha1');
  const parts: Buffer[] = [];
  const placed: CacheHeader['sections'] = [];
  let offset = 0;
  for (const [name, type, bytes] of sections) {
    placed.push({ name, type, offset, bytes: bytes.length });
    hash.update(bytes);
    parts.push(bytes);
    const padding = (ALIGN - (bytes.length % ALIGN)) % ALIGN;
    if (padding > 0) parts.push(Buffer.alloc(padding));
    offset += bytes.length + padding;
  }
  const header: CacheHeader = {
    fingerprint,
    ...(contentFingerprint ? { contentFingerprint } : {}),
    bytes: offset,
    sha1: hash.digest('hex'),
    sections: placed,
    stories: kb.corpus.stories.length,
    sentences: kb.corpus.sentences.length,
  };
  const head = Buffer.from(`${MAGIC}\n${JSON.stringify(header)}\n`, 'utf8');
  const headPadding = Buffer.alloc((ALIGN - (head.length % ALIGN)) % ALIGN, 0x20);
  return Buffer.concat([head, headPadding, ...parts]);
}

/** Writes to a temporary name and renames, so a crash or a concurrent reader never sees half a file. */
export async function saveKnowledge(file: string, kb: KnowledgeBase, problems: SavedProblem[], fingerprint: string, contentFingerprint?: string): Promise<number> {
  const bytes = serializeKnowledge(kb, problems, fingerprint, contentFingerprint);
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

/** Reads the header only: what a cache file claims to be, or why it cannot be read. */
export function readHeader(buffer: Buffer): { header: CacheHeader; payloadStart: number } | string {
  const magicEnd = buffer.indexOf(0x0a);
  if (magicEnd < 0 || buffer.toString('utf8', 0, magicEnd) !== MAGIC) return 'not a storybot index file (or an older format)';
  const headerEnd = buffer.indexOf(0x0a, magicEnd + 1);
  if (headerEnd < 0) return 'truncated header';
  try {
    const header = JSON.parse(buffer.toString('utf8', magicEnd + 1, headerEnd)) as CacheHeader;
    if (typeof header.fingerprint !== 'string' || typeof header.sha1 !== 'string' || typeof header.bytes !== 'number' || !Array.isArray(header.sections)) {
      return 'malformed header';
    }
    return { header, payloadStart: Math.ceil((headerEnd + 1) / ALIGN) * ALIGN };
  } catch {
    return 'malformed header';
  }
}

/** Reads `length` bytes at `position` into a buffer of its own (aligned, and freed when its section is). */
function readExactly(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafeSlow(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) throw new Error('unexpected end of file');
    done += read;
  }
  return buffer;
}

type Section = { type: SectionType; bytes: Buffer };

function decodeKnowledge(sections: Map<string, Section>): SavedKnowledge {
  const section = (name: string, type: SectionType): Buffer => {
    const found = sections.get(name);
    if (!found || found.type !== type) throw new Error(`missing section ${name}`);
    return found.bytes;
  };
  const i32 = (name: string): Int32Array => {
    const bytes = section(name, 'i32');
    return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  };
  const text = (name: string): string => section(name, 'text').toString('utf8');
  const parse = (name: string): unknown => JSON.parse(section(name, 'json').toString('utf8'));
  const storyMeta = parse('storyMeta') as StoriesMeta & { problems: SavedProblem[] };
  const stories = decodeStories({ meta: storyMeta, ascii: section('ascii', 'ascii').toString('latin1'), text: text('text'), passages: i32('passages'), sentences: i32('sentences') });
  const meta = parse('meta') as PackedIndex['meta'] & { identity: boolean; count: number };
  const u8 = (name: string): Uint8Array => {
    const bytes = section(name, 'u8');
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  };
  const freqs = sections.get('freqs')?.type === 'u8' ? u8('freqs') : i32('freqs');
  const packed: PackedIndex = {
    meta,
    terms: text('terms'),
    offsets: i32('offsets'),
    docs: i32('docs'),
    freqs,
    shortIds: meta.identity ? counting(meta.count) : i32('shortIds'),
    ids: meta.identity ? counting(meta.count) : i32('ids'),
    fieldLengths: i32('fieldLengths'),
  };
  const minisearch = unpackIndex(packed, INDEX_OPTIONS);
  const entities = untag(parse('entities')) as EntityIndex;
  const corpus = buildCorpus(stories);
  return { kb: { corpus, index: createSearchIndex(corpus, minisearch, documentFrequencies(packed)), entities }, problems: storyMeta.problems };
}

/** The most a header can take; read first, so a stale file costs one small read. */
const HEAD_BYTES = 1 << 16;

/**
 * Loads a cache file section by section: the header alone decides staleness, then each section
 * is read into its own buffer and checksummed, so text and JSON buffers are freed once decoded
 * instead of pinning the whole file behind the typed-array views.
 */
export async function loadKnowledgeCache(file: string, fingerprints: Fingerprints | string): Promise<LoadResult> {
  const expected: Fingerprints = typeof fingerprints === 'string' ? { stat: fingerprints } : fingerprints;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return { status: 'missing', reason: 'no cache file' };
  }
  try {
    const size = fstatSync(fd).size;
    const head = readExactly(fd, Math.min(HEAD_BYTES, size), 0);
    const read = readHeader(head);
    if (typeof read === 'string') return { status: 'corrupt', reason: read };
    const { header, payloadStart } = read;
    if (header.fingerprint !== expected.stat) {
      const content = header.contentFingerprint && expected.content ? await expected.content() : undefined;
      if (content === undefined || content !== header.contentFingerprint) return { status: 'stale', reason: 'the knowledge folder or the indexing code changed' };
    }
    if (size - payloadStart !== header.bytes) return { status: 'corrupt', reason: `truncated: ${size - payloadStart} of ${header.bytes} bytes` };
    const hash = createHash('sha1');
    const sections = new Map<string, Section>();
    for (const { name, type, offset, bytes } of header.sections) {
      if (offset < 0 || offset + bytes > header.bytes) return { status: 'corrupt', reason: `section ${name} out of range` };
      const data = readExactly(fd, bytes, payloadStart + offset);
      hash.update(data);
      sections.set(name, { type, bytes: data });
    }
    if (hash.digest('hex') !== header.sha1) return { status: 'corrupt', reason: 'checksum mismatch' };
    try {
      return { status: 'hit', saved: decodeKnowledge(sections), header };
    } catch (error) {
      // The checksum matched, so this is a bug or a format change, not a damaged file: rebuild anyway.
      return { status: 'corrupt', reason: `unreadable payload (${error instanceof Error ? error.message : String(error)})` };
    }
  } catch (error) {
    return { status: 'corrupt', reason: `unreadable file (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    closeSync(fd);
  }
}

/**
 * A knowledge base from bytes `serializeKnowledge` made elsewhere (the reload worker builds a new
 * version off the answering thread and hands it over in this form). Throws on a malformed buffer.
 */
export function deserializeKnowledge(buffer: Buffer): SavedKnowledge {
  const read = readHeader(buffer);
  if (typeof read === 'string') throw new Error(read);
  const sections = new Map<string, Section>();
  for (const { name, type, offset, bytes } of read.header.sections) {
    sections.set(name, { type, bytes: buffer.subarray(read.payloadStart + offset, read.payloadStart + offset + bytes) });
  }
  return decodeKnowledge(sections);
}
