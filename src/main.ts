import type { RunningAdapter, StartAdapter } from './adapter.js';
import type { StoryBot } from './bot.js';
import { hasDiscord, hasSlack, secretsOf, type Env } from './config.js';
import { createLogger } from './log.js';
import { warmUp } from './warm-up.js';

/** Platform adapters, imported only when their credentials are present (discord.js and Bolt are slow to load). */
const PLATFORMS: { name: string; enabled: (env: Env) => boolean; load: () => Promise<StartAdapter> }[] = [
  { name: 'discord', enabled: hasDiscord, load: async () => (await import('../adapters/discord/index.js')).startDiscord },
  { name: 'slack', enabled: hasSlack, load: async () => (await import('../adapters/slack/index.js')).startSlack },
];

export function enabledPlatforms(env: Env): string[] {
  return PLATFORMS.filter((platform) => platform.enabled(env)).map((platform) => platform.name);
}

/** Starts the named platforms in this process; SIGINT/SIGTERM stop them cleanly and exit 0. */
export async function runPlatforms(names: string[], bot: StoryBot, env: Env): Promise<number> {
  const logger = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT, secrets: secretsOf(env) });
  const running: RunningAdapter[] = [];
  warmUp(bot);
  try {
    for (const platform of PLATFORMS.filter((candidate) => names.includes(candidate.name))) {
      const start = await platform.load();
      running.push(await start({ bot, env, logger: logger.child({ platform: platform.name }) }));
      logger.info({ platform: platform.name }, 'platform started');
    }
  } catch (error) {
    await Promise.allSettled(running.map((adapter) => adapter.stop()));
    throw error;
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      logger.info({ signal }, 'stopping: finishing answers in flight');
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await Promise.allSettled(running.map((adapter) => adapter.stop()));
  logger.info('stopped');
  return 0;
}
