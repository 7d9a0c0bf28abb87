import type { Redis, RedisOptions } from 'ioredis';
import type { Logger } from '../../log.js';
import { describeRedisUrl } from '../redis-url.js';

/** Every key storybot writes starts with this, so it can share a Redis with other programs. */
export const KEY_PREFIX = 'storybot:';

/**
 * The client's own limit on any command, so one that Redis never answers is dropped from the
 * queue. The stores give up sooner (see STORE_LIMITS) and apply their fallback.
 */
const COMMAND_TIMEOUT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 2_000;
/** Reconnect attempts back off to this ceiling and go on for as long as the process runs. */
const MAX_RECONNECT_DELAY_MS = 2_000;
/** Start-up waits this long for the first connection, then runs on the fallbacks meanwhile. */
export const FIRST_CONNECT_WAIT_MS = 2_000;

export const CLIENT_OPTIONS: RedisOptions = {
  connectionName: 'storybot',
  connectTimeout: CONNECT_TIMEOUT_MS,
  commandTimeout: COMMAND_TIMEOUT_MS,
  // Fail fast while disconnected instead of queueing: a queued dedupe check answered minutes
  // later is worse than the fallback now.
  enableOfflineQueue: false,
  // A command cut off by a dropped connection is not sent again after reconnecting.
  maxRetriesPerRequest: 0,
  retryStrategy: (attempt) => Math.min(attempt * 200, MAX_RECONNECT_DELAY_MS),
};

/**
 * Tracks whether Redis is answering, so each store warns once when it falls back and once more
 * (as info) when Redis is back, rather than once per event.
 */
export interface RedisHealth {
  /** A store's command failed: warn once per outage per store, saying what it does instead. */
  degraded(store: string, error: unknown, fallback: string): void;
  /** Runs after each (re)connection, before the "reachable" line. */
  onRecovery(task: () => Promise<void>): void;
}

export interface ConnectedRedis {
  client: Redis;
  health: RedisHealth;
  close(): Promise<void>;
}

/** Opens the client (ioredis is imported here, only when REDIS_URL is set) and logs its state. */
export async function connectRedis(url: string, logger: Logger): Promise<ConnectedRedis> {
  const { Redis } = await import('ioredis');
  const where = describeRedisUrl(url);
  const log = logger.child({ redis: where });
  const client = new Redis(url, CLIENT_OPTIONS);
  const warned = new Set<string>();
  const recoveries: Array<() => Promise<void>> = [];
  let everReady = false;
  let lost = false;
  let closing = false;

  client.on('error', (error: Error) => {
    // ioredis reports every failed reconnect attempt; one line per outage is enough.
    if (!lost && !closing) log.warn({ reason: error.message }, 'Redis unreachable; reconnecting (each store falls back as docs/scaling.md says)');
    lost = true;
  });
  client.on('close', () => {
    if (everReady && !lost && !closing) log.warn('Redis connection lost; reconnecting');
    if (!closing) lost = true;
  });
  client.on('ready', () => {
    const wasLost = lost || !everReady;
    everReady = true;
    lost = false;
    warned.clear();
    void Promise.allSettled(recoveries.map((task) => task())).then(() => {
      if (wasLost) log.info('Redis reachable; shared stores in use');
    });
  });

  const ready = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), FIRST_CONNECT_WAIT_MS);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  if (!(await ready)) log.warn('Redis not reachable at start-up; answering with the fallbacks until it is');

  return {
    client,
    health: {
      degraded(store, error, fallback) {
        if (warned.has(store)) return;
        warned.add(store);
        log.warn({ store, reason: error instanceof Error ? error.message : String(error) }, `Redis ${store} store failed: ${fallback}`);
      },
      onRecovery: (task) => void recoveries.push(task),
    },
    async close() {
      closing = true;
      // quit() waits for replies in flight; when Redis is gone there are none to wait for.
      await (client.status === 'ready' ? client.quit().then(() => undefined, () => client.disconnect()) : client.disconnect());
    },
  };
}
