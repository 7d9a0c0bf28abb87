import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runChat } from '../../src/commands/chat.js';

const STORY = 'The mayor of Springfield, Jane Doe, announced the new bridge on Monday.\n\nThe bridge will cost 40 million dollars.\n';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storybot-chat-'));
  await writeFile(join(dir, 'bridge.md'), STORY);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function until(check: () => boolean, what: string, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The terminal chat over `dir`, with a terminal on its input (what makes it follow the folder) and what it has printed so far. */
function startChat() {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const seen = { out: '', err: '' };
  stdout.on('data', (chunk: Buffer) => (seen.out += String(chunk)));
  stderr.on('data', (chunk: Buffer) => (seen.err += String(chunk)));
  const chat = runChat({ argv: [], env: {}, stdin, stdout, stderr }, dir, { KNOWLEDGE_DIR: dir, STORYBOT_CACHE_DIR: join(dir, '.cache'), STORYBOT_INDEX_FILE: undefined });
  return { stdin, seen, chat };
}

describe('the terminal chat at a terminal, while the knowledge folder changes', () => {
  it('says in the chat that the folder was emptied, and keeps answering from the last good version', async () => {
    const { stdin, seen, chat } = startChat();

    stdin.write('Who announced the new bridge?\n');
    await until(() => seen.out.includes('Jane Doe'), 'the first answer');
    seen.out = '';
    await unlink(join(dir, 'bridge.md'));
    await until(() => seen.err.includes('knowledge folder has no readable story now'), 'the chat to say the folder is empty');
    expect(seen.err).toContain('still answering from the last good version: 1 story');
    stdin.end('Who announced the new bridge?\n');
    expect(await chat).toBe(0);
    expect(seen.out).toContain('Jane Doe');
  });

  it('names the files a reload added, updated and removed, and what still answers for a file it skipped', async () => {
    await writeFile(join(dir, 'old.md'), 'The old pier closed in 1990 after a storm.\n');
    const { stdin, seen, chat } = startChat();
    stdin.write('Who announced the new bridge?\n');
    await until(() => seen.out.includes('Jane Doe'), 'the chat to answer');

    await writeFile(join(dir, 'millbrook-library.md'), 'The Millbrook library reopened on Monday.\n');
    await writeFile(join(dir, 'bridge.md'), STORY.replace('Monday', 'Tuesday'));
    await unlink(join(dir, 'old.md'));
    // One reload, or several should the watcher split the three changes: each is named in a notice.
    const reloaded = () => seen.err.split('\n').filter((line) => line.startsWith('(stories reloaded: ')).join('; ');
    await until(() => ['added millbrook-library.md', 'updated bridge.md', 'removed old.md'].every((change) => reloaded().includes(change)), 'the reload notices');
    expect(reloaded()).not.toMatch(/loaded\)/);

    await writeFile(join(dir, 'bridge.md'), '---\ntitel: Bridge\n---\nThe bridge reopened.\n');
    await writeFile(join(dir, 'broken.md'), '');
    await until(() => seen.err.includes('broken.md') && seen.err.includes('warning: skipped bridge.md'), 'the skipped files');
    expect(seen.err).toMatch(/warning: skipped bridge\.md: bad front matter: [^\n]*; its last good version is still answering\n/);
    expect(seen.err).toMatch(/warning: skipped broken\.md: is empty[^\n]*; it is not loaded\n/);
    stdin.end(':quit\n');
    expect(await chat).toBe(0);
  });

  it('at a terminal, draws the prompt again under the notice, so the person sees where to type', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    // One terminal shows both streams, in the order they were written.
    let shown = '';
    const terminal = Object.assign(
      new Writable({
        write(chunk, _encoding, callback) {
          shown += String(chunk);
          callback();
        },
      }),
      { isTTY: true },
    );
    const chat = runChat({ argv: [], env: {}, stdin, stdout: terminal, stderr: terminal }, dir, { KNOWLEDGE_DIR: dir, STORYBOT_CACHE_DIR: join(dir, '.cache'), STORYBOT_INDEX_FILE: undefined });
    await until(() => shown.includes('storybot> '), 'the prompt');
    await unlink(join(dir, 'bridge.md'));
    await until(() => shown.includes('knowledge folder has no readable story now'), 'the chat to say the folder is empty');
    const plain = shown.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
    const notice = plain.lastIndexOf('(the knowledge folder has no readable story now');
    expect(plain.lastIndexOf('storybot> ')).toBeGreaterThan(notice);
    stdin.end(':quit\n');
    expect(await chat).toBe(0);
  });
});
