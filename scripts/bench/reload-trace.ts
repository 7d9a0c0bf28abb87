/**
 * Diagnostics for the reload row (not part of `npm run bench`): the same measurement as reload.ts,
 * writing a trace of every answer (arrival, start, end), every garbage collection on the answering
 * thread, and the reload's log lines, with process.hrtime timestamps in microseconds (the clock a
 * `--cpu-prof` profile uses), so slow answers can be matched to what the thread was doing.
 * Usage: node [--cpu-prof] dist/scripts/bench/reload-trace.js 10000 trace.json
 */
import { appendFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { Writable } from 'node:stream';
import { openLiveBot } from '../../src/live-bot.js';
import { createLogger } from '../../src/log.js';
import { warmUp } from '../../src/warm-up.js';
import { copyArchive } from './reload-copy.js';
import { percentile } from './stats.js';

const us = (): number => Number(process.hrtime.bigint() / 1000n);
const offsetUs = us() - performance.now() * 1000; // performance.now() → hrtime µs

const [name = '10000', out = 'reload-trace.json'] = process.argv.slice(2);
const gcs: { at: number; ms: number; kind: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcs.push({ at: offsetUs + entry.startTime * 1000, ms: entry.duration, kind: ((entry as unknown as { detail?: { kind?: number } }).detail)?.kind ?? -1 });
}).observe({ entryTypes: ['gc'] });
const logs: { at: number; line: string }[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    logs.push({ at: us(), line: String(chunk).trim() });
    done();
  },
});

const { work, dir, cacheDir, questions } = await copyArchive(name, 'storybot-bench-reload-trace-');
try {
  const bot = await openLiveBot({ knowledgeDir: dir, cacheDir, watch: false, logger: createLogger({ level: 'debug', destination: sink, format: 'json' }) });
  warmUp(bot);
  const capacityStarted = performance.now();
  for (const question of questions) bot.ask(question);
  const interval = (performance.now() - capacityStarted) / questions.length / 0.25;
  await bot.reload();
  const [first] = (await readdir(dir)).sort();
  await appendFile(join(dir, first ?? ''), '\nA spokesperson added on Tuesday that the review would finish in the spring.\n');
  const answers: { arrival: number; start: number; end: number }[] = [];
  let swappedAt: number | undefined;
  const reloadStart = us();
  const reloading = bot.reload().finally(() => {
    swappedAt = performance.now();
  });
  const start = performance.now();
  for (let at = 0; swappedAt === undefined || performance.now() - swappedAt < 5_000; at++) {
    const arrival = start + at * interval;
    const wait = arrival - performance.now();
    if (wait > 0) await sleep(wait);
    else await nextTurn();
    const began = us();
    bot.ask(questions[at % questions.length] ?? '');
    answers.push({ arrival: offsetUs + arrival * 1000, start: began, end: us() });
  }
  const result = await reloading;
  const swapUs = offsetUs + (swappedAt ?? 0) * 1000;
  const latencies = answers.filter((a) => a.arrival < swapUs).map((a) => (a.end - a.arrival) / 1000);
  const after = answers.filter((a) => a.arrival >= swapUs).map((a) => (a.end - a.arrival) / 1000);
  await writeFile(out, JSON.stringify({ interval, reloadStart, reloadEnd: swapUs, result, answers, gcs, logs }));
  process.stdout.write(
    `${JSON.stringify({ ...result, problems: undefined, answers: latencies.length, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: Math.max(...latencies), after: after.length, afterP99: percentile(after, 0.99), afterMax: Math.max(...after), interval })}\n`,
  );
  await bot.close();
} finally {
  await rm(work, { recursive: true, force: true });
}
