import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLODE, loadBot } from './bot.js';
import { appMentionBody, directMessageBody, mention, nextTs, signedHeaders } from './events.js';
import { expectCitedAnswer } from './expect-answer.js';
import { FAKE_BOT, type RecordedPost } from './fake-slack.js';
import { latencySummary } from './latency.js';
import { SIGNING_SECRET, startHarness, type Harness } from './harness.js';

/** End to end over HTTP: signed requests to the real Bolt app, replies recorded by the fake Slack. */
describe('Slack adapter over HTTP (Events API)', () => {
  let h: Harness;
  const latencies: number[] = [];

  beforeAll(async () => {
    h = await startHarness(await loadBot(), 'http');
  });
  afterAll(async () => {
    await h?.close();
    if (latencies.length) console.info(latencySummary('http', latencies));
  });

  const deliver = async (body: object, extra: Record<string, string> = {}, secret = SIGNING_SECRET, timestamp?: number) => {
    const raw = JSON.stringify(body);
    return fetch(h.slack.url ?? '', { method: 'POST', headers: { ...signedHeaders(raw, secret, timestamp), ...extra }, body: raw });
  };

  /** Delivers an event and returns the reply posted in its thread (and the time it took). */
  const ask = async (body: { event: { ts: string; thread_ts?: string } }): Promise<RecordedPost> => {
    const thread = body.event.thread_ts ?? body.event.ts;
    const before = h.fake.posts.length;
    const sent = performance.now();
    const res = await deliver(body);
    expect(res.status).toBe(200);
    const reply = () => h.fake.posts.slice(before).find((post) => post.thread_ts === thread);
    await h.fake.until(() => reply() !== undefined, `a reply in thread ${thread}`);
    const post = reply();
    if (!post) throw new Error('no reply');
    latencies.push(post.at - sent);
    return post;
  };

  /** Slack-visible proof that nothing else was posted: a later event's reply is the next post. */
  const expectNothingPostedFor = async (threadTs: string) => {
    const sentinel = appMentionBody({ text: mention('Who released the transcript?'), user: 'U0SENTINEL' });
    await ask(sentinel);
    expect(h.fake.posts.filter((post) => post.thread_ts === threadTs)).toEqual([]);
  };

  it('answers a signed app_mention in the thread of the message, with cited blocks', async () => {
    const body = appMentionBody({ text: mention('Who released the transcript?') });
    const post = await ask(body);

    expect(post.channel).toBe(body.event.channel);
    expect(post.thread_ts).toBe(body.event.ts);
    expect(post.token).toMatch(/^xoxb-/);
    expectCitedAnswer(post);
  });

  it('answers a mention inside a thread in that same thread', async () => {
    const parent = nextTs();
    const post = await ask(appMentionBody({ text: mention('Who released the transcript?'), threadTs: parent }));
    expect(post.thread_ts).toBe(parent);
  });

  it('answers the url_verification challenge', async () => {
    const res = await deliver({ token: 'x', challenge: 'c-3-p-0', type: 'url_verification' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'c-3-p-0' });
  });

  it('rejects a bad signature or a stale timestamp with 401 and answers neither', async () => {
    const forged = appMentionBody({ text: mention('Who released the transcript?') });
    expect((await deliver(forged, {}, 'ffffffffffffffffffffffffffffffff')).status).toBe(401);
    const stale = appMentionBody({ text: mention('Who released the transcript?') });
    expect((await deliver(stale, {}, SIGNING_SECRET, Math.floor(Date.now() / 1000) - 10 * 60)).status).toBe(401);

    await expectNothingPostedFor(forged.event.ts);
    expect(h.fake.posts.some((post) => post.thread_ts === stale.event.ts)).toBe(false);
  });

  it('answers a retried delivery of the same event once', async () => {
    const body = appMentionBody({ text: mention('Who released the transcript?') });
    await ask(body);
    const retry = await deliver(body, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    const again = await deliver(body, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    expect(again.status).toBe(200);

    await expectNothingPostedFor('none');
    expect(h.fake.posts.filter((post) => post.thread_ts === body.event.ts)).toHaveLength(1);
  });

  it('answers a direct message without a mention, in its thread', async () => {
    const body = directMessageBody({ text: 'who released the transcript' });
    const post = await ask(body);
    expect(post.channel).toBe(body.event.channel);
    expect(post.thread_ts).toBe(body.event.ts);
    expectCitedAnswer(post);
  });

  it('ignores messages from bots, including its own', async () => {
    const otherBot = directMessageBody({ text: 'Who released the transcript?', subtype: 'bot_message', botId: 'B0OTHER' });
    const itself = directMessageBody({ text: 'Someone released the transcript [1].', user: FAKE_BOT.userId, botId: FAKE_BOT.botId });
    const botMention = appMentionBody({ text: mention('Who released the transcript?'), user: 'U0OTHERBOT', botId: 'B0OTHER' });
    for (const body of [otherBot, itself, botMention]) expect((await deliver(body)).status).toBe(200);

    await expectNothingPostedFor(otherBot.event.ts);
    for (const body of [itself, botMention]) expect(h.fake.posts.some((post) => post.thread_ts === body.event.ts)).toBe(false);
  });

  it.each([
    // As Slack sends it when the user picked @channel from autocomplete…
    ['markup', '<!channel> <!here|here> <@U0VICTIM> who released the transcript?'],
    // …and when they typed the markup literally (Slack escapes it; the core may echo it back).
    ['typed', '&lt;!channel&gt; &lt;!everyone&gt; &lt;@U0VICTIM&gt; what is the capital of France?'],
  ])('answers a question carrying a broadcast mention (%s) without any mention in the reply', async (_form, text) => {
    const post = await ask(appMentionBody({ text: mention(text) }));
    const everything = JSON.stringify(post.raw);
    expect(everything).not.toMatch(/<!(channel|here|everyone|subteam)/);
    expect(everything).not.toMatch(/<[@#]/);
    expect(post.text.length).toBeGreaterThan(0);
  });

  it('apologises in the thread and logs the event id when answering fails, then keeps working', async () => {
    const body = appMentionBody({ text: mention(EXPLODE) });
    const post = await ask(body);
    expect(post.thread_ts).toBe(body.event.ts);
    expect(post.text).toMatch(/^Sorry, something went wrong/);
    const logged = h.logs.lines.find((line) => line.level === 50 && line.eventId === body.event_id);
    expect(logged?.msg).toBe('answering failed');

    const next = await ask(appMentionBody({ text: mention('Who released the transcript?') }));
    expectCitedAnswer(next);
  });
});
