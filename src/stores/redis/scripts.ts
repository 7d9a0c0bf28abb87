/**
 * The Lua scripts the Redis stores run. Each runs atomically on the server, so two replicas
 * deciding at once cannot both get under a limit or both evict the same conversation. Times come
 * from the server's clock (TIME), so replicas whose clocks differ still share one window.
 */
const NOW_MS = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;
/** Microseconds, for the order of last use: two touches in one millisecond must not tie. */
const NOW_US = `local t = redis.call('TIME')
local now_us = tonumber(t[1]) * 1000000 + tonumber(t[2])`;

export const SCRIPTS = {
  /**
   * Sliding-window rate limit. KEYS[1] the user's sorted set of request times; ARGV: limit,
   * window (ms), a unique member. Returns 0 when allowed, else seconds until the next slot.
   */
  rateTake: {
    numberOfKeys: 1,
    lua: `${NOW_MS}
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.max(1, math.ceil((tonumber(oldest[2]) + window - now) / 1000))
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return 0`,
  },
  /**
   * Reads a conversation and marks it used. KEYS[1] the record, KEYS[2] the index of
   * conversations by last use; ARGV: time to live (ms), conversation id.
   */
  turnGet: {
    numberOfKeys: 2,
    lua: `${NOW_US}
local value = redis.call('GET', KEYS[1])
if value then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  redis.call('ZADD', KEYS[2], now_us, ARGV[2])
end
return value`,
  },
  /**
   * Saves a conversation and keeps at most ARGV[3] of them, least recently used going first.
   * KEYS[1] the record, KEYS[2] the index; ARGV: value, time to live (ms), maximum, id, key prefix.
   */
  turnSet: {
    numberOfKeys: 2,
    lua: `${NOW_US}
local ttl = tonumber(ARGV[2])
redis.call('SET', KEYS[1], ARGV[1], 'PX', ttl)
redis.call('ZADD', KEYS[2], now_us, ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now_us - ttl * 1000)
local over = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[3])
if over > 0 then
  local evicted = redis.call('ZPOPMIN', KEYS[2], over)
  for i = 1, #evicted, 2 do redis.call('DEL', ARGV[5] .. evicted[i]) end
end
return 1`,
  },
} as const;

export type ScriptName = keyof typeof SCRIPTS;
