import type { AskOptions, StoryBot, StoryInfo } from './bot.js';
import { createConversationStore } from './conversation.js';
import { createEngine, prepareSteps, type EngineOptions } from './engine.js';
import { describeChanges, NO_CHANGES, skippedOutcome, type StoryChanges } from './knowledge/changes.js';
import { KnowledgeError } from './knowledge/errors.js';
import { entriesFor, hashStoryFiles, refreshStories, type FileEntry } from './knowledge/refresh.js';
import { watchFolder, type FolderWatch } from './knowledge/watch.js';
import type { Logger } from './log.js';
import { runToEnd, type Steps } from './steps.js';
import { openKnowledge } from './knowledge-base/cache.js';
import { buildKnowledgeBase } from './knowledge-base/knowledge-base.js';
import { deserializeKnowledgeSteps } from './knowledge-base/persist.js';
import { startBuilder, type Builder } from './reload/builder.js';
import type { BuildReply } from './reload/protocol.js';
import { emptyStats, runInSlices, SLICE_BUDGET_MS } from './reload/slices.js';
import { warmUpSteps } from './warm-up.js';

export interface LiveBotOptions extends EngineOptions {
  knowledgeDir: string;
  logger?: Logger;
  /** Quiet time after the last file event before reloading (an editor save fires several). */
  debounceMs?: number;
  /**
   * Where the persisted index lives. When set, the first version comes from it (a fast start on a
   * large folder). Versions after a change are built in a worker thread (see src/reload/).
   */
  cacheDir?: string;
  /** False: load once and never watch (tests, one-shot commands). */
  watch?: boolean;
  /** How long a story file must stay unchanged before it is read (default `SETTLE_MS`, src/knowledge/settle.ts). */
  settleMs?: number;
  /**
   * Told about each file that could not be read: at start-up, and on a reload when the file's problem
   * is new (not again while it stays broken the same way; `onReload` lists every problem each time).
   * `kept`: the file's last good version is still answering (false: the file is not loaded).
   */
  onProblem?: (problem: KnowledgeError, kept: boolean) => void;
  /** Told after each reload attempt; `swapped` is true when a new version is now being served. */
  onReload?: (result: ReloadResult) => void;
  /**
   * How long this thread works on taking over a new version before letting waiting questions go
   * first (default `SLICE_BUDGET_MS`). Start-up decodes in one go; only reloads are sliced.
   */
  sliceBudgetMs?: number;
}

export interface ReloadResult {
  swapped: boolean;
  /** The folder has no readable story: the last good version keeps answering. */
  emptied: boolean;
  version: number;
  stories: number;
  /** The files this reload added, updated or removed (none unless `swapped`). */
  changes: StoryChanges;
  problems: KnowledgeError[];
  ms: number;
  /**
   * Of `ms`, the time the answering thread was busy with this reload (decoding the new version,
   * warming it), in slices between answers. The rest ran in the worker.
   */
  blockedMs: number;
  /** The longest of those slices: the most a question arriving at the worst moment waited for the reload. */
  longestBlockMs: number;
  /** How many slices the answering thread's part was cut into. */
  slices: number;
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
 * Prepared as a reload prepares each new version (the spelling vocabulary, passage positions:
 * about a second at 200,000 passages), in one go: a bot that runs for hours pays for it while it
 * starts, not in its first question. The one-shot `ask` opens its bot elsewhere (src/open.ts) and
 * derives only what its question needs.
 */
async function openFirstVersion(
  options: LiveBotOptions,
  report: (problems: KnowledgeError[], kept?: ReadonlySet<string>) => void,
): Promise<{ files: Map<string, FileEntry>; current: StoryBot }> {
  const dir = options.knowledgeDir;
  const settle = options.settleMs === undefined ? {} : { settleMs: options.settleMs };
  if (options.cacheDir) {
    const hashes = await hashStoryFiles(dir);
    const opened = await openKnowledge(dir, { cacheDir: options.cacheDir, ...settle });
    report(opened.problems);
    runToEnd(prepareSteps(opened.kb));
    return { files: entriesFor(opened.kb.corpus.stories, hashes), current: createEngine(opened.kb, options) };
  }
  const first = await refreshStories(dir, new Map(), settle);
  report(first.problems);
  if (first.files.size === 0) {
    const detail = first.problems.length > 0 ? ` (${first.problems.map((problem) => problem.message).join('; ')})` : '';
    throw new KnowledgeError(dir, `the knowledge folder has no readable story${detail}; add a .md or .txt file`);
  }
  const kb = buildKnowledgeBase(storiesOf(first.files));
  runToEnd(prepareSteps(kb));
  return { files: first.files, current: createEngine(kb, options) };
}

/**
 * Opens the knowledge folder and keeps following it. Each reload reads and builds the complete new
 * version in a worker thread; this thread only decodes it and warms it (suggestion catalogue, first
 * answer), in slices of a few milliseconds between answers, then swaps one reference, so a question
 * is always answered by exactly one whole version and never waits for more than one slice.
 * Conversations outlive a swap: a remembered turn is plain data, resolved against the version
 * that answers the follow-up (see turn-record.ts).
 */
export async function openLiveBot(liveOptions: LiveBotOptions): Promise<LiveBot> {
  const options: LiveBotOptions = {
    ...liveOptions,
    conversations: liveOptions.conversations ?? createConversationStore(liveOptions.maxConversations, liveOptions.conversationTtlMs),
  };
  const { knowledgeDir: dir, logger } = options;
  // Every read of the folder lists every file it could not read, and the folder is read again soon
  // after start-up (the watcher's catch-up for changes made while nobody watched) and whenever any
  // story changes. A file is reported when its problem is new, not again while it stays broken the same way.
  let reported = new Map<string, string>();
  // `kept`: files whose last good version is still served (none at start-up: nothing was served before).
  const report = (problems: KnowledgeError[], kept: ReadonlySet<string> = new Set()): void => {
    for (const problem of problems) {
      if (reported.get(problem.file) === problem.problem) continue;
      const keeps = kept.has(problem.file);
      logger?.warn({ file: problem.file, reason: problem.problem }, `knowledge file skipped; ${skippedOutcome(keeps)}`);
      options.onProblem?.(problem, keeps);
    }
    reported = new Map(problems.map((problem) => [problem.file, problem.problem]));
  };

  const first = await openFirstVersion(options, report);
  let current = first.current;
  let stories = first.files.size;
  let version = 1;
  let running: Promise<ReloadResult> | undefined;
  let again = false;
  // From the versions served now, so a file that breaks later keeps this one; a bot that does not
  // watch starts it at its first reload.
  let builder: Builder | undefined = options.watch === false ? undefined : startBuilder(dir, first.files, options.settleMs);

  // Decoding and warming the new version, as steps run between answers; nobody sees it until the swap.
  function* takeOver(reply: Extract<BuildReply, { kind: 'built' }>): Steps<StoryBot> {
    const { kb } = yield* deserializeKnowledgeSteps(Buffer.from(reply.bytes));
    yield* prepareSteps(kb);
    const next = createEngine(kb, { ...options, catalogue: reply.catalogue });
    yield;
    yield* warmUpSteps(next);
    return next;
  }

  const reloadOnce = async (): Promise<ReloadResult> => {
    const started = performance.now();
    const blocked = emptyStats();
    const done = (swapped: boolean, problems: KnowledgeError[], emptied = false, changes = NO_CHANGES): ReloadResult => {
      const result = {
        swapped,
        emptied,
        version,
        stories,
        changes,
        problems,
        ms: Math.round(performance.now() - started),
        blockedMs: Math.round(blocked.busyMs),
        longestBlockMs: Math.round(blocked.longestMs * 10) / 10,
        slices: blocked.slices,
      };
      options.onReload?.(result);
      return result;
    };
    let reply: BuildReply;
    try {
      builder ??= startBuilder(dir, first.files, options.settleMs);
      reply = await builder.build();
    } catch (error) {
      logger?.error({ folder: dir, err: error }, 'knowledge reload failed; still answering from the last good version');
      return done(false, [new KnowledgeError(dir, error instanceof Error ? error.message : String(error))]);
    }
    const problems = reply.problems.map(({ file, problem }) => new KnowledgeError(file, problem));
    report(problems, new Set(reply.problems.filter((problem) => problem.kept).map((problem) => problem.file)));
    if (reply.kind === 'failed') {
      logger?.error({ folder: dir, reason: reply.reason }, 'knowledge folder unreadable; still answering from the last good version');
      return done(false, [new KnowledgeError(dir, reply.reason)]);
    }
    if (reply.kind === 'empty') {
      logger?.error({ folder: dir, stories }, 'knowledge folder is empty (no readable story); still answering from the last good version');
      return done(false, problems, true);
    }
    if (reply.kind === 'unchanged') return done(false, problems);
    let next: StoryBot;
    logger?.debug({ version: version + 1, bytes: reply.bytes.byteLength }, 'taking over the rebuilt knowledge between answers');
    try {
      next = await runInSlices(takeOver(reply), blocked, options.sliceBudgetMs ?? SLICE_BUDGET_MS);
    } catch (error) {
      logger?.error({ folder: dir, err: error }, 'the rebuilt knowledge could not be opened; still answering from the last good version');
      return done(false, problems);
    }
    current = next;
    stories = reply.stories;
    version += 1;
    logger?.info(
      { version, stories, ...reply.changes, ms: Math.round(performance.now() - started), buildMs: Math.round(reply.buildMs), blockedMs: Math.round(blocked.busyMs), longestBlockMs: Math.round(blocked.longestMs), slices: blocked.slices },
      `knowledge reloaded: ${describeChanges(reply.changes)}`,
    );
    return done(true, problems, false, reply.changes);
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
      await builder?.close();
    },
  };
}
