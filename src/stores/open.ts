import { ConfigError } from '../config.js';
import type { Logger } from '../log.js';
import { createMemoryStores } from './memory.js';
import { isRedisUrl } from './redis-url.js';
import { openSeenEvents } from './seen-events-file.js';
import type { Stores } from './types.js';

export type { Stores } from './types.js';

/**
 * The stores a platform adapter uses: Redis when REDIS_URL is set (its client is loaded only
 * then, so `ask` and the REPL never pay for it), else this process's memory. Never rejects
 * because Redis is down: the Redis stores start on their fallbacks and reconnect. Without Redis,
 * `seenEventsFile` keeps the events already taken across a restart (Redis keeps them itself).
 */
export async function openStores(env: { REDIS_URL?: string | undefined }, logger: Logger, seenEventsFile?: string): Promise<Stores> {
  if (!env.REDIS_URL) return createMemoryStores(seenEventsFile ? await openSeenEvents(seenEventsFile, logger) : undefined);
  if (!isRedisUrl(env.REDIS_URL)) {
    throw new ConfigError('REDIS_URL', 'should be a redis:// or rediss:// URL such as redis://127.0.0.1:6379, or unset to keep state in each process', 'Configuration');
  }
  const { openRedisStores } = await import('./redis/stores.js');
  const stores = await openRedisStores(env.REDIS_URL, logger);
  logger.info({ backend: stores.backend }, 'shared stores opened: event de-duplication, conversations and rate limits live in Redis');
  return stores;
}
