import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../answer/knowledge-base.js';
import type { Story } from '../knowledge/types.js';
import { buildCorpus } from './corpus.js';
import type { EntityIndex } from './entities.js';
import { createSearchIndex, INDEX_OPTIONS } from './index.js';

/**
 * The cache file: a magic line, a header line, then the payload — one JSON document per line
 * (stories, term frequencies, the MiniSearch index, the mined entities). The header carries the
 * fingerprint of what it was built from and the payload's length and SHA-256, so a truncated or
 * corrupted file is detected before any of it is trusted.
 */
const MAGIC = 'storybot-index v1';

export interface CacheHeader {
  fingerprint: string;
  bytes: number;
  sha256: string;
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

export function serializeKnowledge(kb: KnowledgeBase, problems: SavedProblem[], fingerprint: string): Buffer {
  const frequency = kb.index.documentFrequency;
  const sections = [
    JSON.stringify({ stories: kb.corpus.stories, problems }),
    JSON.stringify({ terms: [...frequency.keys()], counts: [...frequency.values()] }),
    JSON.stringify(kb.index.minisearch),
    JSON.stringify(kb.entities, replacer),
  ];
  const payload = Buffer.from(sections.join('\n'), 'utf8');
  const header: CacheHeader = {
    fingerprint,
    bytes: payload.length,
    sha256: createHash('sha256').update(payload).digest('hex'),
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
    if (typeof header.fingerprint !== 'string' || typeof header.sha256 !== 'string' || typeof header.bytes !== 'number') return 'malformed header';
    return { header, payloadStart: headerEnd + 1 };
  } catch {
    return 'malformed header';
  }
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
    const ends: number[] = [];
    for (let at = 0, end = lineEnd(payload, 0); ends.length < 8; at = end + 1, end = lineEnd(payload, at)) ends.push(at, end);
    const section = (n: number): string => payload.toString('utf8', ends[2 * n], ends[2 * n + 1]);
    const { stories, problems } = JSON.parse(section(0)) as { stories: Story[]; problems: SavedProblem[] };
    const { terms, counts } = JSON.parse(section(1)) as { terms: string[]; counts: number[] };
    const minisearch = MiniSearch.loadJSON(section(2), INDEX_OPTIONS);
    const entities = JSON.parse(section(3), reviver) as EntityIndex;
    const documentFrequency = new Map<string, number>();
    terms.forEach((term, at) => documentFrequency.set(term, counts[at] ?? 0));
    const corpus = buildCorpus(stories);
    return { status: 'hit', saved: { kb: { corpus, index: createSearchIndex(corpus, minisearch, documentFrequency), entities }, problems } };
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
