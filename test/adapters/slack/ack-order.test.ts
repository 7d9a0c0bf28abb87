import { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendFromAnotherThread } from '../sender.js';
import { slowBot } from '../slow-bot.js';
import { loadBot } from './bot.js';
import { appMentionBody, mention, signedHeaders } from './events.js';
import { SIGNING_SECRET, startHarness, type Harness } from './harness.js';

/**
 * Slack retries an event it has not seen acknowledged within 3 seconds. The core answers
 * synchronously, so an event must be acknowledged before another question's answer holds the thread.
 */
describe('Slack acknowledgements while another question is answered', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await h?.close();
  });

  it("acknowledges another user's event before the answer in progress completes", async () => {
    const events: string[] = [];
    h = await startHarness(slowBot(await loadBot(), events), 'http');
    // The moment Bolt writes each acknowledgement (our requests carry the name of their question).
    const end = ServerResponse.prototype.end;
    vi.spyOn(ServerResponse.prototype, 'end').mockImplementation(function (this: ServerResponse, ...args: unknown[]) {
      const asked = this.req?.headers['x-test-question'];
      if (typeof asked === 'string') events.push(`ack ${asked}`);
      return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
    });
    const request = (question: string, user: string) => {
      const raw = JSON.stringify(appMentionBody({ text: mention(question), user }));
      return { url: h?.slack.url ?? '', headers: { ...signedHeaders(raw, SIGNING_SECRET), 'x-test-question': question }, body: raw };
    };
    // The first answer holds the thread while the next two arrive together.
    const statuses = await sendFromAnotherThread([request('first', 'U0FIRST'), request('second', 'U0SECOND'), request('third', 'U0THIRD')]);
    expect(statuses).toEqual([200, 200, 200]);
    await h.fake.until(() => events.includes('ask-end third'), 'every answer');
    expect(events.indexOf('ack third')).toBeGreaterThanOrEqual(0);
    expect(events.indexOf('ack third')).toBeLessThan(events.indexOf('ask-end second'));
  });
});
