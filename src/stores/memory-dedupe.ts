/**
 * Slack redelivers an event when it believes the first delivery failed (HTTP `X-Slack-Retry-Num`,
 * Socket Mode `retry_attempt`), up to about five minutes later. Remembering each `event_id` for a
 * while lets the adapter answer it exactly once. Memory stays bounded two ways: entries older than
 * the TTL are dropped, and past `maxEntries` the oldest go first (a Map iterates in insertion
 * order, so the oldest entries are always at the front).
 */
export interface EventDeduper {
  /** True the first time an id is seen within the TTL, false for a redelivery. */
  firstSeen(eventId: string, now?: number): boolean;
  readonly size: number;
}

export interface DedupeOptions {
  ttlMs?: number;
  maxEntries?: number;
}

export function createEventDeduper({ ttlMs = 60 * 60_000, maxEntries = 10_000 }: DedupeOptions = {}): EventDeduper {
  const seen = new Map<string, number>();

  const expire = (now: number): void => {
    for (const [id, at] of seen) {
      if (at > now - ttlMs) break;
      seen.delete(id);
    }
  };

  return {
    firstSeen(eventId, now = Date.now()) {
      expire(now);
      if (seen.has(eventId)) return false;
      seen.set(eventId, now);
      if (seen.size > maxEntries) {
        const oldest = seen.keys().next();
        if (!oldest.done) seen.delete(oldest.value);
      }
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}
