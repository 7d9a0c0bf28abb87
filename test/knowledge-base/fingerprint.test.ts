import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openKnowledge } from '../../src/knowledge-base/cache.js';

/** Every path the code under test opens or reads, whichever fs function it uses. */
const opened = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const recorded =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      opened.push(String(args[0]));
      return fn(...args);
    };
  const wrapped = { ...fs, openSync: recorded(fs.openSync), readFileSync: recorded(fs.readFileSync) as typeof fs.readFileSync };
  return { ...wrapped, default: wrapped };
});
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const wrapped = {
    ...fs,
    open: (...args: Parameters<typeof fs.open>) => (opened.push(String(args[0])), fs.open(...args)),
    readFile: ((...args: Parameters<typeof fs.readFile>) => (opened.push(String(args[0])), fs.readFile(...args))) as typeof fs.readFile,
  };
  return { ...wrapped, default: wrapped };
});

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'storybot-fingerprint-'));
  dir = join(root, 'knowledge');
  mkdirSync(dir);
  writeFileSync(join(dir, 'bridge.md'), 'The mayor of Springfield, Jane Doe, announced the new bridge on Monday.\n');
  opened.length = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the knowledge folder fingerprints', () => {
  it('never open a file that is not a story, however big: only story files are read', async () => {
    writeFileSync(join(dir, 'video.mp4'), '');
    truncateSync(join(dir, 'video.mp4'), 1536 * 1024 ** 2);
    writeFileSync(join(dir, '.env'), 'SLACK_BOT_TOKEN=xoxb-1\n');
    writeFileSync(join(dir, 'notes.json'), '{}');
    const cacheDir = join(root, 'cache');
    const first = await openKnowledge(dir, { cacheDir, settleMs: 0 });
    expect(first.kb.corpus.stories.map((story) => story.file)).toEqual(['bridge.md']);
    const read = opened.filter((path) => path.startsWith(dir) || path.startsWith(root));
    expect(read.some((path) => path.endsWith('bridge.md'))).toBe(true);
    expect(read.filter((path) => !path.endsWith('bridge.md') && !path.startsWith(cacheDir))).toEqual([]);
  });

  it('ignore a change to a file that is not a story: the saved index stays fresh', async () => {
    const cacheDir = join(root, 'cache');
    await openKnowledge(dir, { cacheDir, settleMs: 0 });
    writeFileSync(join(dir, 'video.mp4'), 'not a story');
    expect((await openKnowledge(dir, { cacheDir, settleMs: 0 })).cache.status).toBe('hit');
  });
});
