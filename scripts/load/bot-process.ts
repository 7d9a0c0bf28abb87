import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { settledHeap } from './stats.js';

/**
 * The bot side of a load run, in its own process (forked by the load script with IPC), so the
 * load generator and the fakes neither share its CPU nor count towards its memory. It runs the
 * real core and the real adapter; the parent tells it what to start and asks for heap readings.
 */
export type BotRequest = { type: 'heap' } | { type: 'stop' };
export type BotReply =
  | { type: 'ready'; url?: string }
  | { type: 'heap'; heap: number; errors: number; cpuMs: number; stallMs: number; firstError?: string }
  | { type: 'failed'; message: string };

/** Counts error lines without keeping them, so the log adds nothing to the heap being measured. */
export class ErrorCounter extends Writable {
  errors = 0;
  first: string | undefined;
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of String(chunk).split('\n')) {
      if (line.includes('"level":50') || line.includes('"level":60')) {
        this.errors += 1;
        this.first ??= line.slice(0, 2_000);
      }
    }
    done();
  }
}

/** Runs a started adapter until the parent says stop, answering heap requests meanwhile. */
export function serve(counter: ErrorCounter, ready: { url?: string }, stop: () => Promise<void>): void {
  const send = (reply: BotReply): void => void process.send?.(reply);
  // Longest event-loop stall since the previous reading: tells a busy bot from a slow network.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  process.on('message', (request: BotRequest) => {
    if (request.type === 'heap') {
      const stallMs = delay.max / 1e6;
      delay.reset();
      void settledHeap().then((heap) => send({ type: 'heap', heap, errors: counter.errors, cpuMs: cpuMs(), stallMs, ...(counter.first ? { firstError: counter.first } : {}) }));
    } else if (request.type === 'stop') {
      void stop().then(() => process.disconnect());
    }
  });
  send({ type: 'ready', ...ready });
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export function fail(error: unknown): void {
  process.send?.({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies BotReply);
  process.exitCode = 1;
  process.disconnect();
}
