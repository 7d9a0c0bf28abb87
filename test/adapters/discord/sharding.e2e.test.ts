import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { guildOnShard } from './snowflake.js';
import { KNOWLEDGE_DIR, loadStoryBot } from './story-bot.js';
import { ask, embedOf, seen, someone } from './view.js';
import { testCacheDir } from '../../support/cache-dir.js';

// The ShardingManager writes into process.env; make sure nothing leaks into other tests.
const envBefore = { ...process.env };
const guilds = [guildOnShard(0, 2), guildOnShard(1, 2)];
let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    bot: await loadStoryBot(),
    // `auto` asks the (fake) API for the recommended count, which is 2 here.
    env: { DISCORD_SHARDS: 'auto', KNOWLEDGE_DIR, LOG_LEVEL: 'warn', STORYBOT_CACHE_DIR: testCacheDir() },
    fake: { shards: 2, guildIds: guilds },
    tuning: { shardSpawnDelayMs: 0 },
  });
}, 60_000);
afterAll(async () => {
  await h?.close();
  expect(process.env).toEqual(envBefore);
});

describe('DISCORD_SHARDS', () => {
  it('runs one process per shard, each identifying as its own shard', () => {
    expect(h.fake.identifies.map((identify) => identify.shard).sort()).toEqual([[0, 2], [1, 2]]);
  });

  it('answers interactions on both shards', async () => {
    for (const guildId of guilds) {
      const payload = ask('Who released the transcript of the call?', { guildId, channelId: '330000000000000000' }, someone());
      const reply = await h.fake.interact(payload);
      expect(seen(embedOf(reply).description)).toMatch(/Bloomberg/);
    }
    const shardsUsed = new Set(h.fake.dispatches.filter((d) => d.type === 'INTERACTION_CREATE').map((d) => d.shard));
    expect([...shardsUsed].sort()).toEqual([0, 1]);
  });

  it('stops every shard process', async () => {
    await h.adapter.stop();
    await h.fake.waitUntil(() => (h.fake.closes.length >= 2 ? true : undefined), 'both shards to disconnect');
    expect(h.fake.closes).toEqual([1000, 1000]);
    // A deliberate stop is not a crash: nothing is respawned or warned about.
    expect(h.logs.filter((line) => Number(line.level) >= 40)).toEqual([]);
    expect(h.fake.identifies).toHaveLength(2);
  });
});
