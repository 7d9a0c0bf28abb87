import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBot } from './bot.js';
import { appMentionBody, mention, signedHeaders } from './events.js';
import { SIGNING_SECRET, startHarness, type Harness } from './harness.js';

/** Requests Bolt's receiver let through or crashed on, sent signed to the real app on loopback. */
describe('Slack HTTP requests the receiver refuses', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(await loadBot(), 'http');
  });
  afterAll(async () => {
    await h?.close();
  });

  const post = (raw: string, headers: Record<string, string>) =>
    fetch(h.slack.url ?? '', { method: 'POST', headers, body: raw, signal: AbortSignal.timeout(5_000) });
  const signed = (raw: string, timestamp?: number, contentType = 'application/json') => post(raw, { ...signedHeaders(raw, SIGNING_SECRET, timestamp), 'content-type': contentType });

  /** The app is still up and answering: a normal event gets its reply. */
  const stillAnswers = async () => {
    const body = appMentionBody({ text: mention('Who released the transcript?') });
    expect((await signed(JSON.stringify(body))).status).toBe(200);
    await h.fake.until(() => h.fake.posts.some((p) => p.thread_ts === body.event.ts), 'a reply after the refused request');
  };

  it('answers 400 to a signed body of null, as JSON or as the form payload=null, and keeps running', async () => {
    expect((await signed('null')).status).toBe(400);
    expect((await signed('payload=null', undefined, 'application/x-www-form-urlencoded')).status).toBe(400);
    expect((await signed('[1,2]')).status).toBe(400);
    expect(h.logs.lines.filter((line) => line.msg === 'Slack request refused: its body is not an object')).toHaveLength(3);
    await stillAnswers();
  });

  it('refuses a signed event stamped ten minutes or a day in the future, and answers nothing for it', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const ahead of [10 * 60, 24 * 60 * 60]) {
      const body = appMentionBody({ text: mention('Who released the transcript?') });
      expect((await signed(JSON.stringify(body), now + ahead)).status).toBe(401);
      await stillAnswers();
      expect(h.fake.posts.filter((p) => p.thread_ts === body.event.ts)).toEqual([]);
    }
    // Within five minutes either way is Slack's clock and ours disagreeing a little: accepted.
    const body = appMentionBody({ text: mention('Who released the transcript?') });
    expect((await signed(JSON.stringify(body), now + 60)).status).toBe(200);
    await h.fake.until(() => h.fake.posts.some((p) => p.thread_ts === body.event.ts), 'the reply to a slightly early event');
  });

  it('still refuses unsigned and old requests as Bolt does', async () => {
    const raw = JSON.stringify(appMentionBody({ text: mention('Who released the transcript?') }));
    expect((await post(raw, { 'content-type': 'application/json' })).status).toBe(401);
    expect((await post('null', { 'content-type': 'application/json' })).status).toBe(401);
    expect((await signed(raw, Math.floor(Date.now() / 1000) - 10 * 60)).status).toBe(401);
  });
});
