import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { size } from '../../src/commands/units.js';

let root: string;
let stories: string;
let cacheDir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'storybot-index-cmd-'));
  stories = join(root, 'stories');
  cacheDir = join(root, 'cache');
  await mkdir(stories);
  await writeFile(join(stories, 'harbour.md'), '---\ntitle: Harbour report\n---\nThe harbour master Jane Doe released the inspection report on Friday.\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function index(args: string[]): Promise<string> {
  let out = '';
  const stdout = new PassThrough().on('data', (chunk: Buffer) => (out += String(chunk)));
  const code = await main(['index', '--knowledge', stories, ...args], { env: { STORYBOT_CACHE_DIR: cacheDir }, stdin: new PassThrough(), stdout, stderr: new PassThrough() });
  expect(code).toBe(0);
  return out;
}

describe('npm run index', () => {
  it('says what it indexed in words that agree with the numbers, and a small index in KB', async () => {
    expect(await index([])).toMatch(/^indexed 1 story, 2 passages, 2 sentences in \d+ ms; saved \d+ KB in \d+ ms to \S+index-[0-9a-f]{16}\.bin\n$/);
    expect(await index(['--if-stale'])).toMatch(/^index is fresh \(1 story, 2 passages, 2 sentences\): /);
  });

  it('names what it removed from the cache folder', async () => {
    await index([]);
    await writeFile(join(cacheDir, 'index-00000000000000aa.bin'), 'storybot-index v5\n{}\n');
    expect(await index([])).toMatch(/\nremoved 1 superseded index file \(for a folder that is gone, of an older format, or a save that never finished\): index-00000000000000aa\.bin\n$/);
  });

  it('sizes read as people write them', () => {
    expect([size(26_328), size(400), size(999_499), size(152_300_000)]).toEqual(['26 KB', '1 KB', '999 KB', '152.3 MB']);
  });
});
