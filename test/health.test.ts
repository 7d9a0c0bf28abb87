import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { withLiveBot } from '../src/commands/live.js';
import { readEnv } from '../src/config.js';
import { heartbeatFile, HEARTBEAT_STALE_MS } from '../src/health.js';

/** The Docker HEALTHCHECK: `storybot health` passes while the running bot keeps touching its heartbeat. */
let root: string;
let stories: string;
let cacheDir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'storybot-health-'));
  stories = join(root, 'stories');
  cacheDir = join(root, 'cache');
  await mkdir(stories);
  await writeFile(join(stories, 'harbour.md'), '---\ntitle: Harbour report\n---\nThe harbour master Jane Doe released the inspection report on Friday.\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function health(): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = new PassThrough().on('data', (chunk: Buffer) => (stdout += String(chunk)));
  const err = new PassThrough().on('data', (chunk: Buffer) => (stderr += String(chunk)));
  const code = await main(['health'], { env: { STORYBOT_CACHE_DIR: cacheDir }, stdin: new PassThrough(), stdout: out, stderr: err });
  return { code, stdout, stderr };
}

describe('storybot health', () => {
  it('passes while a Discord/Slack bot runs, and fails once it has stopped', async () => {
    const env = readEnv({ STORYBOT_CACHE_DIR: cacheDir, LOG_LEVEL: 'silent' });
    const during = await new Promise<Awaited<ReturnType<typeof health>>>((resolve) => {
      void withLiveBot(stories, env, async () => {
        resolve(await health());
        return 0;
      });
    });
    expect(during).toEqual({ code: 0, stdout: "ok: the bot's last heartbeat was 0 s ago\n", stderr: '' });
    await until(() => !existsSync(heartbeatFile(cacheDir)));
    const after = await health();
    expect(after.code).toBe(1);
    expect(after.stderr).toBe(`storybot health: no heartbeat at ${heartbeatFile(cacheDir)}: no Discord or Slack bot runs here with this cache folder (STORYBOT_CACHE_DIR); the terminal chat writes none.\n`);
  });

  it('fails with the age when the heartbeat has gone stale (a hung bot)', async () => {
    await mkdir(cacheDir);
    await writeFile(heartbeatFile(cacheDir), '{}\n');
    const old = new Date(Date.now() - HEARTBEAT_STALE_MS - 60_000);
    await utimes(heartbeatFile(cacheDir), old, old);
    const { code, stderr } = await health();
    expect(code).toBe(1);
    expect(stderr).toMatch(/^storybot health: the last heartbeat is 1[01]\d s old \(more than 45 s\): the bot has stopped or hangs; its log says why\.\n$/);
  });
});

async function until(check: () => boolean): Promise<void> {
  for (let tries = 0; !check() && tries < 200; tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}
