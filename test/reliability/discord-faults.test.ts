import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../adapters/discord/harness.js';
import { loadStoryBot } from '../adapters/discord/story-bot.js';
import { ask, embedOf, inGuild, seen, someone } from '../adapters/discord/view.js';

/**
 * Discord misbehaving while the bot answers: REST refusing the reply for a while, the gateway
 * dropping the connection. The answer must still arrive (once), or the user sees an error; the
 * client must never crash.
 */
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const errors = (harness: Harness) => harness.logs.filter((line) => Number(line.level) >= 50);

describe('Discord faults', () => {
  it('REST 429 on the reply: discord.js waits Retry-After and the answer arrives once', async () => {
    h = await startHarness({ bot: await loadStoryBot() });
    h.fake.fault = { pathIncludes: '/interactions/', status: 429, retryAfterSeconds: 1, remaining: 1 };
    const payload = ask('Who released the transcript of the call?', inGuild(), someone());
    const reply = await h.fake.interact(payload, 8_000);
    expect(h.fake.faulted).toHaveLength(1);
    expect(reply.latencyMs).toBeGreaterThanOrEqual(900);
    expect(seen(embedOf(reply).description)).toMatch(/Bloomberg/);
    await settle(300);
    expect(h.fake.callsFor(payload).filter((call) => call.path.endsWith('/callback'))).toHaveLength(1);
    expect(errors(h)).toEqual([]);
  });

  it('REST 500 for a while: the reply is retried and arrives once', async () => {
    h = await startHarness({ bot: await loadStoryBot() });
    h.fake.fault = { pathIncludes: '/interactions/', status: 500, remaining: 2 };
    const payload = ask('When did the call take place?', inGuild(), someone());
    const reply = await h.fake.interact(payload, 8_000);
    expect(h.fake.faulted).toHaveLength(2);
    expect(seen(embedOf(reply).description)).toMatch(/14 October/);
    await settle(300);
    expect(h.fake.callsFor(payload).filter((call) => call.path.endsWith('/callback'))).toHaveLength(1);
  });

  it.each([
    ['closes the connection (4000)', (socket: { close(code: number): void; terminate(): void }) => socket.close(4000)],
    ['drops the TCP connection', (socket: { close(code: number): void; terminate(): void }) => socket.terminate()],
  ])('the gateway %s: the client resumes its session and keeps answering', async (_name, drop) => {
    h = await startHarness({ bot: await loadStoryBot() });
    const session = h.fake.sessions[0];
    if (!session) throw new Error('no session');
    drop(session.socket);
    await h.fake.waitUntil(() => (session.resumes >= 1 ? true : undefined), 'a RESUME', 10_000);
    expect(h.fake.identifies).toHaveLength(1);
    const reply = await h.fake.interact(ask('Who released the transcript of the call?', inGuild(), someone()));
    expect(seen(embedOf(reply).description)).toMatch(/Bloomberg/);
    expect(errors(h)).toEqual([]);
  }, 20_000);
});
