import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The built bench (`npm test` builds before the tests run), as `npm run bench -- …` starts it. */
const bench = new URL('../../../dist/scripts/bench/main.js', import.meta.url).pathname;
const run = (args: string[]) => spawnSync(process.execPath, [bench, ...args], { encoding: 'utf8', timeout: 15_000 });

describe('npm run bench', () => {
  it('--help and -h print the usage and options before measuring anything, exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout, stderr } = run([flag]);
      expect(status).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^usage: npm run bench -- \[options\]/);
      expect(stdout).toMatch(/--corpora LIST[\s\S]*--reload-only/);
    }
  });

  it('an unknown option is one line, exit 2, no stack trace', () => {
    const { status, stdout, stderr } = run(['--frobnicate']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("bench: unknown option '--frobnicate' (`npm run bench -- --help` lists the options)\n");
  });
});
