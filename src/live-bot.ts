import type { AskOptions, StoryBot, StoryInfo } from './bot.js';
import { createConversationStore } from './conversation.js';
import { createBot, createEngine, type EngineOptions } from './engine.js';
import { KnowledgeError } from './knowledge/errors.js';
import { entriesFor, hashStoryFiles, refreshStories, type FileEntry } from './knowledge/refresh.js';
import { watchFolder, type FolderWatch } from './knowledge/watch.js';
import type { Logger } from './log.js';
import { openKnowledge } from './knowledge-base/cache.js';

export interface LiveBotOptions extends EngineOptions {
  knowledgeDir: string;
  logger?: Logger;
  /** Quiet time after the last file event before reloading (an editor save fires several). */
  debounceMs?: number;
  /**
   * Where the persisted index lives. When set, the first version comes from it (a fast start on a
   * large folder); versions after a change are built in memory, off to the side.
   */
  cacheDir?: string;
  /** False: load once and never watch (tests, one-shot commands). */
  watch?: boolean;
  /** Told about each file that could not be read, at start-up and on every reload. */
  onProblem?: (problem: KnowledgeError) => void;
  /** Told after each reload attempt; `swapped` is true when a new version is now being served. */
  onReload?: (result: ReloadResult) => void;
}

export interface ReloadResult {
  swapped: boolean;
  version: number;
  stories: number;
  problems: KnowledgeError[];
  ms: number;
}

/** A StoryBot that follows its knowledge folder while it runs. */
export interface LiveBot extends StoryBot {
  /** How many versions of the knowledge have been served (1 after start-up). */
  readonly version: number;
  /** Re-reads the folder now (the watcher calls this, debounced). Concurrent calls coalesce. */
  reload(): Promise<ReloadResult>;
  /** Stops watching; the bot keeps answering from the version it has. */
  close(): Promise<void>;
}

function storiesOf(files: ReadonlyMap<string, FileEntry>) {
  return [...files.values()].map((entry) => entry.story);
}

/**
 * The first version: through the persisted index when there is one (its stories are not parsed
 * again; only their bytes are hashed, for change detection), else read and parsed directly.
 */
async function openFirstVersion(
  options: LiveBotOptions,
  report: (problems: KnowledgeError[]) => void,
): Promise<{ files: Map<string, FileEntry>; current: StoryBot }> {
  const dir = options.knowledgeDir;
  if (options.cacheDir) {
    const hashes = await hashStoryFiles(dir);
    const opened = await openKnowledge(dir, { cacheDir: options.cacheDir });
    report(opened.problems);
    return { files: entriesFor(opened.kb.corpus.stories, hashes), current: createEngine(opened.kb, options) };
  }
  const first = await refreshStories(dir, new Map());
  report(first.problems);
  if (first.files.size === 0) {
    const detail = first.problems.length > 0 ? ` (${first.problems.map((problem) => problem.message).join('; ')})` : '';
    throw new KnowledgeError(dir, `the knowledge folder has no readable story${detail}; add a .md or .txt file`);
  }
  return { files: first.files, current: createBot(storiesOf(first.files), options) };
}

/**
 * Opens the knowledge folder and keeps following it. Each reload builds a complete new bot off to
 * the side and swaps one reference when it is done, so a question is always answered by exactly
 * one whole version: never a half-built index. Conversations outlive a swap: a remembered turn is
 * plain data, resolved against the version that answers the follow-up (see turn-record.ts).
 */
export async function openLiveBot(liveOptions: LiveBotOptions): Promise<LiveBot> {
  const options: LiveBotOptions = {
    ...liveOptions,
    conversations: liveOptions.conversations ?? createConversationStore(liveOptions.maxConversations, liveOptions.conversationTtlMs),
  };
  const { knowledgeDir: dir, logger } = options;
  const report = (problems: KnowledgeError[]): void => {
    for (const problem of problems) {
      logger?.warn({ file: problem.file, reason: problem.problem }, 'knowledge file skipped; keeping its last good version if there is one');
      options.onProblem?.(problem);
    }
  };

  let { files, current } = await openFirstVersion(options, report);
  let version = 1;
  let running: Promise<ReloadResult> | undefined;
  let again = false;

  const reloadOnce = async (): Promise<ReloadResult> => {
    const started = performance.now();
    const done = (swapped: boolean, problems: KnowledgeError[]): ReloadResult => {
      const result = { swapped, version, stories: files.size, problems, ms: Math.round(performance.now() - started) };
      options.onReload?.(result);
      return result;
    };
    let next;
    try {
      next = await refreshStories(dir, files);
    } catch (error) {
      const problem = error instanceof KnowledgeError ? error : new KnowledgeError(dir, String(error));
      logger?.error({ folder: dir, reason: problem.problem }, 'knowledge folder unreadable; still answering from the last good version');
      return done(false, [problem]);
    }
    report(next.problems);
    if (next.files.size === 0) {
      logger?.error({ folder: dir }, 'knowledge folder has no readable story; still answering from the last good version');
      return done(false, next.problems);
    }
    if (!next.changed) return done(false, next.problems);
    // Built completely before it is swapped in: askers see the old version until this line ends.
    const bot = createBot(storiesOf(next.files), options);
    files = next.files;
    current = bot;
    version += 1;
    logger?.info({ version, stories: files.size, ms: Math.round(performance.now() - started) }, 'knowledge reloaded');
    return done(true, next.problems);
  };

  const reload = (): Promise<ReloadResult> => {
    if (running) {
      // A change arrived mid-reload: read the folder once more afterwards so it is not missed.
      again = true;
      return running;
    }
    running = (async () => {
      let result = await reloadOnce();
      while (again) {
        again = false;
        result = await reloadOnce();
      }
      return result;
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  let watcher: FolderWatch | undefined;
  if (options.watch !== false) {
    watcher = watchFolder(dir, {
      ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
      onChange: () => void reload().catch((error: unknown) => logger?.error({ err: error }, 'knowledge reload failed')),
      onError: (error) => logger?.warn({ folder: dir, reason: error.message }, 'watching the knowledge folder failed; retrying'),
    });
  }

  return {
    get version() {
      return version;
    },
    ask: (question: string, askOptions?: AskOptions) => current.ask(question, askOptions),
    stories: (): StoryInfo[] => current.stories(),
    suggest: (typed: string, limit?: number) => current.suggest(typed, limit),
    exampleQuestion: () => current.exampleQuestion(),
    reload,
    async close() {
      watcher?.close();
      watcher = undefined;
      await running?.catch(() => undefined);
    },
  };
}
