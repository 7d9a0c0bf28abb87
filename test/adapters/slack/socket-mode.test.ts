import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBot } from './bot.js';
import { appMentionBody, directMessageBody, mention } from './events.js';
import { expectCitedAnswer } from './expect-answer.js';
import type { RecordedPost } from './fake-slack.js';
import { latencySummary } from './latency.js';
import { startHarness, type Harness } from './harness.js';

/** Sockets and timers this process holds, by kind, to prove `stop()` leaves nothing behind. */
const handles = (): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
};

describe('Slack adapter in Socket Mode', () => {
  let h: Harness;
  let baseline: Record<string, number>;
  const latencies: number[] = [];

  beforeAll(async () => {
    baseline = handles();
    h = await startHarness(await loadBot(), 'socket');
  });
  afterAll(async () => {
    await h?.close();
    if (latencies.length) console.info(latencySummary('socket', latencies));
  });

  const replyIn = (thread: string, from = 0): RecordedPost | undefined =>
    h.fake.posts.slice(from).find((post) => post.thread_ts === thread);

  const askOverSocket = async (body: { event: { ts: string } }, retry?: { attempt: number; reason: string }) => {
    const sent = performance.now();
    const envelopeId = h.fake.sendEvent(body, retry);
    await h.fake.until(() => replyIn(body.event.ts) !== undefined, `a reply in thread ${body.event.ts}`);
    const post = replyIn(body.event.ts);
    if (!post) throw new Error('no reply');
    latencies.push(post.at - sent);
    return { envelopeId, post };
  };

  it('connects once Slack says hello', () => {
    expect(h.slack.mode).toBe('socket');
    expect(h.fake.openSockets).toBe(1);
    expect(h.fake.calls).toContain('apps.connections.open');
  });

  it('acks the envelope and answers an app_mention in its thread with cited blocks', async () => {
    const body = appMentionBody({ text: mention('Who released the transcript?') });
    const { envelopeId, post } = await askOverSocket(body);

    expect(h.fake.acks).toContainEqual({ envelope_id: envelopeId, payload: {} });
    expect(post.channel).toBe(body.event.channel);
    expectCitedAnswer(post);
  });

  it('acks a redelivery but answers the event once', async () => {
    const body = appMentionBody({ text: mention('Who released the transcript?') });
    await askOverSocket(body);
    const redelivered = h.fake.sendEvent(body, { attempt: 1, reason: 'timeout' });
    await h.fake.until(() => h.fake.acks.some((ack) => ack.envelope_id === redelivered), 'the redelivery ack');

    // A later message's reply proves the redelivery has been processed (and dropped) by then.
    await askOverSocket(directMessageBody({ text: 'who released the transcript' }));
    expect(h.fake.posts.filter((post) => post.thread_ts === body.event.ts)).toHaveLength(1);
  });

  it('stops cleanly: the socket is closed and no sockets or timers are left', async () => {
    // Bolt's own stop() resolves before the socket has closed; the adapter's must wait for the
    // close handshake, even when Slack is slow to answer it.
    h.fake.stallReads(300);
    const started = performance.now();
    await h.slack.stop();
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    await h.fake.until(() => h.fake.openSockets === 0, 'the socket to close', 500);
    await h.fake.close();
    // Destroyed sockets release their handles a few ticks later; anything still open after a
    // short grace period is a leak (a live WebSocket, a keep-alive socket, a ping timer).
    const extra = (): string[] => {
      const now = handles();
      return ['TCPSocketWrap', 'TCPServerWrap', 'Timeout'].filter((kind) => (now[kind] ?? 0) > (baseline[kind] ?? 0));
    };
    const deadline = Date.now() + 1_000;
    while (extra().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(extra()).toEqual([]);
  });
});
