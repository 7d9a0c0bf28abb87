import { REST, Routes } from 'discord.js';
import type { Env } from '../../src/config.js';
import { commands } from './commands/index.js';
import { discordSettings } from './settings.js';

export interface Deployment {
  /** Where the commands went: a guild (instant) or everywhere (Discord may take a while). */
  scope: { guildId: string } | 'global';
  names: string[];
}

/**
 * Registers every command in one bulk overwrite, so commands removed from the code disappear
 * from Discord too. A guild when DISCORD_GUILD_ID is set (changes show at once, for
 * development), globally otherwise.
 */
export async function deployCommands(env: Env): Promise<Deployment> {
  const settings = discordSettings(env);
  const rest = new REST(settings.api ? { api: settings.api } : {}).setToken(settings.token);
  const route = settings.guildId
    ? Routes.applicationGuildCommands(settings.applicationId, settings.guildId)
    : Routes.applicationCommands(settings.applicationId);
  const registered = (await rest.put(route, { body: commands.map((command) => command.data) })) as Array<{ name: string }>;
  return {
    scope: settings.guildId ? { guildId: settings.guildId } : 'global',
    names: registered.map((command) => command.name),
  };
}
