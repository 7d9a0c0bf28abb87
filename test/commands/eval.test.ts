import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import type { EvalSummary } from '../../src/eval/run.js';

// Two quick stand-in sets: what is under test is what `npm run eval` prints while it works.
vi.mock('../../src/eval/sets.js', () => ({ QUESTION_SETS: [{ name: 'first set' }, { name: 'second set' }] }));
vi.mock('../../src/eval/held-out.js', () => ({
  runHeldOut: async (set: { name: string }): Promise<Partial<EvalSummary>> => ({
    name: set.name, total: 3, results: [], answeredRight: 1, abstainedRight: null, precision: 1, coverage: 1, squad2F1: 1, exact: 1, f1: 1,
  }),
}));

async function evaluate(stderrIsTTY: boolean): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = new PassThrough().on('data', (chunk: Buffer) => (stdout += String(chunk)));
  const err = Object.assign(new PassThrough().on('data', (chunk: Buffer) => (stderr += String(chunk))), { isTTY: stderrIsTTY });
  expect(await main(['eval'], { env: {}, stdin: new PassThrough(), stdout: out, stderr: err })).toBe(0);
  return { stdout, stderr };
}

describe('npm run eval progress', () => {
  it('at a terminal says which set it is scoring, one line per set, on stderr', async () => {
    const { stdout, stderr } = await evaluate(true);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^eval: first set \(set 1 of 2\) … 3 questions in \d+\.\d s$/);
    expect(lines[1]).toMatch(/^eval: second set \(set 2 of 2\) … 3 questions in \d+\.\d s$/);
    expect(stdout).not.toContain('eval:');
  });

  it('into a pipe or a log, prints only the table', async () => {
    const { stdout, stderr } = await evaluate(false);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/\| question set \|[\s\S]*\| first set[\s\S]*\| second set/);
  });
});
