import { describe, expect, it } from 'vitest';
import { createGate } from '../../../adapters/slack/gate.js';
import { createLogger } from '../../../src/log.js';
import type { EventDedupe } from '../../../src/stores/types.js';
import { LogCapture } from './harness.js';

type MiddlewareArgs = Parameters<ReturnType<typeof createGate>['middleware']>[0];

/** What Bolt hands the global middleware, reduced to what the gate reads. */
const argsOf = (eventId: string, next: () => Promise<void>): MiddlewareArgs =>
  ({ body: { event_id: eventId }, context: {}, next }) as unknown as MiddlewareArgs;

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('Slack gate', () => {
  it('waits, on close, for an event still being checked against the shared de-duplication store', async () => {
    // A dedupe answer that arrives late (Redis a round trip away, or slow): stop() begins meanwhile.
    let answer: (first: boolean) => void = () => undefined;
    const dedupe: EventDedupe = { firstSeen: () => new Promise<boolean>((resolve) => (answer = resolve)) };
    const gate = createGate(dedupe, createLogger({ level: 'silent', destination: new LogCapture() }));
    let answered = false;
    const handled = gate.middleware(
      argsOf('EvLate', async () => {
        await tick();
        answered = true;
      }),
    );
    await tick();

    let closed = false;
    const closing = gate.close().then(() => (closed = true));
    await tick();
    // The id is taken in the shared store, so no other replica will answer it: this one must.
    expect(closed).toBe(false);
    answer(true);
    await closing;
    await handled;
    expect(answered).toBe(true);
  });

  it('takes no new event once closing has begun, and drops redeliveries', async () => {
    const seen = new Set<string>();
    const dedupe: EventDedupe = { firstSeen: async (id) => !seen.has(id) && Boolean(seen.add(id)) };
    const gate = createGate(dedupe, createLogger({ level: 'silent', destination: new LogCapture() }));
    let calls = 0;
    const next = async () => void (calls += 1);
    await gate.middleware(argsOf('Ev1', next));
    await gate.middleware(argsOf('Ev1', next));
    expect(calls).toBe(1);
    await gate.close();
    await gate.middleware(argsOf('Ev2', next));
    expect(calls).toBe(1);
  });
});
