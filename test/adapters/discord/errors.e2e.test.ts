import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../../adapters/discord/index.js';
import type { StoryBot } from '../../../src/bot.js';
import { ConfigError, readEnv } from '../../../src/config.js';
import { FakeDiscord, isEphemeral } from './fake-discord.js';
import { memoryLogger, startHarness, TOKEN, type Harness } from './harness.js';
import { loadStoryBot } from './story-bot.js';
import { ask, embedOf, inGuild, seen, shown, someone } from './view.js';

/** The real core, except that one question makes it throw, as a bug in the core would. */
function breakable(bot: StoryBot): StoryBot {
  return {
    ...bot,
    stories: () => bot.stories(),
    suggest: (typed, limit) => bot.suggest(typed, limit),
    exampleQuestion: () => bot.exampleQuestion(),
    ask(question, options) {
      if (question.includes('explode')) throw new Error('index corrupted');
      return bot.ask(question, options);
    },
  };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ bot: breakable(await loadStoryBot()), env: { RATE_LIMIT_PER_MINUTE: '2' } });
});
afterAll(async () => {
  await h?.close();
});

describe('a failure inside answering', () => {
  it('gets a private apology, a logged error with the interaction id, and the bot keeps answering', async () => {
    const payload = ask('please explode', inGuild(), someone());
    const reply = await h.fake.interact(payload);

    expect(isEphemeral(reply)).toBe(true);
    expect(reply.message.content).toMatch(/^Sorry, something went wrong/);
    expect(reply.message.allowed_mentions?.parse).toEqual([]);
    const logged = h.logs.find((line) => line.msg === 'discord interaction failed');
    expect(logged).toMatchObject({ level: 50, interactionId: payload.id, command: 'ask' });
    expect(JSON.stringify(logged)).toContain('index corrupted');

    const next = await h.fake.interact(ask('Who released the transcript of the call?', inGuild(), someone()));
    expect(seen(embedOf(next).description)).toMatch(/Bloomberg/);
  });

  it('apologises privately even after a public deferral', async () => {
    const reply = await h.fake.interact(ask('explode late', inGuild(), someone(), {}, Date.now() - 2500));
    expect(reply.calls.map((call) => `${call.method} ${call.body?.type ?? ''}`.trim())).toEqual(['POST 5', 'DELETE', 'POST']);
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.message.content).toMatch(/^Sorry/);
  });
});

describe('the per-user rate limit', () => {
  it('answers politely and privately once a user asks too often, without slowing anyone else', async () => {
    const eager = someone();
    for (let i = 0; i < 2; i += 1) {
      const ok = await h.fake.interact(ask('Who released the transcript of the call?', inGuild(), eager));
      expect(embedOf(ok).description).toBeTruthy();
    }
    const limited = await h.fake.interact(ask('Who released the transcript of the call?', inGuild(), eager));
    expect(isEphemeral(limited)).toBe(true);
    expect(shown(limited)).toMatch(/Please wait \d+ seconds? and ask again/);

    expect(h.logs.find((line) => line.kind === 'rate-limited')).toMatchObject({ level: 30, userId: eager.id });

    const other = await h.fake.interact(ask('Who released the transcript of the call?', inGuild(), someone()));
    expect(isEphemeral(other)).toBe(false);
  });
});

describe('start-up configuration', () => {
  const bot: StoryBot = { ask: () => { throw new Error('unused'); }, stories: () => [], suggest: () => [], exampleQuestion: () => '' };

  it.each([
    ['DISCORD_TOKEN', { DISCORD_APPLICATION_ID: '1' }],
    ['DISCORD_APPLICATION_ID', { DISCORD_TOKEN: TOKEN }],
  ])('the configuration names a missing %s and where to read about it', (variable, values) => {
    expect(() => readEnv(values)).toThrow(ConfigError);
    expect(() => readEnv(values)).toThrow(new RegExp(`^${variable} is not set.*\\.env\\.example.*README's Discord section`));
  });

  it('the adapter itself refuses to start without a token, naming it', async () => {
    const { logger } = memoryLogger();
    await expect(startDiscord({ bot, env: readEnv({}), logger })).rejects.toThrow(/^DISCORD_TOKEN is not set.*README's Discord section/);
  });

  it('fails to start, without retrying forever, when Discord rejects the token', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN, applicationId: '1' });
    try {
      const { logger } = memoryLogger();
      const env = readEnv({ DISCORD_TOKEN: `${TOKEN}x`, DISCORD_APPLICATION_ID: '1', DISCORD_API_URL: fake.apiUrl });
      await expect(startDiscord({ bot, env, logger })).rejects.toThrow(/^DISCORD_TOKEN was rejected by Discord.*README's Discord section/);
      expect(fake.sessions).toEqual([]);
    } finally {
      await fake.stop();
    }
  });

  it('rejects a DISCORD_SHARDS that is neither auto nor a number', () => {
    expect(() => readEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '1', DISCORD_SHARDS: 'many' })).toThrow(/^DISCORD_SHARDS should be "auto" or a whole number/);
  });
});
