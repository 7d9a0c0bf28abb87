import type { AnswerPacing } from './command.js';

export interface PacingOptions {
  /** Defer when the interaction is already this old on arrival (gateway lag, a busy event loop). */
  maxAgeMs?: number;
  /** Defer when one of the recent answers took this long: the next one may too. */
  slowAnswerMs?: number;
}

/**
 * Discord needs a first response within 3 seconds. The core answers synchronously and usually in
 * milliseconds, so the bot replies directly (one request instead of two, and no "is thinking…"
 * flicker). It defers first only when the answer may not be ready in time: the interaction
 * arrived late, or the core has recently been slow. A synchronous call cannot be interrupted to
 * defer half-way, so the decision has to be made before asking.
 */
export function createPacing({ maxAgeMs = 1500, slowAnswerMs = 1000 }: PacingOptions = {}): AnswerPacing {
  const recent: number[] = [];
  return {
    shouldDefer(createdAt, now = Date.now()) {
      return now - createdAt > maxAgeMs || recent.some((duration) => duration > slowAnswerMs);
    },
    record(durationMs) {
      recent.push(durationMs);
      if (recent.length > 20) recent.shift();
    },
  };
}
