import type { StoryBot } from '../bot.js';
import { secretsOf, type Env } from '../config.js';
import { openLiveBot } from '../live-bot.js';
import { createLogger } from '../log.js';
import { DEFAULT_CACHE_DIR } from '../paths.js';

/**
 * Runs a long-lived command (the chat platforms) over a bot that follows its knowledge folder,
 * so operators add, edit or remove stories without a restart; the watcher stops when it ends.
 */
export async function withLiveBot(knowledgeDir: string, env: Env, run: (bot: StoryBot) => Promise<number>): Promise<number> {
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: secretsOf(env) });
  const bot = await openLiveBot({ knowledgeDir, logger, cacheDir: DEFAULT_CACHE_DIR });
  try {
    return await run(bot);
  } finally {
    await bot.close();
  }
}
