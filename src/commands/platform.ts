import { runPlatforms } from '../main.js';
import { envOf, knowledgeDirOf, openBotFor, parseFlags } from './common.js';
import type { CommandIO } from './types.js';

/**
 * `storybot discord` / `storybot slack`: one platform alone, whatever else `.env` enables. A
 * missing credential is reported by the adapter's own check, naming the variable.
 */
export async function runOnePlatform(io: CommandIO, name: string): Promise<number> {
  const { values } = parseFlags(io.argv, { knowledge: { type: 'string' } });
  const loaded = await envOf(io);
  const knowledgeDir = knowledgeDirOf(values.knowledge, loaded);
  const bot = await openBotFor(io, knowledgeDir);
  // Shard processes re-read the configuration; they must load the same folder as this one.
  return runPlatforms([name], bot, { ...loaded, KNOWLEDGE_DIR: knowledgeDir });
}
