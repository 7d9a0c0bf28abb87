/**
 * Who has already been told to slow down. A flood of questions from one user past the rate limit
 * gets one "you're asking faster…" notice, not one per question: the notice is due again only
 * once the wait it announced is over. Memory stays bounded: expired keys are swept as new ones
 * arrive, and past `maxEntries` the oldest go first.
 */
export interface NoticeLedger {
  /** True when `key` has not been told within its last announced wait; then it is told for `waitMs`. */
  due(key: string, waitMs: number, now?: number): boolean;
  readonly size: number;
}

export function createNoticeLedger(maxEntries = 10_000): NoticeLedger {
  const quietUntil = new Map<string, number>();

  const sweep = (now: number): void => {
    for (const [key, until] of quietUntil) if (until <= now) quietUntil.delete(key);
  };

  return {
    due(key, waitMs, now = Date.now()) {
      const until = quietUntil.get(key);
      if (until !== undefined && until > now) return false;
      if (quietUntil.size >= maxEntries) sweep(now);
      quietUntil.delete(key);
      quietUntil.set(key, now + waitMs);
      if (quietUntil.size > maxEntries) {
        const oldest = quietUntil.keys().next();
        if (!oldest.done) quietUntil.delete(oldest.value);
      }
      return true;
    },
    get size() {
      return quietUntil.size;
    },
  };
}
