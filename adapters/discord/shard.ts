/**
 * Entry script of one shard process, spawned by the ShardingManager (see sharding.ts).
 * discord.js reads the shard id and count from the environment the manager set; the rest of
 * the configuration comes from the parent's parsed settings, passed the same way.
 */
import { resolve } from 'node:path';
import { readEnv, secretsOf } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { openLiveBot } from '../../src/live-bot.js';
import { DEFAULT_CACHE_DIR, DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { warmUp } from '../../src/warm-up.js';
import { startClient } from './client.js';
import { discordSettings } from './settings.js';

const env = readEnv(process.env);
const shardId = process.env.SHARDS ?? '?';
const logger = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT, secrets: secretsOf(env) }).child({ shard: shardId });

try {
  // The parent passes the folder it loaded as KNOWLEDGE_DIR, so every shard answers from the same stories.
  // Each shard follows the folder itself, so a story edit reaches every shard without a restart.
  const bot = await openLiveBot({ knowledgeDir: resolve(env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR), logger, cacheDir: resolve(env.STORYBOT_CACHE_DIR ?? DEFAULT_CACHE_DIR) });
  warmUp(bot);
  const running = await startClient({ bot, env, logger }, discordSettings(env));
  const stop = (why: string) => {
    logger.info({ why }, 'discord shard stopping');
    void running
      .stop()
      .then(() => bot.close())
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  // The manager went away (crashed or killed): do not linger as an orphan.
  process.once('disconnect', () => stop('manager disconnected'));
} catch (error) {
  logger.fatal({ err: error }, 'discord shard could not start');
  process.exit(1);
}
