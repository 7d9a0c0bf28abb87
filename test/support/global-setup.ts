import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Around the whole run: one temp folder for every persisted index the tests make (in-process via
 * `testCacheDir()`, child processes via STORYBOT_CACHE_DIR), and a check that the run left the
 * work tree and the project's own `.cache/` exactly as it found them. A test that writes there
 * fails the run, named by the file it touched.
 */
const root = new URL('../..', import.meta.url).pathname;

function snapshot(): Map<string, string> {
  const entries = new Map<string, string>();
  try {
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
    for (const line of status.split('\n').filter(Boolean)) entries.set(`work tree: ${line.slice(3)}`, line.slice(0, 2));
  } catch {
    // Not a git checkout (an unpacked tarball): the .cache/ check below still holds.
  }
  const cache = join(root, '.cache');
  for (const name of (() => {
    try {
      return readdirSync(cache);
    } catch {
      return [];
    }
  })()) {
    const info = statSync(join(cache, name), { throwIfNoEntry: false });
    entries.set(`.cache/${name}`, info ? `${info.size} ${info.mtimeMs}` : 'gone');
  }
  return entries;
}

export default function setup(project: TestProject): () => void {
  const cacheDir = mkdtempSync(join(tmpdir(), 'storybot-test-cache-'));
  project.provide('cacheDir', cacheDir);
  const before = snapshot();
  return () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const after = snapshot();
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key)).sort();
    if (changed.length === 0) return;
    process.stderr.write(`\nThe tests changed files outside their temp folders (tests must write only to os.tmpdir()):\n${changed.map((key) => `  ${key}`).join('\n')}\n`);
    process.exitCode = 1;
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    cacheDir: string;
  }
}
