import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileEntry } from '../knowledge/refresh.js';
import type { BuildReply, WorkerData } from './protocol.js';

/** The main thread's handle on the reload worker: one build at a time, in order. */
export interface Builder {
  /** Re-reads the folder in the worker; a new version comes back serialised. */
  build(): Promise<BuildReply>;
  close(): Promise<void>;
}

/**
 * The worker script next to this file. Compiled, it is plain JavaScript; from TypeScript source
 * (tests, tsx) the worker first registers tsx's loader, which `execArgv: ['--import', 'tsx']`
 * does not do for worker threads on Node 20.
 */
function spawnWorker(data: WorkerData): Worker {
  const self = fileURLToPath(import.meta.url);
  if (!self.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: data });
  // The ES module build of tsx's API (require.resolve finds its CommonJS twin, which cannot register from here).
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: data });
}

export function startBuilder(dir: string, files: ReadonlyMap<string, FileEntry>, settleMs?: number): Builder {
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (reply: BuildReply) => void; reject: (error: Error) => void }>();
  let known: [string, FileEntry][] = [...files];

  const ensure = (): Worker => {
    if (worker) return worker;
    const started = spawnWorker({ dir, files: known, ...(settleMs === undefined ? {} : { settleMs }) });
    // The first state has been handed over; a respawn after a crash starts from the folder alone.
    known = [];
    started.unref();
    started.on('message', (reply: BuildReply) => {
      waiting.get(reply.id)?.resolve(reply);
      waiting.delete(reply.id);
    });
    const fail = (error: Error): void => {
      worker = undefined;
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`the reload worker exited (code ${code})`)));
    worker = started;
    return started;
  };

  // Spawned now: handing the worker the stories (a structured clone) is work for this thread, better
  // done while the bot starts than while it answers.
  ensure();
  return {
    build() {
      const id = nextId++;
      return new Promise<BuildReply>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        ensure().postMessage({ id });
      });
    },
    async close() {
      const running = worker;
      worker = undefined;
      await running?.terminate();
    },
  };
}
