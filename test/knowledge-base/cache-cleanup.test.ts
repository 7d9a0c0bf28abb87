import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFileOf, openKnowledge } from '../../src/knowledge-base/cache.js';

/** Index files must not pile up in the cache folder: a save removes those nothing can use any more. */
let root: string;
let cacheDir: string;

async function folder(name: string): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'harbour.md'), '---\ntitle: Harbour report\n---\nThe harbour master Jane Doe released the inspection report on Friday.\n');
  return dir;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'storybot-cache-cleanup-'));
  cacheDir = join(root, 'cache');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('after a save, the cache folder keeps only what can still be used', () => {
  it('removes the index of a folder that is gone, an older format and an unfinished save of an ended process', async () => {
    const kept = await folder('other');
    await openKnowledge(kept, { cacheDir });
    const gone = await folder('gone');
    await openKnowledge(gone, { cacheDir });
    await rm(gone, { recursive: true });
    await writeFile(join(cacheDir, 'index-00000000000000aa.bin'), 'storybot-index v5\n{}\n');
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    await writeFile(join(cacheDir, `index-00000000000000bb.bin.${ended}.1.tmp`), 'half');
    await writeFile(join(cacheDir, 'notes.txt'), 'not an index');
    await writeFile(join(cacheDir, `index-00000000000000cc.bin.${process.pid}.1.tmp`), 'a save in progress');

    const current = await folder('current');
    const { cache } = await openKnowledge(current, { cacheDir });
    expect(cache.removed?.sort()).toEqual([cacheFileOf(cacheDir, gone), join(cacheDir, 'index-00000000000000aa.bin'), join(cacheDir, `index-00000000000000bb.bin.${ended}.1.tmp`)].map((path) => path.slice(cacheDir.length + 1)).sort());
    // Another folder's index may be another running bot's; a running save's file is still being written.
    expect((await readdir(cacheDir)).sort()).toEqual(
      [cacheFileOf(cacheDir, current), cacheFileOf(cacheDir, kept), join(cacheDir, `index-00000000000000cc.bin.${process.pid}.1.tmp`), join(cacheDir, 'notes.txt')].map((path) => path.slice(cacheDir.length + 1)).sort(),
    );
  });

  it('leaves the folder of an index shipped at its own path (STORYBOT_INDEX_FILE) alone', async () => {
    const shipped = join(root, 'shipped');
    await mkdir(shipped);
    await writeFile(join(shipped, 'index-00000000000000aa.bin'), 'storybot-index v5\n{}\n');
    const { cache } = await openKnowledge(await folder('stories'), { cacheDir, cacheFile: join(shipped, 'stories.index') });
    expect(cache.removed).toBeUndefined();
    expect(await readdir(shipped)).toContain('index-00000000000000aa.bin');
  });
});
