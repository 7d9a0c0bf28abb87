import { describeRedisUrl, isRedisUrl } from './redis-url.js';

const REDIS = 'the Redis at REDIS_URL';

/** How long `storybot check` waits for Redis to answer before calling it unreachable. */
const PROBE_TIMEOUT_MS = 3_000;
/** ZPOPMIN and scripts that read TIME before writing need Redis 5 or later. */
const MIN_MAJOR_VERSION = 5;

export interface RedisReport {
  lines: string[];
  failed: boolean;
}

/**
 * `storybot check`'s Redis section: whether REDIS_URL (when set) answers, and with which
 * version. Never prints the URL (it may hold a password, and check output may go to CI logs).
 */
export async function checkRedis(url: string | undefined): Promise<RedisReport> {
  if (!url) return { lines: ['  not set: each process keeps its own event de-duplication, conversations and rate limits'], failed: false };
  if (!isRedisUrl(url)) return { lines: [`  ✗ REDIS_URL is not a redis:// or rediss:// URL`], failed: true };
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { lazyConnect: true, connectTimeout: PROBE_TIMEOUT_MS, commandTimeout: PROBE_TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  // The socket's own error (ECONNREFUSED, ENOTFOUND, auth) says more than the rejected command.
  let socketError: string | undefined;
  client.on('error', (error: Error) => (socketError ??= error.message));
  try {
    await client.connect();
    await client.ping();
    const version = /redis_version:(\S+)/.exec(await client.info('server'))?.[1] ?? 'unknown';
    const major = Number.parseInt(version, 10);
    if (Number.isFinite(major) && major < MIN_MAJOR_VERSION) {
      return { lines: [`  ✗ ${REDIS} answers, but runs Redis ${version}; storybot needs ${MIN_MAJOR_VERSION}.0 or later`], failed: true };
    }
    return { lines: [`  ok ${REDIS} answers (Redis ${version}): replicas share de-duplication, conversations and rate limits`], failed: false };
  } catch (error) {
    const reason = (socketError ?? (error instanceof Error ? error.message : String(error))).split(url).join(describeRedisUrl(url));
    return {
      lines: [
        `  ✗ ${REDIS} cannot be reached (${reason})`,
        '    The bot would still run, each process on its own, until Redis answers: start Redis or fix REDIS_URL.',
      ],
      failed: true,
    };
  } finally {
    client.disconnect();
  }
}
