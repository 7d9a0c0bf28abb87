import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The built trainer (`npm test` builds first): --help must answer before anything is fitted or written. */
const train = new URL('../../../dist/scripts/train/main.js', import.meta.url).pathname;

describe('npm run train', () => {
  it('--help prints the usage and exits 0 without training (data/verifier.json stays as it is)', () => {
    const { status, stdout, stderr } = spawnSync(process.execPath, [train, '--help'], { encoding: 'utf8', timeout: 15_000 });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^usage: npm run train -- \[options\][\s\S]*--no-ablation/);
    expect(status).toBe(0);
  });

  it('an unknown option is one line, exit 2', () => {
    const { status, stderr } = spawnSync(process.execPath, [train, '--frobnicate'], { encoding: 'utf8', timeout: 15_000 });
    expect(stderr).toBe("train: unknown option '--frobnicate' (`npm run train -- --help` lists the options)\n");
    expect(status).toBe(2);
  });
});
