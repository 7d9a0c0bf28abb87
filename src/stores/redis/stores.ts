import { randomUUID } from 'node:crypto';
import type { TurnRecord } from '../../answer/turn-record.js';
import type { Logger } from '../../log.js';
import { createRateLimiter } from '../../ratelimit.js';
import { createEventDeduper } from '../memory-dedupe.js';
import { createNoticeLedger } from '../memory-notices.js';
import { STORE_LIMITS, type ConversationTurns, type EventDedupe, type SharedRateLimiter, type StoreLimits, type Stores } from '../types.js';
import { connectRedis, KEY_PREFIX, type ConnectedRedis } from './client.js';
import { SCRIPTS, type ScriptName } from './scripts.js';

const KEYS = {
  event: (id: string) => `${KEY_PREFIX}event:${id}`,
  turn: (id: string) => `${KEY_PREFIX}turn:${id}`,
  turnPrefix: `${KEY_PREFIX}turn:`,
  turnIndex: `${KEY_PREFIX}turns`,
  rate: (scope: string, key: string) => `${KEY_PREFIX}rate:${scope}:${key}`,
  notice: (scope: string, key: string) => `${KEY_PREFIX}rate-notice:${scope}:${key}`,
};

/** A serialised turn over this is not shared (a turn is a few kilobytes; this only guards Redis). */
const MAX_TURN_BYTES = 64 * 1024;

/** Resolves as `work` does, or rejects after `ms`: the store then applies its fallback. */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

type RunScript = (name: ScriptName, keys: string[], args: Array<string | number>) => Promise<unknown>;

function scriptRunner(redis: ConnectedRedis): RunScript {
  // defineCommand sends EVALSHA and falls back to EVAL after a restart emptied the script cache.
  for (const [name, script] of Object.entries(SCRIPTS)) redis.client.defineCommand(name, script);
  const commands = redis.client as unknown as Record<ScriptName, (...args: Array<string | number>) => Promise<unknown>>;
  return (name, keys, args) => commands[name](...keys, ...args);
}

/**
 * De-duplication: this process's memory first (a redelivery to the same replica costs no round
 * trip), then an atomic SET NX PX in Redis. Redis unreachable or slow: the process's memory alone
 * decides, with a warning, and the ids taken meanwhile are written to Redis once it is back.
 */
function redisDedupe(redis: ConnectedRedis, limits: StoreLimits): EventDedupe {
  const local = createEventDeduper({ ttlMs: limits.dedupeTtlMs, maxEntries: limits.dedupeMaxEntries });
  // Event ids taken while Redis was away, written to it when it is back (bounded like the memory).
  const backfill = new Set<string>();
  redis.health.onRecovery(async () => {
    const ids = [...backfill];
    backfill.clear();
    if (ids.length === 0) return;
    const batch = redis.client.pipeline();
    for (const id of ids) batch.set(KEYS.event(id), '1', 'PX', limits.dedupeTtlMs, 'NX');
    await batch.exec().catch(() => undefined);
  });
  return {
    async firstSeen(eventId) {
      if (!local.firstSeen(eventId)) return false;
      try {
        return (await within(redis.client.set(KEYS.event(eventId), '1', 'PX', limits.dedupeTtlMs, 'NX'), limits.dedupeWaitMs)) === 'OK';
      } catch (error) {
        redis.health.degraded('dedupe', error, 'de-duplicating in this process only until Redis is back');
        if (backfill.size < limits.dedupeMaxEntries) backfill.add(eventId);
        return true;
      }
    },
  };
}

/** Conversations: Redis unreachable or slow means a follow-up is read as a fresh question. */
function redisConversations(redis: ConnectedRedis, run: RunScript, limits: StoreLimits, logger: Logger): ConversationTurns {
  return {
    async get(id) {
      let raw: unknown;
      try {
        raw = await within(run('turnGet', [KEYS.turn(id), KEYS.turnIndex], [limits.conversationTtlMs, id]), limits.sharedWaitMs);
      } catch (error) {
        redis.health.degraded('conversation', error, 'follow-ups are answered as fresh questions until Redis is back');
        return undefined;
      }
      if (typeof raw !== 'string') return undefined;
      // A value that is not JSON (damaged, or not written by storybot) counts as no record, as one
      // failing turnFromRecord's structural check does. It is not a Redis failure: reporting it as
      // one would say "until Redis is back" and use up this outage's one warning.
      try {
        return JSON.parse(raw) as TurnRecord;
      } catch {
        logger.warn({ conversation: id }, 'stored conversation turn is not JSON; the follow-up starts afresh');
        return undefined;
      }
    },
    async set(id, turn) {
      const value = JSON.stringify(turn);
      if (Buffer.byteLength(value) > MAX_TURN_BYTES) {
        logger.warn({ bytes: Buffer.byteLength(value) }, 'conversation turn too large to share; the next follow-up starts afresh');
        return;
      }
      try {
        await within(run('turnSet', [KEYS.turn(id), KEYS.turnIndex], [value, limits.conversationTtlMs, limits.maxConversations, id, KEYS.turnPrefix]), limits.sharedWaitMs);
      } catch (error) {
        redis.health.degraded('conversation', error, 'follow-ups are answered as fresh questions until Redis is back');
      }
    },
  };
}

/**
 * Rate limits: one sliding window per user in Redis, shared by every replica. Redis unreachable
 * or slow: each process enforces the limit on its own (with N replicas a user may get up to N
 * times the limit), never refusing a user because Redis is down.
 */
function redisRateLimiter(redis: ConnectedRedis, run: RunScript, limits: StoreLimits, scope: string, perMinute: number): SharedRateLimiter {
  const local = createRateLimiter(perMinute, limits.rateWindowMs);
  const localNotices = createNoticeLedger(limits.maxRateNotices);
  return {
    async take(key) {
      try {
        const wait = await within(run('rateTake', [KEYS.rate(scope, key)], [perMinute, limits.rateWindowMs, randomUUID()]), limits.sharedWaitMs);
        return Number(wait) || 0;
      } catch (error) {
        redis.health.degraded('rate-limit', error, 'each process limits its users on its own until Redis is back');
        return local.take(key);
      }
    },
    // One notice per stretch for every replica: the first to SET NX the user's notice key tells them.
    async noticeDue(key, waitSeconds) {
      try {
        const set = redis.client.set(KEYS.notice(scope, key), '1', 'PX', waitSeconds * 1000, 'NX');
        return (await within(set, limits.sharedWaitMs)) === 'OK';
      } catch (error) {
        redis.health.degraded('rate-limit', error, 'each process limits its users on its own until Redis is back');
        return localNotices.due(key, waitSeconds * 1000);
      }
    },
  };
}

/** All three stores on one Redis connection; `overrides` shrink the bounds for tests. */
export async function openRedisStores(url: string, logger: Logger, overrides: Partial<StoreLimits> = {}): Promise<Stores> {
  const limits: StoreLimits = { ...STORE_LIMITS, ...overrides };
  const redis = await connectRedis(url, logger);
  const run = scriptRunner(redis);
  const limiters = new Map<string, SharedRateLimiter>();
  return {
    backend: 'redis',
    dedupe: redisDedupe(redis, limits),
    conversations: redisConversations(redis, run, limits, logger),
    rateLimiter(scope, perMinute) {
      const key = `${scope}:${perMinute}`;
      let limiter = limiters.get(key);
      if (!limiter) limiters.set(key, (limiter = redisRateLimiter(redis, run, limits, scope, perMinute)));
      return limiter;
    },
    close: () => redis.close(),
  };
}
