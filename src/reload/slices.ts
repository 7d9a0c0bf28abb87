import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Steps } from '../steps.js';

/**
 * How long the answering thread works on a reload before letting queued questions go first. A
 * question that arrives mid-slice waits at most about this long (plus one step), far inside the
 * bench's 50 ms p99 target; smaller slices only add turns of the event loop.
 */
export const SLICE_BUDGET_MS = 4;

/** What running steps in slices cost the answering thread. */
export interface SliceStats {
  /** Time spent running steps (the sum of the slices). */
  busyMs: number;
  /** The longest single slice: the most a question could wait for this work. */
  longestMs: number;
  slices: number;
}

export function emptyStats(): SliceStats {
  return { busyMs: 0, longestMs: 0, slices: 0 };
}

/**
 * Runs `steps`, pausing for a macrotask (setImmediate: after pending I/O, so a question that came
 * in meanwhile is answered first) whenever a slice has used `budgetMs`. Adds what it cost to `stats`.
 */
export async function runInSlices<T>(steps: Steps<T>, stats: SliceStats = emptyStats(), budgetMs = SLICE_BUDGET_MS): Promise<T> {
  for (;;) {
    const started = performance.now();
    let next = steps.next();
    while (!next.done && performance.now() - started < budgetMs) next = steps.next();
    const spent = performance.now() - started;
    stats.busyMs += spent;
    stats.longestMs = Math.max(stats.longestMs, spent);
    stats.slices += 1;
    if (next.done) return next.value;
    await nextTurn();
  }
}

/** One synchronous piece of work as a slice of its own (measured like the others). */
export async function runSlice<T>(work: () => T, stats: SliceStats): Promise<T> {
  // eslint-disable-next-line require-yield
  return runInSlices((function* () {
    return work();
  })(), stats, Infinity);
}
