import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openKnowledge } from '../../src/knowledge-base/cache.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const root = mkdtempSync(join(tmpdir(), 'storybot-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a knowledge folder that is not a plain folder on disk', () => {
  it('is refused on the kernel’s virtual file systems, saying so, instead of reading live system files', async () => {
    await expect(loadKnowledge('/proc')).rejects.toThrow(/^\/proc: the knowledge folder is on the kernel's virtual file system \(proc\), not a folder on disk; create it .* KNOWLEDGE_DIR/);
    await expect(loadKnowledge('/proc/self')).rejects.toThrow(/virtual file system \(proc\)/);
    await expect(loadKnowledge('/sys/kernel')).rejects.toThrow(/virtual file system \(sysfs\)/);
  });

  it('is refused when it is a file', async () => {
    const file = join(root, 'stories.md');
    writeFileSync(file, 'A story where the folder should be.');
    await expect(loadKnowledge(file)).rejects.toThrow(/stories\.md: the knowledge folder is not a folder/);
  });
});

describe('a cache folder on a virtual file system', () => {
  it('is refused with what to set, before anything is read or written there', async () => {
    const knowledge = new URL('../fixtures/knowledge/', import.meta.url).pathname;
    await expect(openKnowledge(knowledge, { cacheDir: '/proc/storybot-cache' })).rejects.toThrow(
      /^\/proc\/storybot-cache: the cache folder is on the kernel's virtual file system \(proc\), not a folder on disk; set STORYBOT_CACHE_DIR \(or STORYBOT_INDEX_FILE\) to a path on disk$/,
    );
    await expect(openKnowledge(knowledge, { cacheDir: '/proc/self', cacheFile: '/sys/storybot.index' })).rejects.toThrow(/^\/sys: the cache folder is on the kernel's virtual file system \(sysfs\)/);
  });
});
