import { DiscordAPIError, REST, Routes } from 'discord.js';
import type { Env } from '../../src/config.js';
import { networkFailure } from '../../src/startup-error.js';
import { commands } from './commands/index.js';
import { discordHost, discordSettings, type DiscordSettings } from './settings.js';

export interface Deployment {
  /** Where the commands went: a guild (instant) or everywhere (Discord may take a while). */
  scope: { guildId: string } | 'global';
  names: string[];
}

/** A refusal from Discord worded as what to check, since "Missing Access" alone says nothing. */
export class DeployError extends Error {
  override name = 'DeployError';
}

/**
 * Registers every command in one bulk overwrite, so commands removed from the code disappear
 * from Discord too. A guild when DISCORD_GUILD_ID is set (changes show at once, for
 * development), globally otherwise.
 */
export async function deployCommands(env: Env): Promise<Deployment> {
  const settings = discordSettings(env);
  const rest = new REST({ retries: 1, ...(settings.api ? { api: settings.api } : {}) }).setToken(settings.token);
  const route = settings.guildId
    ? Routes.applicationGuildCommands(settings.applicationId, settings.guildId)
    : Routes.applicationCommands(settings.applicationId);
  let registered: Array<{ name: string }>;
  try {
    registered = (await rest.put(route, { body: commands.map((command) => command.data) })) as Array<{ name: string }>;
  } catch (error) {
    throw explain(error, settings);
  }
  return {
    scope: settings.guildId ? { guildId: settings.guildId } : 'global',
    names: registered.map((command) => command.name),
  };
}

function explain(error: unknown, settings: DiscordSettings): unknown {
  const offline = networkFailure(error);
  if (offline !== undefined) {
    return new DeployError(`cannot reach ${discordHost(settings)} (${offline}). Check the machine's internet connection, DNS and any proxy (and DISCORD_API_URL, if set).`);
  }
  if (!(error instanceof DiscordAPIError)) return error;
  const said = `Discord answered ${error.status} "${error.message}"`;
  if (error.status === 401) {
    return new DeployError(`${said}: DISCORD_TOKEN is wrong or was reset. Copy a fresh token (Developer Portal → Bot → Reset Token) into .env.`);
  }
  if (error.status === 403 || error.status === 404) {
    const guild = settings.guildId
      ? `DISCORD_GUILD_ID (${settings.guildId}) is a server the bot has been invited to (or leave it empty to register globally)`
      : 'the bot has been invited to at least one server';
    return new DeployError(
      `${said}. Check: DISCORD_APPLICATION_ID (${settings.applicationId}) is this bot's id (General Information → Application ID); ` +
        `the invite URL included the applications.commands scope (README → Discord → "2. Invite the bot"; re-invite if not); ${guild}.`,
    );
  }
  return error;
}
