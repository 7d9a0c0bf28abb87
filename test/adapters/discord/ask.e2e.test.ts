import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryBot } from '../../../src/bot.js';
import { isEphemeral } from './fake-discord.js';
import { startHarness, type Harness } from './harness.js';
import { loadStoryBot } from './story-bot.js';
import { ask, command, embedOf, inDm, inGuild, seen, shown, someone, typing } from './view.js';

let bot: StoryBot;
let h: Harness;

beforeAll(async () => {
  bot = await loadStoryBot();
  h = await startHarness({ bot, env: { RATE_LIMIT_PER_MINUTE: '100' } });
});
afterAll(async () => {
  await h?.close();
});

describe('/ask', () => {
  it('answers in a guild channel, publicly, with numbered citations quoting the story', async () => {
    const reply = await h.fake.interact(ask('Who released the transcript of the call?', inGuild(), someone()));
    const embed = embedOf(reply);

    expect(isEphemeral(reply)).toBe(false);
    expect(seen(embed.description)).toMatch(/Bloomberg/);
    expect(seen(embed.description)).toMatch(/\[1\]/);
    const first = embed.fields[0];
    expect(seen(first?.name)).toMatch(/^\[1\] Leaked call: .*, paragraph \d+$/);
    expect(seen(first?.value)).toMatch(/^> .*Bloomberg/);
    expect(reply.message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // Answered directly: one callback carrying the message, no "is thinking…" deferral.
    expect(reply.calls.map((call) => call.body?.type)).toEqual([4]);
    expect(reply.latencyMs).toBeLessThan(1000);
  });

  it('answers in a direct message too', async () => {
    const reply = await h.fake.interact(ask('Who released the transcript of the call?', inDm(), someone()));
    expect(seen(embedOf(reply).description)).toMatch(/Bloomberg/);
    expect(embedOf(reply).fields.length).toBeGreaterThan(0);
  });

  it('keeps the answer to the asker with private:true', async () => {
    const reply = await h.fake.interact(ask('Who is Steve Witkoff?', inGuild(), someone(), { private: true }));
    expect(isEphemeral(reply)).toBe(true);
    expect(shown(reply)).toMatch(/special envoy/i);
  });

  it('says the story does not tell instead of inventing an answer', async () => {
    const reply = await h.fake.interact(ask('What is the capital of France?', inGuild(), someone()));
    const embed = embedOf(reply);
    expect(seen(embed.description)).toMatch(/(doesn|don).t say/i);
    expect(embed.fields.every((field) => !/^\[\d+\]/.test(field.name))).toBe(true);
  });

  it('suggests questions the story can answer while the user types', async () => {
    const payload = typing('ushakov', inGuild(), someone());
    const reply = await h.fake.interact(payload);
    expect(reply.call.body?.type).toBe(8);
    const choices = reply.call.body?.data?.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.map((c) => c.value)).toEqual(bot.suggest('ushakov', 25).filter((s) => s.length <= 100).slice(0, 25));
    for (const choice of choices) {
      expect(choice.name).toMatch(/ushakov/i);
      expect(choice.name).toBe(choice.value);
    }
  });

  it('cannot be made to ping anyone or carry a masked link', async () => {
    const question = '@everyone @here <@123456789012345678> <@&223456789012345678> who released the [transcript](https://evil.example/x)?';
    const reply = await h.fake.interact(ask(question, inGuild(), someone()));
    const raw = JSON.stringify(reply.message.embeds);

    expect(reply.message.allowed_mentions?.parse).toEqual([]);
    expect(raw).not.toMatch(/@(everyone|here)/);
    expect(raw).not.toMatch(/(?<!\\\\)<@&?\d/);
    // The question's masked link never becomes one; the bot's own "Open the cited sentence" link may.
    const fromQuestion = JSON.stringify(reply.message.embeds?.map((embed) => [embed.title, embed.description]));
    expect(fromQuestion).not.toMatch(/(?<!\\\\)\]\((?!\\)/);
    // …while the user still reads their own question back as typed.
    expect(seen(embedOf(reply).title).replace(/\u200b/g, '')).toBe(question);
  });

  it('defers first when the interaction arrives late, then edits the reply in', async () => {
    const late = ask('Who released the transcript of the call?', inGuild(), someone(), {}, Date.now() - 2500);
    const reply = await h.fake.interact(late);
    expect(reply.calls[0]?.body?.type).toBe(5);
    expect(reply.call.method).toBe('PATCH');
    expect(reply.call.path).toMatch(/\/messages\/@original$/);
    expect(seen(embedOf(reply).description)).toMatch(/Bloomberg/);
  });

  it('keeps a deferred private answer private', async () => {
    const late = ask('Who is Steve Witkoff?', inGuild(), someone(), { private: true }, Date.now() - 2500);
    const reply = await h.fake.interact(late);
    expect(reply.calls[0]?.body).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(isEphemeral(reply)).toBe(true);
  });
});

describe('/sources and /help', () => {
  it('lists the stories with title, source, date and passages', async () => {
    const reply = await h.fake.interact(command('sources', inGuild(), someone()));
    const text = shown(reply);
    for (const story of bot.stories()) {
      expect(text).toContain(story.title);
      if (story.source) expect(text).toContain(story.source);
      if (story.published) expect(text).toContain(story.published);
    }
  });

  it('explains how to ask, privately, with an example from the story', async () => {
    const reply = await h.fake.interact(command('help', inDm(), someone()));
    expect(isEphemeral(reply)).toBe(true);
    expect(shown(reply)).toContain(bot.exampleQuestion());
    expect(shown(reply)).toContain('/ask');
  });
});

describe('latency', () => {
  it('replies well within the 3-second acknowledgement window', async () => {
    const latencies: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const reply = await h.fake.interact(ask('Who released the transcript of the call?', inGuild(), someone()));
      latencies.push(reply.latencyMs);
    }
    latencies.sort((a, b) => a - b);
    const median = latencies[10] ?? Infinity;
    const worst = latencies.at(-1) ?? Infinity;
    console.info(`INTERACTION_CREATE → reply: median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms over 20 asks`);
    expect(worst).toBeLessThan(1000);
  });
});

describe('follow-ups', () => {
  it('keep one conversation per channel and user', async () => {
    const seenIds: Array<string | undefined> = [];
    const spy: StoryBot = { ...bot, ask: (question, options) => (seenIds.push(options?.conversationId), bot.ask(question, options)) };
    const spied = await startHarness({ bot: spy, env: { RATE_LIMIT_PER_MINUTE: '100' } });
    try {
      const ann = someone();
      const bo = someone();
      await spied.fake.interact(ask('Who released the transcript of the call?', inGuild('340000000000000000'), ann));
      await spied.fake.interact(ask('who did he speak to?', inGuild('340000000000000000'), ann));
      await spied.fake.interact(ask('who did he speak to?', inGuild('350000000000000000'), ann));
      await spied.fake.interact(ask('who did he speak to?', inGuild('340000000000000000'), bo));
      expect(seenIds).toEqual([
        `discord:340000000000000000:${ann.id}`,
        `discord:340000000000000000:${ann.id}`,
        `discord:350000000000000000:${ann.id}`,
        `discord:340000000000000000:${bo.id}`,
      ]);
    } finally {
      await spied.close();
    }
  });
});
