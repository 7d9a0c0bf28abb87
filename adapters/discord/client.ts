import { Client, Events } from 'discord.js';
import type { AdapterDeps, RunningAdapter } from '../../src/adapter.js';
import { ConfigError } from '../../src/config.js';
import { retryConnect, StartupError, type Backoff } from '../../src/startup-error.js';
import { openStores } from '../../src/stores/open.js';
import type { Stores } from '../../src/stores/types.js';
import type { CommandContext } from './command.js';
import { commandByName } from './commands/index.js';
import { createPacing, type PacingOptions } from './pacing.js';
import { NO_MENTIONS } from './reply.js';
import { createRouter } from './router.js';
import { discordHost, type DiscordSettings } from './settings.js';

export interface ClientTuning {
  pacing?: PacingOptions;
  /** Waits between start-up connection attempts (tests shorten them). */
  connectBackoff?: Backoff;
}

/** What an operator checks when Discord cannot be reached at all. */
const CHECK_NETWORK = "the machine's internet connection, DNS, and any firewall or proxy between it and Discord (and DISCORD_API_URL, if set)";

/**
 * One discord.js client: logs in, answers interactions, and on `stop()` finishes the answers in
 * flight before disconnecting. Under the ShardingManager each shard process runs one of these;
 * discord.js reads its shard id from the environment the manager gives the process.
 */
export async function startClient(
  { bot, env, logger }: AdapterDeps,
  settings: DiscordSettings,
  tuning: ClientTuning = {},
): Promise<RunningAdapter> {
  const attempts = env.STORYBOT_CONNECT_ATTEMPTS;
  // With REDIS_URL, shard processes share rate limits (and conversations) instead of each keeping its own.
  const stores = await openStores(env, logger);
  let connected;
  try {
    connected = await retryConnect(
      {
        attempts,
        ...(tuning.connectBackoff ? { backoff: tuning.connectBackoff } : {}),
        onRetry: (detail, attempt, waitMs) => logger.warn({ host: discordHost(settings), attempt, of: attempts, waitMs, reason: detail }, 'cannot reach Discord; retrying'),
        giveUp: (detail) => new StartupError('Discord', discordHost(settings), detail, CHECK_NETWORK, attempts),
      },
      () => connect({ bot, env, logger }, settings, tuning, stores),
    );
  } catch (error) {
    await stores.close();
    throw error;
  }
  const { client, router } = connected;
  logger.info({ user: client.user?.tag, shards: client.options.shards }, 'discord bot ready');

  let stopped: Promise<void> | undefined;
  return {
    name: 'discord',
    stop() {
      stopped ??= (async () => {
        await router.drain();
        await client.destroy();
        await stores.close();
        logger.info('discord bot stopped');
      })();
      return stopped;
    },
  };
}

/** One login attempt with a fresh client; a failed client is destroyed so the next attempt starts clean. */
async function connect({ bot, env, logger }: AdapterDeps, settings: DiscordSettings, tuning: ClientTuning, stores: Stores): Promise<{ client: Client; router: ReturnType<typeof createRouter> }> {
  const client = new Client({
    // Slash commands arrive without any gateway intent; asking for none also means no
    // privileged intent has to be enabled in the developer portal.
    intents: [],
    // Defence in depth: the default for anything sent, on top of each reply's own setting.
    allowedMentions: NO_MENTIONS,
    ...(settings.api ? { rest: { api: settings.api } } : {}),
  });
  const context: CommandContext = { bot, logger, pacing: createPacing(tuning.pacing), conversations: stores.conversations };
  const router = createRouter(commandByName, context, stores.rateLimiter('discord', env.RATE_LIMIT_PER_MINUTE));

  client.on(Events.InteractionCreate, (interaction) => router.handle(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (_event, shardId) => logger.warn({ shardId }, 'discord shard disconnected'));

  // Subscribed before login: the event can fire before `login()` resolves.
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(settings.token);
    await ready;
  } catch (error) {
    await client.destroy();
    // The one start-up failure a person can fix by editing .env: say which variable.
    if ((error as { code?: unknown }).code === 'TokenInvalid') {
      throw new ConfigError('DISCORD_TOKEN', 'was rejected by Discord (copy it again under Bot → Reset Token)', 'Discord');
    }
    throw error;
  }
  return { client, router };
}
