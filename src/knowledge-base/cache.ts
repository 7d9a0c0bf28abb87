import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { buildKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { KnowledgeError } from '../knowledge/errors.js';
import { cacheFolderProblem } from '../knowledge/folder.js';
import { removeSuperseded } from './cache-cleanup.js';
import { contentFingerprint, folderFingerprint } from './fingerprint.js';
import { loadKnowledgeCache, saveKnowledge, type SavedProblem } from './persist.js';

export interface CacheOptions {
  /** Where index files live; one file per knowledge folder. */
  cacheDir: string;
  /**
   * One exact cache file instead of one derived from the folder's path in `cacheDir`: for an
   * index built once and shipped with the knowledge, which may land at another path.
   */
  cacheFile?: string;
  /** Rebuild and save even when the cache is fresh (`storybot index`). */
  force?: boolean;
  /** How long a story file must stay unchanged before it is read (see src/knowledge/settle.ts). */
  settleMs?: number;
}

/** What happened to the cache, for logs, `storybot index` and the bench. */
export interface CacheReport {
  file: string;
  status: 'hit' | 'missing' | 'stale' | 'corrupt' | 'forced' | 'unsaved';
  reason: string;
  /** Bytes written when the index was rebuilt and saved. */
  savedBytes?: number;
  /** Index files the save made useless, removed from the cache folder (see cache-cleanup.ts). */
  removed?: string[];
  ms: { fingerprint: number; load: number; build: number; save: number };
}

export interface OpenedKnowledge {
  kb: KnowledgeBase;
  problems: KnowledgeError[];
  cache: CacheReport;
}

/** The cache file of a knowledge folder: named after its absolute path, so folders never share one. */
export function cacheFileOf(cacheDir: string, knowledgeDir: string): string {
  const id = createHash('sha256').update(resolve(knowledgeDir)).digest('hex').slice(0, 16);
  return join(cacheDir, `index-${id}.bin`);
}

/**
 * The knowledge base of a folder: loaded from the cache when its fingerprint matches (by file
 * stats, or failing that by file contents), otherwise built from the files and saved for next
 * time. A cache that cannot be written (read-only disk) costs only the rebuild, never the answer.
 */
export async function openKnowledge(knowledgeDir: string, options: CacheOptions): Promise<OpenedKnowledge> {
  const file = options.cacheFile ? resolve(options.cacheFile) : cacheFileOf(options.cacheDir, knowledgeDir);
  const cacheProblem = cacheFolderProblem(dirname(file));
  if (cacheProblem) throw new KnowledgeError(dirname(file), `the cache folder ${cacheProblem}; set STORYBOT_CACHE_DIR (or STORYBOT_INDEX_FILE) to a path on disk`);
  // A cache file kept inside the knowledge folder is not part of the knowledge.
  const ignore = dirname(file) === resolve(knowledgeDir) ? basename(file) : undefined;
  const ms = { fingerprint: 0, load: 0, build: 0, save: 0 };
  let started = performance.now();
  // Taken before the files are read: an edit during the build makes the saved index stale, not wrong.
  const fingerprint = await folderFingerprint(knowledgeDir, ignore).catch(() => null);
  ms.fingerprint = performance.now() - started;
  let content: Promise<string | null> | undefined;
  const contentOnce = () => (content ??= contentFingerprint(knowledgeDir, ignore).catch(() => null));
  let status: CacheReport['status'] = 'forced';
  let reason = 'rebuild requested';
  if (fingerprint === null) {
    status = 'missing';
    reason = 'the knowledge folder cannot be listed';
  } else if (!options.force) {
    started = performance.now();
    const loaded = await loadKnowledgeCache(file, { stat: fingerprint, content: async () => (await contentOnce()) ?? '' });
    ms.load = performance.now() - started;
    if (loaded.status === 'hit') {
      const problems = loaded.saved.problems.map(({ file: name, problem }) => new KnowledgeError(name, problem));
      const how = loaded.header.fingerprint === fingerprint ? 'fingerprint matches' : 'file contents match (copied or moved knowledge)';
      return { kb: loaded.saved.kb, problems, cache: { file, status: 'hit', reason: how, ms } };
    }
    ({ status, reason } = loaded);
  }
  started = performance.now();
  // Hashing the contents now, before the files are parsed, keeps the same edit-during-build rule.
  const contentPrint = fingerprint === null ? null : await contentOnce();
  // The story parser (and zod behind it) loads only when the index has to be built.
  const { loadKnowledge } = await import('../knowledge/load.js');
  const { stories, problems } = await loadKnowledge(knowledgeDir, options.settleMs === undefined ? {} : { settleMs: options.settleMs });
  const kb = buildKnowledgeBase(stories);
  ms.build = performance.now() - started;
  const cache: CacheReport = { file, status, reason, ms };
  if (fingerprint !== null) {
    started = performance.now();
    const saved: SavedProblem[] = problems.map(({ file: name, problem }) => ({ file: name, problem }));
    try {
      cache.savedBytes = await saveKnowledge(file, kb, saved, fingerprint, contentPrint ?? undefined, resolve(knowledgeDir));
      // Only in the cache folder it owns: an index shipped elsewhere (cacheFile) sits among other files.
      if (!options.cacheFile) cache.removed = await removeSuperseded(options.cacheDir, file, (dir) => cacheFileOf(options.cacheDir, dir));
    } catch (error) {
      cache.status = 'unsaved';
      cache.reason = `${reason}; saving failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    ms.save = performance.now() - started;
  }
  return { kb, problems, cache };
}
