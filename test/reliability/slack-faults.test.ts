import { afterEach, describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { launchSlack, type RunningSlack } from '../../adapters/slack/index.js';
import { loadBot } from '../adapters/slack/bot.js';
import { appMentionBody, mention, signedHeaders } from '../adapters/slack/events.js';
import { FakeSlack } from '../adapters/slack/fake-slack.js';
import { APP_TOKEN, BOT_TOKEN, LogCapture, SIGNING_SECRET, slackStateDir } from '../adapters/slack/harness.js';

/**
 * Slack's Web API misbehaving while the bot answers. The adapter runs with the Web API client's
 * production behaviour (retries, honouring Retry-After), compressed in time: the answer must
 * arrive once Slack recovers, exactly once, and the app must stay up for the next question.
 */
let fake: FakeSlack;
let slack: RunningSlack | undefined;
let logs: LogCapture;

afterEach(async () => {
  await slack?.stop();
  slack = undefined;
  await fake.close();
});

async function start(mode: 'http' | 'socket' = 'http'): Promise<string> {
  fake = await new FakeSlack().listen();
  logs = new LogCapture();
  const credentials = mode === 'http' ? { SLACK_SIGNING_SECRET: SIGNING_SECRET } : { SLACK_APP_TOKEN: APP_TOKEN };
  const env = readEnv({ SLACK_BOT_TOKEN: BOT_TOKEN, ...credentials, SLACK_API_URL: fake.apiUrl, SLACK_HOST: '127.0.0.1', STORYBOT_CACHE_DIR: slackStateDir() });
  const logger = createLogger({ level: 'info', destination: logs, secrets: [BOT_TOKEN, SIGNING_SECRET] });
  // Same shape as the client's default policy (retry with backoff), seconds instead of minutes.
  slack = await launchSlack({ bot: await loadBot(), env, logger }, { retryConfig: { retries: 4, factor: 1, minTimeout: 100, maxTimeout: 200 }, port: 0 });
  return slack.url ?? '';
}

async function deliver(url: string, question: string) {
  const body = appMentionBody({ text: mention(question) });
  const raw = JSON.stringify(body);
  const res = await fetch(url, { method: 'POST', headers: signedHeaders(raw, SIGNING_SECRET), body: raw });
  return { res, body };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Slack Web API faults', () => {
  it('429 with Retry-After: the answer arrives after the wait, once', async () => {
    const url = await start();
    fake.fault = { method: 'chat.postMessage', status: 429, retryAfterSeconds: 1, remaining: 1 };
    const sent = performance.now();
    const { res, body } = await deliver(url, 'Who released the transcript?');
    expect(res.status).toBe(200);
    await fake.waitForPosts(1, 8_000);
    expect(performance.now() - sent).toBeGreaterThanOrEqual(950);
    expect(fake.posts[0]?.thread_ts).toBe(body.event.ts);
    expect(fake.posts[0]?.text).toMatch(/\[1\]/);
    await settle(500);
    expect(fake.posts).toHaveLength(1);
    expect(logs.lines.filter((line) => Number(line.level) >= 50)).toEqual([]);
  });

  it('500 for a while: the answer arrives once Slack recovers, once', async () => {
    const url = await start();
    fake.fault = { method: 'chat.postMessage', status: 500, remaining: 3 };
    const { body } = await deliver(url, 'When did the call take place?');
    await fake.waitForPosts(1, 8_000);
    expect(fake.calls.filter((call) => call === 'chat.postMessage')).toHaveLength(4);
    expect(fake.posts[0]?.thread_ts).toBe(body.event.ts);
    await settle(500);
    expect(fake.posts).toHaveLength(1);
  });

  it('an outage longer than the retries: logged with the event id, no crash, the next question is answered', async () => {
    const url = await start();
    fake.fault = { method: 'chat.postMessage', status: 500, remaining: 5 };
    const { body: lost } = await deliver(url, 'Who released the transcript?');
    const deadline = Date.now() + 8_000;
    while (!logs.lines.some((line) => line.msg === 'could not post the reply to Slack') && Date.now() < deadline) await settle(50);
    const failure = logs.lines.find((line) => line.msg === 'could not post the reply to Slack');
    expect(failure?.eventId).toBe(lost.event_id);
    expect(fake.posts).toHaveLength(0);

    const { body } = await deliver(url, 'Who released the transcript?');
    await fake.waitForPosts(1, 5_000);
    expect(fake.posts[0]?.thread_ts).toBe(body.event.ts);
    expect(JSON.stringify(logs.lines)).not.toContain(BOT_TOKEN);
  });

  it('Socket Mode connection dropped: the client reconnects and keeps answering, once', async () => {
    await start('socket');
    const before = appMentionBody({ text: mention('Who released the transcript?') });
    fake.sendEvent(before);
    await fake.waitForPosts(1);
    fake.dropSockets();
    await fake.until(() => fake.openSockets === 0, 'the connection to drop');
    await fake.until(() => fake.openSockets === 1, 'the client to reconnect', 15_000);
    const after = appMentionBody({ text: mention('When did the call take place?') });
    fake.sendEvent(after);
    await fake.waitForPosts(2, 5_000);
    expect(fake.posts[1]?.thread_ts).toBe(after.event.ts);
    await settle(300);
    expect(fake.posts).toHaveLength(2);
    // The Socket Mode client logs the dropped socket itself (at error level) before it recovers;
    // nothing else may fail.
    const errors = logs.lines.filter((line) => Number(line.level) >= 50).map((line) => String(line.msg));
    expect(errors.filter((msg) => !/WebSocket error/.test(msg))).toEqual([]);
  }, 25_000);
});
