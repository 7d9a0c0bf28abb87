import type { Platform } from '../config.js';
import { runPlatforms } from '../main.js';
import { knowledgeDirOf, KNOWLEDGE_FLAG, parseFlags } from './common.js';
import { loadConfig, screenConfig } from './config.js';
import { withLiveBot } from './live.js';
import type { CommandIO } from './types.js';

/**
 * `storybot discord` / `storybot slack`: one platform alone, whatever else `.env` enables. Its
 * settings must be valid: each problem is printed, naming the variable and what to set.
 */
export async function runOnePlatform(io: CommandIO, name: Platform): Promise<number> {
  const { values } = parseFlags(io.argv, KNOWLEDGE_FLAG);
  const loaded = await loadConfig(io);
  const screened = screenConfig(io, name, loaded, [name]);
  if ('exit' in screened) return screened.exit;
  if (screened.ready.length === 0) return 1;
  const { env } = screened;
  const knowledgeDir = knowledgeDirOf(values.knowledge, env);
  // Shard processes re-read the configuration; they must load the same folder as this one.
  return withLiveBot(knowledgeDir, env, (bot) => runPlatforms([name], bot, { ...env, KNOWLEDGE_DIR: knowledgeDir }));
}
