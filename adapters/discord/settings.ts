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

/**
 * The Discord part of a configuration already checked by the schema in src/config.ts (formats,
 * pairings); only what the type cannot promise is checked again here.
 */
export function discordSettings(env: Env): DiscordSettings {
  if (!env.DISCORD_TOKEN) throw new ConfigError('DISCORD_TOKEN', 'is not set', 'Discord');
  if (!env.DISCORD_APPLICATION_ID) throw new ConfigError('DISCORD_APPLICATION_ID', 'is not set', 'Discord');
  return {
    token: env.DISCORD_TOKEN,
    applicationId: env.DISCORD_APPLICATION_ID,
    guildId: env.DISCORD_GUILD_ID,
    api: env.DISCORD_API_URL?.replace(/\/+$/, ''),
    shards: env.DISCORD_SHARDS,
  };
}

/** The host a start-up failure names: the configured API's, else Discord's own. */
export const discordHost = (settings: Pick<DiscordSettings, 'api'>): string => (settings.api ? new URL(settings.api).host : 'discord.com');
