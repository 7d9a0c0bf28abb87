import { describeChanges, skippedOutcome } from '../knowledge/changes.js';
import { inert } from '../text/terminal.js';
import { cacheDirOf, openBotFor, type PathSettings } from './common.js';
import type { CommandIO } from './types.js';

/**
 * The terminal chat. A person at a terminal gets a bot that follows the knowledge folder, so a
 * story saved while they chat is answered at once; piped input, which ends, loads the folder once
 * (the live bot's modules cost start-up time a batch does not need).
 */
export async function runChat(io: CommandIO, knowledgeDir: string, paths: PathSettings): Promise<number> {
  const { ReplNotices, runRepl } = await import('../../adapters/repl/index.js');
  if (!io.stdin.isTTY) {
    await runRepl({ bot: await openBotFor(io, knowledgeDir, paths), input: io.stdin, output: io.stdout, onError: reportTo(io) });
    return 0;
  }
  const { openLiveBot } = await import('../live-bot.js');
  // On stderr, like every warning; the chat draws its prompt again under each one that arrives while it waits.
  const notices = new ReplNotices(io.stderr);
  const bot = await openLiveBot({
    knowledgeDir,
    cacheDir: cacheDirOf(paths),
    onProblem: (problem, kept) => notices.print(`warning: skipped ${problem.message}; ${skippedOutcome(kept)}`),
    onReload: (result) => {
      if (result.swapped) notices.print(`(stories reloaded: ${describeChanges(result.changes)})`);
      // Said in the chat itself: the person there would otherwise keep reading answers from stories that are gone.
      else if (result.emptied) notices.print(`(the knowledge folder has no readable story now; still answering from the last good version: ${result.stories} ${result.stories === 1 ? 'story' : 'stories'})`);
    },
  });
  try {
    await runRepl({ bot, input: io.stdin, output: io.stdout, onError: reportTo(io), notices });
  } finally {
    await bot.close();
  }
  return 0;
}

/** An answer that threw: one line on stderr, so the chat on stdout stays readable. */
const reportTo =
  (io: CommandIO) =>
  (error: unknown): void =>
    void io.stderr.write(`storybot: internal error while answering (${inert(error instanceof Error ? error.message : String(error))})\n`);
