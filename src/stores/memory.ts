import { createConversationStore } from '../conversation.js';
import { createRateLimiter } from '../ratelimit.js';
import type { TurnRecord } from '../answer/turn-record.js';
import { createEventDeduper } from './memory-dedupe.js';
import { createNoticeLedger } from './memory-notices.js';
import type { PersistentDedupe } from './seen-events-file.js';
import { STORE_LIMITS, type Stores } from './types.js';

/**
 * The default without REDIS_URL: everything in this process, nothing to connect to. `seenEvents`,
 * when given, is the de-duplication kept across restarts (seen-events-file.ts); closing closes it.
 */
export function createMemoryStores(seenEvents?: PersistentDedupe): Stores {
  const dedupe = createEventDeduper({ ttlMs: STORE_LIMITS.dedupeTtlMs, maxEntries: STORE_LIMITS.dedupeMaxEntries });
  const turns = createConversationStore<TurnRecord>(STORE_LIMITS.maxConversations, STORE_LIMITS.conversationTtlMs);
  return {
    backend: 'memory',
    dedupe: seenEvents ?? { firstSeen: async (eventId) => dedupe.firstSeen(eventId) },
    conversations: {
      get: async (id) => turns.get(id),
      set: async (id, turn) => turns.set(id, turn),
    },
    rateLimiter(_scope, perMinute) {
      const limiter = createRateLimiter(perMinute, STORE_LIMITS.rateWindowMs);
      const notices = createNoticeLedger(STORE_LIMITS.maxRateNotices);
      return { take: async (key) => limiter.take(key), noticeDue: async (key, waitSeconds) => notices.due(key, waitSeconds * 1000) };
    },
    close: async () => seenEvents?.close(),
  };
}
