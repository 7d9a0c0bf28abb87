import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBot } from './bot.js';
import { appMentionBody, directMessageBody, mention, nextTs, signedHeaders } from './events.js';
import { expectCitedAnswer } from './expect-answer.js';
import { SIGNING_SECRET, startHarness, type Harness } from './harness.js';

/**
 * Slack delivers an @mention typed in a direct message twice: as `message.im` and as
 * `app_mention`, with different event ids (so event-id dedupe cannot catch it). One answer only.
 */
describe('an @mention inside a DM', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(await loadBot(), 'http');
  });
  afterAll(async () => {
    await h?.close();
  });

  const deliver = async (body: object) => {
    const raw = JSON.stringify(body);
    const res = await fetch(h.slack.url ?? '', { method: 'POST', headers: signedHeaders(raw, SIGNING_SECRET), body: raw });
    expect(res.status).toBe(200);
  };

  it.each([
    ['message.im first', false],
    ['app_mention first', true],
  ])('is answered once in its thread (%s)', async (_order, mentionFirst) => {
    const ts = nextTs();
    const text = mention('Who released the transcript?');
    const im = directMessageBody({ text, ts });
    const appMention = appMentionBody({ text, ts, channel: im.event.channel });
    for (const body of mentionFirst ? [appMention, im] : [im, appMention]) await deliver(body);
    await h.fake.until(() => h.fake.posts.some((post) => post.thread_ts === ts), `a reply in thread ${ts}`);
    // Slack-visible proof nothing else follows: a later question's reply arrives after it.
    const sentinel = directMessageBody({ text: 'When did the call take place?' });
    await deliver(sentinel);
    await h.fake.until(() => h.fake.posts.some((post) => post.thread_ts === sentinel.event.ts), 'the sentinel reply');
    const replies = h.fake.posts.filter((post) => post.thread_ts === ts);
    expect(replies).toHaveLength(1);
    expectCitedAnswer(replies[0]!);
  });

  it('a mention in a channel is still answered', async () => {
    const body = appMentionBody({ text: mention('Who released the transcript?') });
    await deliver(body);
    await h.fake.until(() => h.fake.posts.some((post) => post.thread_ts === body.event.ts), 'the channel reply');
  });
});
