import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBuilder } from '../../src/reload/builder.js';

/** The worker's nice value (src/reload/worker.ts), which cannot be imported: importing it starts a worker. */
const RELOAD_WORKER_NICE_EXPECTED = 5;

/** A thread's nice value, from /proc (field 19 of its stat line, counted after the command name). */
function niceOf(tid: string): number {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

describe.runIf(process.platform === 'linux')('the reload worker', () => {
  it('builds at a lower priority, so answers on the main thread go first; the main thread keeps its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storybot-priority-'));
    const builder = startBuilder(dir, new Map());
    try {
      await writeFile(join(dir, 'bridge.md'), 'The mayor, Jane Doe, opened the bridge on Monday.\n');
      expect((await builder.build()).kind).toBe('built');
      const threads = readdirSync('/proc/self/task');
      expect(threads.map(niceOf)).toContain(RELOAD_WORKER_NICE_EXPECTED);
      expect(niceOf(String(process.pid))).not.toBe(RELOAD_WORKER_NICE_EXPECTED);
    } finally {
      await builder.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
