import type { TurnRecord } from '../answer/turn-record.js';

/**
 * The state several bot processes must share to behave as one bot: which events were already
 * taken, what each conversation said last, how fast each user is asking. Every call is async
 * because the shared implementation is a network round trip; none of them ever rejects — each
 * store has its own documented behaviour when the shared backend is unreachable (docs/scaling.md).
 */
export interface EventDedupe {
  /** True the first time an event id is seen (by any process sharing the store), false for a redelivery. */
  firstSeen(eventId: string): Promise<boolean>;
}

export interface ConversationTurns {
  /** The last turn remembered under a conversation key, refreshing its time to live. */
  get(conversationId: string): Promise<TurnRecord | undefined>;
  set(conversationId: string, turn: TurnRecord): Promise<void>;
}

export interface SharedRateLimiter {
  /** Records a request; 0 when allowed, else the seconds until the next one would be. */
  take(key: string): Promise<number>;
  /**
   * Whether a refused `key` should be told so: true once per stretch of refusals (until the
   * `waitSeconds` announced have passed), so a flood of questions gets one notice, not one each.
   */
  noticeDue(key: string, waitSeconds: number): Promise<boolean>;
}

export interface Stores {
  /** Where the state lives: this process, or the Redis at REDIS_URL. */
  readonly backend: 'memory' | 'redis';
  readonly dedupe: EventDedupe;
  readonly conversations: ConversationTurns;
  /** A per-key sliding window of `perMinute` requests; `scope` keeps platforms' keys apart. */
  rateLimiter(scope: string, perMinute: number): SharedRateLimiter;
  /** Releases the connection, if any; the stores must not be used afterwards. */
  close(): Promise<void>;
}

/** Bounds shared by both backends, so a replica behaves as the single process did. */
export const STORE_LIMITS = {
  /** Slack redelivers for about five minutes; an hour leaves a wide margin. */
  dedupeTtlMs: 60 * 60_000,
  dedupeMaxEntries: 10_000,
  /** A conversation is forgotten after this much silence. */
  conversationTtlMs: 30 * 60_000,
  maxConversations: 10_000,
  rateWindowMs: 60_000,
  /** Users remembered as already told to slow down (one notice per stretch of refusals). */
  maxRateNotices: 10_000,
  /**
   * How long a replica waits for Redis to confirm an event is new before deciding alone. Long,
   * because Bolt has acked the event already (waiting costs reply time, not a Slack retry) and a
   * busy process reads Redis's reply late: a short limit would let two busy replicas both give up
   * and both answer.
   */
  dedupeWaitMs: 5_000,
  /** Conversations and rate limits wait less: giving up costs a fresh follow-up or a local limit. */
  sharedWaitMs: 1_000,
};
export type StoreLimits = typeof STORE_LIMITS;
