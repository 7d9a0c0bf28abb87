import { appendFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { openLiveBot } from '../../src/live-bot.js';
import { warmUp } from '../../src/warm-up.js';
import { copyArchive } from './reload-copy.js';
import { percentile } from './stats.js';

/**
 * The "answers while reloading" row, in a process of its own: a live bot over a copy of an
 * archive (so the edit disturbs no other row), one story edited, and questions answered one after
 * another for as long as the reload runs. What an asker on Slack or Discord sees while an editor
 * saves a story: each answer's wall time, including any wait for the reload's work on this thread.
 */
/**
 * Questions arrive at a quarter of what this machine answers back to back (measured just before,
 * on the same bot): a busy bot with headroom. A fixed rate would saturate a loaded machine and
 * measure the queue rather than the reload.
 */
const UTILISATION = 0.25;
/** How long questions keep arriving after the swap (the "after the swap" rows). */
const AFTER_SWAP_MS = 5_000;

async function measure(name: string): Promise<Record<string, number>> {
  const { work, dir, cacheDir, questions } = await copyArchive(name, `storybot-bench-reload-${name}-`);
  try {
    const bot = await openLiveBot({ knowledgeDir: dir, cacheDir, watch: false });
    try {
      warmUp(bot);
      const capacityStarted = performance.now();
      for (const question of questions) bot.ask(question);
      const interval = (performance.now() - capacityStarted) / questions.length / UTILISATION;
      // A running bot has had its start-up reload (the watcher checks the folder once it starts),
      // which spawns the worker and hands it the stories: not part of an edit's cost.
      await bot.reload();
      const [first] = (await readdir(dir)).sort();
      await appendFile(join(dir, first ?? ''), '\nA spokesperson added on Tuesday that the review would finish in the spring.\n');
      // Open loop: questions arrive on a schedule, whether or not the bot is free, as on a busy
      // server. Latency runs from arrival to answer, so time this thread spends on the reload
      // (decoding, swapping) shows up in the answers that waited for it.
      const latencies: number[] = [];
      // Questions keep arriving for a while after the swap: what the new version computes on
      // first use, and the collection of the old one, land there.
      const after: number[] = [];
      let swappedAt: number | undefined;
      const reloading = bot.reload().finally(() => {
        swappedAt = performance.now();
      });
      const start = performance.now();
      for (let at = 0; swappedAt === undefined || performance.now() - swappedAt < AFTER_SWAP_MS; at++) {
        const arrival = start + at * interval;
        const wait = arrival - performance.now();
        if (wait > 0) await sleep(wait);
        else await nextTurn();
        bot.ask(questions[at % questions.length] ?? '');
        (swappedAt === undefined || arrival < swappedAt ? latencies : after).push(performance.now() - arrival);
      }
      const result = await reloading;
      if (!result.swapped) throw new Error(`the reload did not swap (${result.problems.map((problem) => problem.message).join('; ')})`);
      return {
        reloadMs: result.ms,
        reloadBlockedMs: result.blockedMs,
        reloadLongestBlockMs: result.longestBlockMs,
        reloadSlices: result.slices,
        reloadAnswers: latencies.length,
        reloadP50: percentile(latencies, 0.5),
        reloadP99: percentile(latencies, 0.99),
        reloadMax: Math.max(...latencies),
        reloadIntervalMs: interval,
        reloadAfterAnswers: after.length,
        reloadAfterP99: percentile(after, 0.99),
        reloadAfterMax: Math.max(...after),
      };
    } finally {
      await bot.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const [name] = process.argv.slice(2);
if (name && name !== 'story') process.stdout.write(`${JSON.stringify(await measure(name))}\n`);
