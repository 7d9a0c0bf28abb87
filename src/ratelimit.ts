/**
 * A per-key sliding-window limiter (one key per platform user). Memory stays bounded: keys whose
 * window has passed are swept as new ones arrive.
 */
export interface RateLimiter {
  /** Records a request; returns 0 when allowed, else the seconds until the next one would be. */
  take(key: string, now?: number): number;
}

export function createRateLimiter(perMinute: number, windowMs = 60_000): RateLimiter {
  const hits = new Map<string, number[]>();
  let lastSweep = 0;

  const sweep = (now: number): void => {
    if (now - lastSweep < windowMs) return;
    lastSweep = now;
    for (const [key, times] of hits) if ((times.at(-1) ?? 0) <= now - windowMs) hits.delete(key);
  };

  return {
    take(key, now = Date.now()) {
      sweep(now);
      const recent = (hits.get(key) ?? []).filter((time) => time > now - windowMs);
      if (recent.length >= perMinute) {
        hits.set(key, recent);
        return Math.max(1, Math.ceil(((recent[0] ?? now) + windowMs - now) / 1000));
      }
      recent.push(now);
      hits.set(key, recent);
      return 0;
    },
  };
}
