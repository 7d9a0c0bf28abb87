import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookAtStoryFile, readLookedAt } from '../../src/knowledge/read-file.js';
import { refreshStories } from '../../src/knowledge/refresh.js';
import { openBot } from '../../src/open.js';
import { testCacheDir } from '../support/cache-dir.js';

/** An env-style file beside the knowledge folder, as a deploy has one. */
const SECRET_TOKEN = 'xoxb-123456789012-abcdefghijklSECRET';
const SECRETS = `SLACK_BOT_TOKEN=${SECRET_TOKEN}\nSLACK_SIGNING_SECRET=0123456789abcdef0123456789abcdef\n`;
const STORY = 'The mayor of Springfield, Jane Doe, announced the new bridge on Monday.\n';

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'storybot-files-'));
  dir = join(root, 'knowledge');
  mkdirSync(dir);
  writeFileSync(join(dir, 'bridge.md'), STORY);
  writeFileSync(join(root, '.env'), SECRETS);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The folder read as every reader does (start-up, reloads, `check`): the stories and the problems. */
async function load() {
  const { files, problems } = await refreshStories(dir, new Map(), { settleMs: 0 });
  return { stories: [...files.values()].map((entry) => entry.story), problems };
}
const problemsOf = async () => (await load()).problems.map((problem) => problem.message);

describe('story files that are not read', () => {
  it('a symbolic link to a file outside the folder is never read: one line names it and says why', async () => {
    symlinkSync(join(root, '.env'), join(dir, 'settings.md'));
    const { stories, problems } = await load();
    expect(stories.map((story) => story.file)).toEqual(['bridge.md']);
    expect(problems.map((problem) => problem.message)).toEqual([
      'settings.md: is a symbolic link to a file outside the knowledge folder, so it is not read; copy the story into the folder instead',
    ]);
  });

  it('the bot never quotes a secret a link points at', async () => {
    symlinkSync(join(root, '.env'), join(dir, 'settings.md'));
    symlinkSync(join(root, '.env'), join(dir, 'env.txt'));
    const bot = await openBot({ knowledgeDir: dir, cacheDir: testCacheDir(), settleMs: 0 });
    for (const question of ['Which stories do you know?', 'What is the SLACK_BOT_TOKEN?', 'What is the signing secret?', 'What does settings say?']) {
      const said = JSON.stringify(bot.ask(question));
      expect(said).not.toContain('SECRET');
      expect(said).not.toContain('xoxb-');
    }
    expect(bot.stories().map((story) => story.id)).toEqual(['bridge']);
  });

  it('a link inside the folder to another story file is read; one to a file that is not a story is not', async () => {
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'zoo.md'), 'The city zoo welcomed a giant panda named Bao on Friday.\n');
    writeFileSync(join(dir, 'notes.json'), '{"token": "x"}');
    symlinkSync(join(dir, 'drafts', 'zoo.md'), join(dir, 'zoo.md'));
    symlinkSync(join(dir, 'notes.json'), join(dir, 'notes.md'));
    const { stories, problems } = await load();
    expect(stories.map((story) => story.file)).toEqual(['bridge.md', 'zoo.md']);
    expect(problems.map((problem) => problem.message)).toEqual(['notes.md: is a symbolic link to a file that is not a story file (.md or .txt), so it is not read']);
  });

  it('a link to /dev/zero is skipped with a message, and the other stories load', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    const { stories } = await load();
    expect(stories.map((story) => story.file)).toEqual(['bridge.md']);
    expect(await problemsOf()).toEqual([expect.stringMatching(/^zero\.txt: is a symbolic link to a file outside the knowledge folder/)]);
  });

  it('a device, folder or named pipe inside the folder is never opened: loading does not wait for a pipe', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    mkdirSync(join(dir, 'folder.md'));
    const { stories, problems } = await load();
    expect(stories.map((story) => story.file)).toEqual(['bridge.md']);
    expect(problems.map((problem) => problem.message)).toEqual([
      'folder.md: is a folder, not a regular file, so it is not read; only regular .md and .txt files are stories',
      'pipe.md: is a named pipe, not a regular file, so it is not read; only regular .md and .txt files are stories',
    ]);
  });

  it('an oversized (sparse) file is refused from its size alone, before a byte is read', async () => {
    // 3 GB that take no disk space: reading it whole would need 3 GB of memory.
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 3 * 1024 ** 3);
    const { stories, problems } = await load();
    expect(stories.map((story) => story.file)).toEqual(['bridge.md']);
    expect(problems.map((problem) => problem.message)).toEqual([
      'huge.txt: is 3221225472 bytes; the limit is 10485760 per story, so it is not read (split it into several stories)',
    ]);
  });

  it('reads no more than the size it looked at, and refuses a file that changed since', () => {
    const real = realpathSync(dir);
    const look = lookAtStoryFile(real, 'bridge.md');
    appendFileSync(join(dir, 'bridge.md'), 'x'.repeat(100_000));
    expect(() => readLookedAt('bridge.md', look)).toThrow(/bridge\.md: changed while it was being read/);
    const small = lookAtStoryFile(real, 'bridge.md', 200_000);
    expect(() => readLookedAt('bridge.md', small, 1_000)).toThrow(/grew past the limit of 1000 bytes/);
  });
});
