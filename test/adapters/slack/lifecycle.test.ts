import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { launchSlack } from '../../../adapters/slack/index.js';
import { loadBot } from './bot.js';
import { appMentionBody, mention, signedHeaders } from './events.js';
import { FakeSlack } from './fake-slack.js';
import { APP_TOKEN, BOT_TOKEN, LogCapture, SIGNING_SECRET, slackStateDir, startHarness, type Harness } from './harness.js';

/** Start-up, shutdown and rate limiting, each against its own app and fake Slack. */
describe('Slack adapter lifecycle', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  const harness = async (mode: 'http' | 'socket', env: Record<string, string> = {}): Promise<Harness> => {
    const h = await startHarness(await loadBot(), mode, env);
    cleanups.push(() => h.close());
    return h;
  };
  const deliver = (h: Harness, body: object) => {
    const raw = JSON.stringify(body);
    return fetch(h.slack.url ?? '', { method: 'POST', headers: signedHeaders(raw, SIGNING_SECRET), body: raw });
  };

  it('answers a user over the rate limit politely, in the thread, and others normally', async () => {
    const h = await harness('http', { RATE_LIMIT_PER_MINUTE: '2' });
    const asks = [1, 2, 3].map(() => appMentionBody({ text: mention('Who released the transcript?'), user: 'U0EAGER' }));
    for (const body of asks) {
      expect((await deliver(h, body)).status).toBe(200);
      await h.fake.until(() => h.fake.posts.some((post) => post.thread_ts === body.event.ts), 'a reply');
    }
    const third = h.fake.posts.find((post) => post.thread_ts === asks[2]?.event.ts);
    expect(third?.text).toMatch(/^You're asking faster than I can keep up with\. Please wait about \d+ seconds?/);
    expect(h.fake.posts.filter((post) => /\[1\]/.test(post.text))).toHaveLength(2);

    const other = appMentionBody({ text: mention('Who released the transcript?'), user: 'U0PATIENT' });
    await deliver(h, other);
    await h.fake.until(() => h.fake.posts.some((post) => post.thread_ts === other.event.ts && /\[1\]/.test(post.text)), 'an answer');
  });

  it('tells a user flooding the bot to slow down once, not once per mention', async () => {
    const h = await harness('http', { RATE_LIMIT_PER_MINUTE: '2' });
    const flood = Array.from({ length: 30 }, () => appMentionBody({ text: mention('Who released the transcript?'), user: 'U0FLOOD' }));
    await Promise.all(flood.map(async (body) => expect((await deliver(h, body)).status).toBe(200)));
    const count = (msg: string) => h.logs.lines.filter((line) => line.msg === msg).length;
    // Two answers and one notice are posted; the other 28 mentions are refused.
    await h.fake.until(() => count('rate limited') >= 28 && count('replied in thread') >= 3, 'every mention handled');
    const notices = h.fake.posts.filter((post) => /^You're asking faster/.test(post.text));
    expect(notices).toHaveLength(1);
    expect(h.fake.posts.filter((post) => /\[1\]/.test(post.text))).toHaveLength(2);
  });

  it('does not answer twice an event Slack redelivers to a restarted process (no Redis)', async () => {
    const state = slackStateDir();
    const body = appMentionBody({ text: mention('Who released the transcript?') });
    const first = await harness('http', { STORYBOT_CACHE_DIR: state });
    expect((await deliver(first, body)).status).toBe(200);
    await first.fake.until(() => first.fake.posts.some((post) => post.thread_ts === body.event.ts), 'the first reply');
    await first.close();

    const restarted = await harness('http', { STORYBOT_CACHE_DIR: state });
    const raw = JSON.stringify(body);
    const retry = { ...signedHeaders(raw, SIGNING_SECRET), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    expect((await fetch(restarted.slack.url ?? '', { method: 'POST', headers: retry, body: raw })).status).toBe(200);
    await restarted.fake.until(() => restarted.logs.lines.some((line) => line.msg === 'duplicate delivery ignored'), 'the redelivery to be recognised');
    expect(restarted.fake.posts.filter((post) => post.thread_ts === body.event.ts)).toEqual([]);
  });

  it('keeps one conversation per thread, so a follow-up in the thread continues it', async () => {
    const seen: Array<string | undefined> = [];
    const core = await loadBot();
    const fake = await new FakeSlack().listen();
    const env = readEnv({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, STORYBOT_CACHE_DIR: slackStateDir() });
    const slack = await launchSlack(
      {
        bot: { ...core, ask: (question, options) => (seen.push(options?.conversationId), core.ask(question, options)) },
        env,
        logger: createLogger({ level: 'silent' }),
      },
      { retryConfig: { retries: 0 } },
    );
    cleanups.push(async () => {
      await slack.stop();
      await fake.close();
    });
    const first = appMentionBody({ text: mention('Who released the transcript?'), channel: 'C0ONE' });
    const followUp = appMentionBody({ text: mention('and when?'), channel: 'C0ONE', threadTs: first.event.ts });
    const elsewhere = appMentionBody({ text: mention('and when?'), channel: 'C0ONE' });
    for (const body of [first, followUp, elsewhere]) fake.sendEvent(body);
    await fake.waitForPosts(3);
    expect(seen[0]).toBe(`slack:T0TEAM001:C0ONE:${first.event.ts}`);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).not.toBe(seen[0]);
  });

  it('finishes an answer in flight before stop() resolves, then takes no more events', async () => {
    const h = await harness('http');
    h.fake.postDelayMs = 300;
    const body = appMentionBody({ text: mention('Who released the transcript?') });
    await deliver(h, body);
    await h.fake.waitForPosts(1);
    expect(h.fake.postsCompleted).toBe(0);

    await h.slack.stop();
    expect(h.fake.postsCompleted).toBe(1);
    expect(h.logs.lines.some((line) => line.msg === 'replied in thread' && line.kind === 'answer' && line.eventId === body.event_id)).toBe(true);
    await expect(deliver(h, appMentionBody({ text: mention('Who released the transcript?') }))).rejects.toThrow();
  });

  it.each([
    ['http', { SLACK_BOT_TOKEN: 'xoxb-revoked', SLACK_SIGNING_SECRET: SIGNING_SECRET }, 'SLACK_BOT_TOKEN'],
    ['socket', { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-revoked' }, 'SLACK_APP_TOKEN'],
  ])('reports a token Slack rejects at start-up as a config error (%s)', async (_mode, vars, variable) => {
    const fake = await new FakeSlack().listen();
    cleanups.push(() => fake.close());
    const env = readEnv({ ...vars, SLACK_API_URL: fake.apiUrl, SLACK_HOST: '127.0.0.1', STORYBOT_CACHE_DIR: slackStateDir() });
    const logger = createLogger({ level: 'silent', destination: new LogCapture() });
    const started = launchSlack({ bot: await loadBot(), env, logger }, { retryConfig: { retries: 0 }, port: 0 });
    await expect(started).rejects.toBeInstanceOf(ConfigError);
    await expect(started).rejects.toMatchObject({ variable, message: expect.stringMatching(/rejected by Slack \(invalid_auth\)/) });
  });
});
