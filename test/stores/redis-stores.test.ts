import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { TurnRecord } from '../../src/answer/turn-record.js';
import { createLogger } from '../../src/log.js';
import { openRedisStores } from '../../src/stores/redis/stores.js';
import type { Stores } from '../../src/stores/types.js';
import { LogCapture } from '../adapters/slack/harness.js';
import { describeWithRedis } from './describe-with-redis.js';
import { RedisServer } from './redis-server.js';

/**
 * The Redis stores against a real redis-server: two store instances stand for two bot processes
 * (each has its own connection and its own process memory).
 */
let server: RedisServer;
let opened: Stores[] = [];
let logs: LogCapture;

async function replica(overrides = {}): Promise<Stores> {
  const stores = await openRedisStores(server.url, createLogger({ level: 'info', destination: logs }), overrides);
  opened.push(stores);
  return stores;
}

/** A stand-in turn: the stores treat it as opaque JSON. */
const turn = (question: string) => ({ format: 1, question: { text: question, type: 'thing', terms: [] } }) as unknown as TurnRecord;

const until = async (check: () => Promise<boolean>, what: string): Promise<void> => {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describeWithRedis('Redis stores shared by two processes', () => {
  beforeAll(async () => {
    server = await RedisServer.start();
  });
  afterEach(async () => {
    await Promise.all(opened.map((stores) => stores.close()));
    opened = [];
    await server.start();
    const admin = new Redis(server.url);
    await admin.flushall();
    admin.disconnect();
  });
  afterAll(async () => {
    await server?.stop();
  });
  beforeAll(() => {
    logs = new LogCapture();
  });

  it('takes an event once across processes, and remembers it with an expiry', async () => {
    const [a, b] = [await replica(), await replica()];
    expect(await a.dedupe.firstSeen('Ev1')).toBe(true);
    expect(await b.dedupe.firstSeen('Ev1')).toBe(false);
    expect(await a.dedupe.firstSeen('Ev1')).toBe(false);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).dedupe.firstSeen('Ev2')));
    expect(results.filter(Boolean)).toHaveLength(1);
    const admin = new Redis(server.url);
    expect(await admin.pttl('storybot:event:Ev1')).toBeGreaterThan(0);
    admin.disconnect();
  });

  it('shares a conversation between processes, keeps it for its time to live and at most the bound, least recently used first', async () => {
    const [a, b] = [await replica({ maxConversations: 2 }), await replica({ maxConversations: 2 })];
    await a.conversations.set('t1', turn('first'));
    expect((await b.conversations.get('t1'))?.question.text).toBe('first');
    await b.conversations.set('t2', turn('second'));
    await a.conversations.get('t1');
    await a.conversations.set('t3', turn('third'));
    expect(await b.conversations.get('t2')).toBeUndefined();
    expect((await b.conversations.get('t1'))?.question.text).toBe('first');
    expect((await b.conversations.get('t3'))?.question.text).toBe('third');

    const short = await replica({ conversationTtlMs: 200 });
    await short.conversations.set('brief', turn('soon gone'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await short.conversations.get('brief')).toBeUndefined();
  });

  it("holds one user's rate limit across processes, and keeps users apart", async () => {
    const [a, b] = [await replica(), await replica()];
    const [limitA, limitB] = [a.rateLimiter('slack', 3), b.rateLimiter('slack', 3)];
    expect([await limitA.take('T:U1'), await limitB.take('T:U1'), await limitA.take('T:U1')]).toEqual([0, 0, 0]);
    const wait = await limitB.take('T:U1');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await limitA.take('T:U2')).toBe(0);
    expect(await a.rateLimiter('discord', 3).take('T:U1')).toBe(0);
  });

  it('tells a limited user to slow down once across processes, until the announced wait is over', async () => {
    const [a, b] = [await replica(), await replica()];
    const [limitA, limitB] = [a.rateLimiter('slack', 1), b.rateLimiter('slack', 1)];
    expect([await limitA.noticeDue('T:U1', 1), await limitB.noticeDue('T:U1', 1), await limitA.noticeDue('T:U1', 1)]).toEqual([true, false, false]);
    expect(await limitB.noticeDue('T:U2', 1)).toBe(true);
    await until(async () => limitB.noticeDue('T:U1', 1), 'the notice to be due again');
  });

  it('keeps answering when Redis dies, warns once per store, and shares state again once it is back', async () => {
    const [a, b] = [await replica(), await replica()];
    await a.conversations.set('thread', turn('before'));
    await server.kill();

    // De-duplication falls back to each process's memory.
    expect(await a.dedupe.firstSeen('EvDown')).toBe(true);
    expect(await a.dedupe.firstSeen('EvDown')).toBe(false);
    for (const id of ['EvDown2', 'EvDown3']) expect(await a.dedupe.firstSeen(id)).toBe(true);
    // Conversations degrade to fresh questions; writes are dropped, not thrown.
    expect(await a.conversations.get('thread')).toBeUndefined();
    await expect(a.conversations.set('thread', turn('during'))).resolves.toBeUndefined();
    // Rate limits: each process enforces the limit on its own.
    const limit = a.rateLimiter('slack', 2);
    expect([await limit.take('T:U'), await limit.take('T:U'), await limit.take('T:U')].map((wait) => wait > 0)).toEqual([false, false, true]);
    expect(await b.rateLimiter('slack', 2).take('T:U')).toBe(0);
    const warnings = logs.lines.filter((line) => line.level === 40 && line.store === 'dedupe');
    expect(warnings.length).toBe(1);

    await server.start();
    // Both reconnect by themselves: a turn one writes, the other reads.
    await until(async () => {
      await a.conversations.set('x', turn('after'));
      return (await b.conversations.get('x'))?.question.text === 'after';
    }, 'the stores to share a conversation again');
    expect(await b.conversations.get('thread')).toBeUndefined();
    expect([await b.rateLimiter('slack', 1).take('T:V'), await a.rateLimiter('slack', 1).take('T:V')].map((wait) => wait > 0)).toEqual([false, true]);
    // An event taken by `a` during the outage was written to Redis on reconnection: `b` does not take it again.
    await until(async () => !(await b.dedupe.firstSeen('EvDown')), 'the outage ids to be written back');
    expect(logs.lines.some((line) => line.msg === 'Redis reachable; shared stores in use')).toBe(true);
  });

  it('reads a stored turn that is not JSON as no record, without taking it for a Redis outage', async () => {
    const a = await replica();
    const admin = new Redis(server.url);
    await admin.set('storybot:turn:damaged', '{not json');
    admin.disconnect();
    const before = logs.lines.length;
    expect(await a.conversations.get('damaged')).toBeUndefined();
    const outageWarnings = () => logs.lines.slice(before).filter((line) => line.level === 40 && line.store === 'conversation');
    expect(outageWarnings()).toHaveLength(0);
    expect(logs.lines.slice(before).some((line) => line.msg === 'stored conversation turn is not JSON; the follow-up starts afresh')).toBe(true);
    // The outage warning is still there to be given when Redis really goes away.
    await server.kill();
    expect(await a.conversations.get('damaged')).toBeUndefined();
    expect(outageWarnings()).toHaveLength(1);
  });

  it('does not wait past its limit for a Redis that has stopped answering: the command falls back', async () => {
    const a = await replica({ dedupeWaitMs: 300, sharedWaitMs: 200 });
    const admin = new Redis(server.url);
    const asleep = admin.call('DEBUG', 'SLEEP', '1.5');
    let sleeping = true;
    void asleep.finally(() => (sleeping = false));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await a.dedupe.firstSeen('EvSlow')).toBe(true);
    expect(await a.rateLimiter('slack', 5).take('T:U')).toBe(0);
    expect(sleeping).toBe(true);
    await asleep;
    admin.disconnect();
  });
});
