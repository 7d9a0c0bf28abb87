import { ConfigError, type Env } from '../../src/config.js';

export type ShardSetting = 'auto' | number | undefined;

export interface DiscordSettings {
  token: string;
  applicationId: string;
  guildId: string | undefined;
  /** REST base (`https://discord.com/api` when unset); the tests point it at a local fake. */
  api: string | undefined;
  shards: ShardSetting;
}

const DOCS = 'Discord';

/** Reads and checks the Discord part of the configuration, naming the variable that is wrong. */
export function discordSettings(env: Env): DiscordSettings {
  if (!env.DISCORD_TOKEN) throw new ConfigError('DISCORD_TOKEN', 'is not set', DOCS);
  if (!env.DISCORD_APPLICATION_ID) throw new ConfigError('DISCORD_APPLICATION_ID', 'is not set', DOCS);
  return {
    token: env.DISCORD_TOKEN,
    applicationId: env.DISCORD_APPLICATION_ID,
    guildId: env.DISCORD_GUILD_ID,
    api: env.DISCORD_API_URL?.replace(/\/+$/, ''),
    shards: parseShards(env.DISCORD_SHARDS),
  };
}

function parseShards(value: string | undefined): ShardSetting {
  if (value === undefined) return undefined;
  if (value.toLowerCase() === 'auto') return 'auto';
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new ConfigError('DISCORD_SHARDS', `must be "auto" or a whole number of shards, not "${value}"`, DOCS);
  }
  return count;
}
