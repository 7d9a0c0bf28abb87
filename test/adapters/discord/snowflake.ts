/** Discord ids: milliseconds since 2015 in the top bits, so discord.js can read an id's age. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return ((BigInt(at) - DISCORD_EPOCH) << 22n | increment).toString();
}

/** Which shard a guild's events go to, by Discord's documented formula. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A guild id that Discord would route to the given shard. */
export function guildOnShard(shardId: number, shardCount: number): string {
  for (let at = Date.now(); ; at -= 1) {
    const id = snowflake(at);
    if (shardOf(id, shardCount) === shardId) return id;
  }
}
