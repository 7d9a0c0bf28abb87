import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from '../adapters/discord/harness.js';
import { guildOnShard } from '../adapters/discord/snowflake.js';
import { KNOWLEDGE_DIR, loadStoryBot } from '../adapters/discord/story-bot.js';
import { ask, shown, someone } from '../adapters/discord/view.js';
import { describeWithRedis } from './describe-with-redis.js';
import { RedisServer } from './redis-server.js';

/**
 * DISCORD_SHARDS with REDIS_URL: two shard processes (real discord.js under the ShardingManager,
 * against the fake Discord) share one user's rate limit through a real redis-server.
 */
const LIMIT = 3;
const envBefore = { ...process.env };
const guilds = [guildOnShard(0, 2), guildOnShard(1, 2)];
let redis: RedisServer;
let h: Harness;

describeWithRedis('Discord shards sharing Redis', () => {
  beforeAll(async () => {
    redis = await RedisServer.start();
    h = await startHarness({
      bot: await loadStoryBot(),
      env: { DISCORD_SHARDS: 'auto', KNOWLEDGE_DIR, LOG_LEVEL: 'warn', REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: String(LIMIT) },
      fake: { shards: 2, guildIds: guilds },
      tuning: { shardSpawnDelayMs: 0 },
    });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await redis?.stop();
    expect(process.env).toEqual(envBefore);
  });

  it("holds one user's rate limit across shard processes", async () => {
    const user = someone();
    const replies: string[] = [];
    // Alternating guilds on shards 0 and 1: each shard alone sees 2 or 3 questions, within its limit.
    for (let i = 0; i < LIMIT + 2; i++) {
      const guildId = guilds[i % 2] as string;
      replies.push(shown(await h.fake.interact(ask('Who released the transcript of the call?', { guildId, channelId: '330000000000000000' }, user))));
    }
    const limited = replies.map((reply) => /asking faster than I can keep up/.test(reply));
    expect(limited).toEqual([false, false, false, true, true]);
    const shardsUsed = new Set(h.fake.dispatches.filter((d) => d.type === 'INTERACTION_CREATE').map((d) => d.shard));
    expect([...shardsUsed].sort()).toEqual([0, 1]);
    // Another user is not held back by the first one's questions.
    expect(shown(await h.fake.interact(ask('Who released the transcript of the call?', { guildId: guilds[1] as string, channelId: '330000000000000000' }, someone())))).toMatch(/Bloomberg/);
  }, 30_000);
});
