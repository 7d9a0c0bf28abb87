import type { StoryBot } from './bot.js';
import { createEngine, type EngineOptions } from './engine.js';
import type { KnowledgeError } from './knowledge/errors.js';
import { DEFAULT_CACHE_DIR } from './paths.js';
import { openKnowledge, type CacheReport } from './knowledge-base/cache.js';

export interface OpenOptions extends EngineOptions {
  knowledgeDir: string;
  /** Told about each file that could not be read; the other stories still load. */
  onProblem?: (problem: KnowledgeError) => void;
  /** Where the persisted index lives (default `.cache/` in the project). */
  cacheDir?: string;
  /**
   * One exact persisted index file (default: a file in `cacheDir` named after the knowledge
   * folder's path; the CLI passes `STORYBOT_INDEX_FILE`). Built once with `storybot index --cache-file`, it
   * can be shipped with the knowledge: it is used wherever the files' contents match.
   */
  cacheFile?: string;
  /** How long a story file must stay unchanged before it is read (default `SETTLE_MS`, src/knowledge/settle.ts). */
  settleMs?: number;
  /** Told whether the persisted index was used or rebuilt, and why. */
  onCache?: (report: CacheReport) => void;
}

/** Loads the knowledge folder (through the persisted index when it is fresh) and returns the bot that answers from it. */
export async function openBot(options: OpenOptions): Promise<StoryBot> {
  const { kb, problems, cache } = await openKnowledge(options.knowledgeDir, {
    cacheDir: options.cacheDir ?? DEFAULT_CACHE_DIR,
    ...(options.cacheFile ? { cacheFile: options.cacheFile } : {}),
    ...(options.settleMs === undefined ? {} : { settleMs: options.settleMs }),
  });
  options.onCache?.(cache);
  for (const problem of problems) options.onProblem?.(problem);
  return createEngine(kb, options);
}
