import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slowBot } from '../slow-bot.js';
import type { RestCall } from './fake-discord.js';
import { startHarness, type Harness } from './harness.js';
import { loadStoryBot } from './story-bot.js';
import { ask, inGuild, someone } from './view.js';

/**
 * Discord shows "The application did not respond" when an interaction gets no first response
 * within 3 seconds. The core answers synchronously, so an interaction that arrives while others
 * wait for their answers is deferred before any of those answers holds the thread.
 */
const events: string[] = [];
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ bot: slowBot(await loadStoryBot(), events), env: { RATE_LIMIT_PER_MINUTE: '100' } });
  // The moment the fake Discord receives each deferral ("is thinking…", callback type 5).
  const record = h.fake.calls.push.bind(h.fake.calls);
  h.fake.calls.push = (...calls: RestCall[]) => {
    for (const call of calls) if (call.body?.type === 5) events.push(`defer ${/\/interactions\/(\d+)\//.exec(call.path)?.[1]}`);
    return record(...calls);
  };
});
afterAll(async () => {
  await h?.close();
});

describe('/ask while other questions are answered', () => {
  it('defers an interaction queued behind a slow answer before that answer completes', async () => {
    const [first, second, third] = ['first', 'second', 'third'].map((question) => ask(question, inGuild(), someone()));
    for (const payload of [first, second, third]) h.fake.sendInteraction(payload!);
    await Promise.all([first, second, third].map((payload) => h.fake.reply(payload!, 10_000)));
    expect(events).toContain(`defer ${third!.id}`);
    expect(events.indexOf(`defer ${third!.id}`)).toBeLessThan(events.indexOf('ask-end second'));
  });
});
