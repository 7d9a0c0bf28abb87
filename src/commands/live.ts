import type { StoryBot } from '../bot.js';
import { secretsOf, type Env } from '../config.js';
import { startHeartbeat } from '../health.js';
import { openLiveBot } from '../live-bot.js';
import { createLogger } from '../log.js';
import { cacheDirOf } from './common.js';

/**
 * Runs a long-lived command (the chat platforms) over a bot that follows its knowledge folder,
 * so operators add, edit or remove stories without a restart; the watcher stops when it ends.
 */
export async function withLiveBot(knowledgeDir: string, env: Env, run: (bot: StoryBot) => Promise<number>): Promise<number> {
  const logger = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT, secrets: secretsOf(env) });
  const bot = await openLiveBot({ knowledgeDir, logger, cacheDir: cacheDirOf(env) });
  // For `storybot health`: a bot that stops running its timers stops touching the file.
  const stopHeartbeat = startHeartbeat(cacheDirOf(env));
  try {
    return await run(bot);
  } finally {
    stopHeartbeat();
    await bot.close();
  }
}
