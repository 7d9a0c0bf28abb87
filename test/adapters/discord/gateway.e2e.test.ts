import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { loadStoryBot } from './story-bot.js';
import { ask, embedOf, inGuild, seen, someone } from './view.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Sockets, servers and timers a test left behind (vitest's own are in the baseline). */
function handles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

describe('the gateway connection', () => {
  it('identifies without compression or privileged intents and keeps its heartbeat acknowledged', async () => {
    h = await startHarness({ bot: await loadStoryBot() });
    expect(h.fake.identifies).toEqual([{ shard: [0, 1], intents: 0, compress: false }]);
    // The fake beats every second; two acknowledged beats mean the client did not see a zombie.
    await h.fake.waitUntil(() => ((h?.fake.sessions[0]?.heartbeats ?? 0) >= 2 ? true : undefined), 'two heartbeats', 4000);
    expect(h.fake.closes).toEqual([]);
  });

  it('resumes its session when Discord asks it to reconnect, and keeps answering', async () => {
    h = await startHarness({ bot: await loadStoryBot() });
    h.fake.requestReconnect();
    await h.fake.waitUntil(() => (h?.fake.sessions[0]?.resumes === 1 ? true : undefined), 'a RESUME');
    expect(h.fake.identifies).toHaveLength(1);

    const reply = await h.fake.interact(ask('Who released the transcript of the call?', inGuild(), someone()));
    expect(seen(embedOf(reply).description)).toMatch(/Bloomberg/);
  });
});

describe('stop()', () => {
  it('finishes the answer in flight, then disconnects cleanly and leaves no open handles', async () => {
    const before = handles();
    const harness = await startHarness({ bot: await loadStoryBot() });
    harness.fake.callbackDelayMs = 300;

    const payload = ask('Who released the transcript of the call?', inGuild(), someone());
    harness.fake.sendInteraction(payload);
    await harness.fake.waitUntil(() => harness.fake.callsFor(payload)[0], 'the reply to start');
    const stopping = performance.now();
    await harness.adapter.stop();

    expect(performance.now() - stopping).toBeGreaterThanOrEqual(250);
    expect(harness.logs.filter((line) => Number(line.level) >= 50)).toEqual([]);
    await harness.fake.waitUntil(() => harness.fake.closes[0], 'the gateway to close');
    expect(harness.fake.closes).toEqual([1000]);
    await harness.fake.stop();

    // Let closed sockets and cleared timers leave the loop before counting.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = handles();
    for (const kind of ['TCPSocketWrap', 'TCPServerWrap', 'Timeout']) {
      expect(after[kind] ?? 0, kind).toBeLessThanOrEqual(before[kind] ?? 0);
    }
  });
});
