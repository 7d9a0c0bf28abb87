import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { KnowledgeBase } from './knowledge-base.js';
import { buildCorpusSteps } from '../corpus/corpus.js';
import type { Annotations } from '../corpus/annotation.js';
import type { EntityIndex } from '../corpus/entities.js';
import { createSearchIndexSteps, INDEX_OPTIONS } from '../search/index.js';
import { packIndex, unpackIndexSteps, type PackedIndex } from '../search/postings.js';
import { runToEnd, type Steps } from '../steps.js';
import { decodeStoriesSteps, encodeStories, type StoriesMeta } from './stories-codec.js';
import { PIECE_BYTES, pieceSource } from './text-pieces.js';

/**
 * The cache file: a magic line, a header line, then the payload: named sections laid end to end,
 * each starting on an 8-byte boundary (JSON, UTF-8 text, or raw little-endian typed arrays).
 * The header carries the fingerprints of what the file was built from, each section's place,
 * and the payload's SHA-1, so a truncated or corrupted file is detected before any of it is
 * trusted. SHA-1 guards against damage, not attackers (whoever can write the cache can write
 * the code): it hashed 116 MB in ~70 ms where SHA-256 took ~290 ms.
 *
 * Every section decodes without one long uninterruptible call, so a reload can decode a version
 * between answers (src/reload/): typed arrays are views, 'ascii' and 'text' blobs decode a piece
 * at a time, 'lines' (newline-separated strings) a chunk at a time, and 'records' (see
 * `encodeRecords`) a line of JSON at a time. 'json' is parsed whole: keep it for small sections.
 */
const MAGIC = 'storybot-index v7';
const ALIGN = 8;

type SectionType = 'json' | 'records' | 'text' | 'lines' | 'ascii' | 'i32' | 'u8';

export interface CacheHeader {
  /** Names, sizes and mtimes of the knowledge files, and the indexing code (`folderFingerprint`). */
  fingerprint: string;
  /** Names and contents of the knowledge files, and the indexing code: survives copying and moving. */
  contentFingerprint?: string;
  /** The folder indexed: tells a cache clean-up which files nothing can use any more (its folder is gone). */
  knowledgeDir?: string;
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

/**
 * A 'records' section holds one object whose big fields are cut into lines: each line is a JSON
 * array `[field, kind, payload]`, where kind 'value' sets the field and 'items', 'map', 'set'
 * append a chunk of an array's items, a Map's entries or a Set's members. One `JSON.parse` of the
 * 13 MB entity section blocked the thread for ~100 ms; a line parses in well under a millisecond,
 * so a reload can decode it between answers. JSON never holds a raw newline, so lines split on it.
 */
type RecordKind = 'value' | 'items' | 'map' | 'set';

/** Characters of JSON per line, about: small enough to parse in a fraction of a slice. */
const RECORD_LINE_CHARS = 64 * 1024;

/**
 * The entity index as built: every key of one person leads to the one entity of `all`. Records
 * are written one by one, so a decoded "roe" and "jane roe" would be two copies, and code
 * that compares entities ("is the surname this person's?", counting mentions) would tell them apart.
 */
function relinked(entities: EntityIndex): EntityIndex {
  const byName = new Map(entities.all.map((entity) => [entity.name, entity] as const));
  const byKey = new Map([...entities.byKey].map(([key, entity]) => [key, byName.get(entity.name) ?? entity] as const));
  return { ...entities, byKey };
}

function encodeRecords(record: Record<string, unknown>): Buffer {
  const lines: string[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined) continue;
    const name = JSON.stringify(field);
    const collection: [RecordKind, Iterable<unknown>] | undefined = Array.isArray(value)
      ? ['items', value]
      : value instanceof Map
        ? ['map', value.entries()]
        : value instanceof Set
          ? ['set', value]
          : undefined;
    if (!collection) {
      lines.push(`[${name},"value",${JSON.stringify(value, replacer)}]`);
      continue;
    }
    const [kind, items] = collection;
    let chunk: string[] = [];
    let chars = 0;
    let written = false;
    const flush = (): void => {
      lines.push(`[${name},"${kind}",[${chunk.join(',')}]]`);
      chunk = [];
      chars = 0;
      written = true;
    };
    for (const item of items) {
      const text = JSON.stringify(item, replacer) ?? 'null';
      chunk.push(text);
      chars += text.length;
      if (chars >= RECORD_LINE_CHARS) flush();
    }
    // An empty collection still gets its line, so the field comes back empty rather than missing.
    if (chunk.length > 0 || !written) flush();
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

/** Where each line of `bytes` ends: at a newline, or at the end. */
function lineEnd(bytes: Buffer, from: number): number {
  const at = bytes.indexOf(0x0a, from);
  return at < 0 ? bytes.length : at;
}

/** The object `encodeRecords` wrote, a line at a time. */
function* decodeRecords(bytes: Buffer): Steps<Record<string, unknown>> {
  const record: Record<string, unknown> = {};
  for (let from = 0; from < bytes.length; ) {
    const to = lineEnd(bytes, from);
    const line = JSON.parse(bytes.toString('utf8', from, to)) as unknown;
    if (!Array.isArray(line) || typeof line[0] !== 'string' || (line[1] !== 'value' && !Array.isArray(line[2]))) throw new Error('malformed record line');
    const [field, kind, payload] = line as [string, RecordKind, unknown];
    const value = untag(payload);
    if (kind === 'value') record[field] = value;
    else if (kind === 'items') ((record[field] ??= []) as unknown[]).push(...(value as unknown[]));
    else if (kind === 'map') for (const [key, entry] of value as [unknown, unknown][]) ((record[field] ??= new Map()) as Map<unknown, unknown>).set(key, entry);
    else if (kind === 'set') for (const member of value as unknown[]) ((record[field] ??= new Set()) as Set<unknown>).add(member);
    else throw new Error(`unknown record kind ${String(kind)}`);
    // An empty Map or Set chunk still creates its field.
    if (kind === 'map') record[field] ??= new Map();
    if (kind === 'set') record[field] ??= new Set();
    from = to + 1;
    yield;
  }
  return record;
}

/** Newline-separated strings (`lines.join('\n')`) back as a list, decoded about `PIECE_BYTES` at a time. */
function* decodeLines(bytes: Buffer): Steps<string[]> {
  const lines: string[] = [];
  for (let from = 0; from < bytes.length; ) {
    // Cut at the first newline after a piece's worth (a UTF-8 sequence never holds the byte 0x0a).
    const to = from + PIECE_BYTES >= bytes.length ? bytes.length : lineEnd(bytes, from + PIECE_BYTES);
    for (const line of bytes.toString('utf8', from, to).split('\n')) lines.push(line);
    from = to + 1;
    // The last byte was a newline: the list ends with an empty string, as `split` would give.
    if (from === bytes.length) lines.push('');
    yield;
  }
  return lines;
}

export function serializeKnowledge(kb: KnowledgeBase, problems: SavedProblem[], fingerprint: string, contentFingerprint?: string, knowledgeDir?: string): Buffer {
  const packed = packIndex(kb.index.minisearch);
  const stories = encodeStories(kb.corpus.stories);
  const freqs = narrowFreqs(packed.freqs);
  const identity = isIdentity(packed);
  const sections: [string, SectionType, Buffer][] = [
    ['storyMeta', 'records', encodeRecords({ ...stories.meta, problems })],
    ['ascii', 'ascii', Buffer.from(stories.ascii, 'latin1')],
    ['text', 'text', Buffer.from(stories.text, 'utf8')],
    ['passages', 'i32', bytesOf(stories.passages)],
    ['sentences', 'i32', bytesOf(stories.sentences)],
    ['meta', 'json', json({ ...packed.meta, identity, count: packed.ids.length })],
    ['terms', 'lines', Buffer.from(packed.terms, 'utf8')],
    ['offsets', 'i32', bytesOf(packed.offsets)],
    ['docs', 'i32', bytesOf(packed.docs)],
    ['freqs', freqs instanceof Uint8Array ? 'u8' : 'i32', bytesOf(freqs)],
    ['shortIds', 'i32', bytesOf(identity ? new Int32Array(0) : packed.shortIds)],
    ['ids', 'i32', bytesOf(identity ? new Int32Array(0) : packed.ids)],
    ['fieldLengths', 'i32', bytesOf(packed.fieldLengths)],
    ['entities', 'records', encodeRecords({ ...kb.entities })],
    ['tokenFirst', 'i32', bytesOf(kb.annotations.tokenFirst)],
    ['tokenStart', 'i32', bytesOf(kb.annotations.tokenStart)],
    ['tokenLength', 'u8', bytesOf(kb.annotations.tokenLength)],
    ['tokenLemma', 'i32', bytesOf(kb.annotations.tokenLemma)],
    ['tokenPos', 'u8', bytesOf(kb.annotations.tokenPos)],
    ['lemmas', 'lines', Buffer.from(kb.annotations.lemmas.join('\n'), 'utf8')],
    ['entityFirst', 'i32', bytesOf(kb.annotations.entityFirst)],
    ['entityStartToken', 'i32', bytesOf(kb.annotations.entityStartToken)],
    ['entityEndToken', 'i32', bytesOf(kb.annotations.entityEndToken)],
    ['entityType', 'u8', bytesOf(kb.annotations.entityType)],
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
    ...(knowledgeDir ? { knowledgeDir } : {}),
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
export async function saveKnowledge(file: string, kb: KnowledgeBase, problems: SavedProblem[], fingerprint: string, contentFingerprint?: string, knowledgeDir?: string): Promise<number> {
  const bytes = serializeKnowledge(kb, problems, fingerprint, contentFingerprint, knowledgeDir);
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

/** Each section as what it holds; the decoding ones are steps (see src/steps.ts). */
function sectionReader(sections: Map<string, Section>) {
  const section = (name: string, ...types: SectionType[]): Section => {
    const found = sections.get(name);
    if (!found || !types.includes(found.type)) throw new Error(`missing section ${name}`);
    return found;
  };
  const i32 = (bytes: Buffer): Int32Array => new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  const u8 = (bytes: Buffer): Uint8Array => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  return {
    i32: (name: string): Int32Array => i32(section(name, 'i32').bytes),
    u8: (name: string): Uint8Array => u8(section(name, 'u8').bytes),
    /** A column saved as bytes when every value fits one, else as 32-bit integers. */
    narrow: (name: string): Int32Array | Uint8Array => {
      const { type, bytes } = section(name, 'i32', 'u8');
      return type === 'u8' ? u8(bytes) : i32(bytes);
    },
    json: (name: string): unknown => JSON.parse(section(name, 'json').bytes.toString('utf8')),
    records: (name: string): Steps<Record<string, unknown>> => decodeRecords(section(name, 'records').bytes),
    lines: (name: string): Steps<string[]> => decodeLines(section(name, 'lines').bytes),
    /** A text blob read front to back, a piece at a time. */
    text: (name: string) => {
      const { type, bytes } = section(name, 'text', 'ascii');
      return pieceSource(bytes, type === 'ascii' ? 'latin1' : 'utf8');
    },
  };
}

/** The knowledge base from its sections, pausing between pieces of work (see src/steps.ts). */
function* decodeKnowledgeSteps(sections: Map<string, Section>): Steps<SavedKnowledge> {
  const read = sectionReader(sections);
  const storyMeta = (yield* read.records('storyMeta')) as unknown as StoriesMeta & { problems: SavedProblem[] };
  const stories = yield* decodeStoriesSteps(storyMeta, [read.text('ascii'), read.text('text')], read.i32('passages'), read.i32('sentences'));
  const corpus = yield* buildCorpusSteps(stories);
  const meta = read.json('meta') as PackedIndex['meta'] & { identity: boolean; count: number };
  const ordinals = meta.identity ? counting(meta.count) : undefined;
  const packed = {
    meta,
    offsets: read.i32('offsets'),
    docs: read.i32('docs'),
    freqs: read.narrow('freqs'),
    shortIds: ordinals ?? read.i32('shortIds'),
    ids: ordinals ?? read.i32('ids'),
    fieldLengths: read.i32('fieldLengths'),
  };
  const { minisearch, documentFrequency } = yield* unpackIndexSteps(packed, INDEX_OPTIONS, yield* read.lines('terms'));
  const entities = relinked((yield* read.records('entities')) as unknown as EntityIndex);
  const annotations: Annotations = {
    tokenFirst: read.i32('tokenFirst'),
    tokenStart: read.i32('tokenStart'),
    tokenLength: read.u8('tokenLength'),
    tokenLemma: read.i32('tokenLemma'),
    tokenPos: read.u8('tokenPos'),
    lemmas: yield* read.lines('lemmas'),
    entityFirst: read.i32('entityFirst'),
    entityStartToken: read.i32('entityStartToken'),
    entityEndToken: read.i32('entityEndToken'),
    entityType: read.u8('entityType'),
  };
  if (annotations.tokenFirst.length !== corpus.sentences.length + 1) throw new Error('annotations do not match the sentences');
  const index = yield* createSearchIndexSteps(corpus, minisearch, documentFrequency);
  return { kb: { corpus, index, entities, annotations }, problems: storyMeta.problems };
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
    // Non-blocking: a named pipe put where the cache file goes must not stall start-up.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return { status: 'missing', reason: 'no cache file' };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { status: 'corrupt', reason: 'not a regular file' };
    const size = info.size;
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
      return { status: 'hit', saved: runToEnd(decodeKnowledgeSteps(sections)), header };
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
 * version off the answering thread and hands it over in this form), as steps, so the answering
 * thread can decode it between questions (src/reload/slices.ts). Throws on a malformed buffer.
 */
export function* deserializeKnowledgeSteps(buffer: Buffer): Steps<SavedKnowledge> {
  const read = readHeader(buffer);
  if (typeof read === 'string') throw new Error(read);
  const sections = new Map<string, Section>();
  for (const { name, type, offset, bytes } of read.header.sections) {
    sections.set(name, { type, bytes: buffer.subarray(read.payloadStart + offset, read.payloadStart + offset + bytes) });
  }
  return yield* decodeKnowledgeSteps(sections);
}

/** `deserializeKnowledgeSteps` all at once. */
export function deserializeKnowledge(buffer: Buffer): SavedKnowledge {
  return runToEnd(deserializeKnowledgeSteps(buffer));
}
