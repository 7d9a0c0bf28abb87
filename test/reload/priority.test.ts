import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBuilder } from '../../src/reload/builder.js';

/** A thread's nice value, from /proc (field 19 of its stat line, counted after the command name). */
function niceOf(tid: string): number {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

describe.runIf(process.platform === 'linux')('the reload worker', () => {
  it('builds at the lowest priority, so answers on the main thread go first; the main thread keeps its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storybot-priority-'));
    const builder = startBuilder(dir, new Map());
    try {
      await writeFile(join(dir, 'bridge.md'), 'The mayor, Jane Doe, opened the bridge on Monday.\n');
      expect((await builder.build()).kind).toBe('built');
      const threads = readdirSync('/proc/self/task');
      expect(threads.map(niceOf)).toContain(19);
      expect(niceOf(String(process.pid))).not.toBe(19);
    } finally {
      await builder.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
