import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/commands/discord-deploy.js';
import { FakeDiscord } from './fake-discord.js';
import { APPLICATION_ID, TOKEN } from './harness.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: APPLICATION_ID });
});
afterAll(async () => {
  await fake?.stop();
});

async function deploy(env: Record<string, string>) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk) => out.push(String(chunk)));
  stderr.on('data', (chunk) => err.push(String(chunk)));
  const code = await run({ argv: [], env: { DISCORD_API_URL: fake.apiUrl, ...env }, stdin: new PassThrough(), stdout, stderr });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const lastPut = () => fake.calls.filter((call) => call.method === 'PUT').at(-1);

describe('discord:deploy', () => {
  it('registers /ask, /sources and /help to the development guild when DISCORD_GUILD_ID is set', async () => {
    const result = await deploy({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_GUILD_ID: '777000000000000000' });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('Registered /ask, /sources, /help to guild 777000000000000000.\n');

    const put = lastPut();
    expect(put?.path).toBe(`/applications/${APPLICATION_ID}/guilds/777000000000000000/commands`);
    expect(put?.auth).toBe(`Bot ${TOKEN}`);
    const askCommand = (put?.body as Array<Record<string, any>>).find((command) => command.name === 'ask');
    expect(askCommand?.options).toEqual([
      expect.objectContaining({ name: 'question', type: 3, required: true, autocomplete: true }),
      expect.objectContaining({ name: 'private', type: 5, required: false }),
    ]);
    // Usable in servers and in DMs with the bot.
    expect(askCommand?.contexts).toEqual([0, 1, 2]);
  });

  it('registers globally without a guild', async () => {
    const result = await deploy({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Registered \/ask, \/sources, \/help globally/);
    expect(lastPut()?.path).toBe(`/applications/${APPLICATION_ID}/commands`);
  });

  it('names the missing application id and exits 1', async () => {
    const puts = fake.calls.length;
    const result = await deploy({ DISCORD_TOKEN: TOKEN });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^storybot discord:deploy: DISCORD_APPLICATION_ID is not set.*\.env\.example.*Discord section/);
    expect(fake.calls.length).toBe(puts);
  });

  it('reports a rejected token without printing it', async () => {
    const wrong = `${TOKEN}x`;
    const result = await deploy({ DISCORD_TOKEN: wrong, DISCORD_APPLICATION_ID: APPLICATION_ID });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^storybot discord:deploy: could not register the Discord commands: .*Unauthorized/);
    expect(result.stderr).not.toContain(wrong);
  });

  it('on 403 "Missing Access" says what to check: the application id, the invite scope, the guild', async () => {
    const result = await deploy({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '1200000000000000002', DISCORD_GUILD_ID: '777000000000000000' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^storybot discord:deploy: could not register the Discord commands: Discord answered 403 "Missing Access"\. Check: DISCORD_APPLICATION_ID \(1200000000000000002\) is this bot's id/);
    expect(result.stderr).toContain('applications.commands scope');
    expect(result.stderr).toContain('DISCORD_GUILD_ID (777000000000000000) is a server the bot has been invited to');
  });

  it('starts every error line with "storybot discord:deploy:", as the other commands name themselves', async () => {
    const failures = [
      await deploy({ DISCORD_TOKEN: TOKEN }),
      await deploy({ DISCORD_TOKEN: 'not-a-token', DISCORD_APPLICATION_ID: APPLICATION_ID }),
      await deploy({ DISCORD_TOKEN: `${TOKEN}z`, DISCORD_APPLICATION_ID: APPLICATION_ID }),
      await deploy({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '1200000000000000002' }),
    ];
    for (const failure of failures) {
      expect(failure.code).toBe(1);
      const lines = failure.stderr.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/^storybot discord:deploy: \S/);
    }
  });

  it('on 401 says the token is wrong or was reset, without printing it', async () => {
    const wrong = `${TOKEN}y`;
    const result = await deploy({ DISCORD_TOKEN: wrong, DISCORD_APPLICATION_ID: APPLICATION_ID });
    expect(result.stderr).toMatch(/Discord answered 401 .*DISCORD_TOKEN is wrong or was reset\. Copy a fresh token/);
    expect(result.stderr).not.toContain(wrong);
  });
});
