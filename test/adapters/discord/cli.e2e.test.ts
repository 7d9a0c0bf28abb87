import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fake-discord.js';
import { APPLICATION_ID, TOKEN } from './harness.js';
import { KNOWLEDGE_DIR } from './story-bot.js';
import { ask, embedOf, inGuild, seen, someone } from './view.js';
import { testCacheDir } from '../../support/cache-dir.js';

const runner = fileURLToPath(new URL('./run-command.ts', import.meta.url));
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: APPLICATION_ID });
});
afterAll(async () => {
  await fake?.stop();
});

describe('storybot discord', () => {
  it('runs the bot alone until SIGTERM, then finishes and exits 0 without logging the token', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', runner, 'discord', '--knowledge', KNOWLEDGE_DIR], {
      env: { PATH: process.env.PATH, STORYBOT_CACHE_DIR: testCacheDir(), DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout.on('data', (chunk) => output.push(String(chunk)));
    child.stderr.on('data', (chunk) => output.push(String(chunk)));
    const exited = once(child, 'exit');
    try {
      await fake.waitForSessions(1, 20_000);
      const reply = await fake.interact(ask('Who released the transcript of the call?', inGuild(), someone()));
      expect(seen(embedOf(reply).description)).toMatch(/Bloomberg/);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await exited;
    expect(code).toBe(0);
    expect(fake.closes).toEqual([1000]);
    const log = output.join('');
    expect(log).toContain('discord bot ready');
    expect(log).toContain('discord bot stopped');
    expect(log).not.toContain(TOKEN);
  }, 30_000);
});
