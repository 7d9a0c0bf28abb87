import type { Platform } from '../config.js';
import { runPlatforms } from '../main.js';
import { runChat } from './chat.js';
import { cacheDirOf, knowledgeDirOf, KNOWLEDGE_FLAG, parseFlags } from './common.js';
import { loadConfig, screenConfig } from './config.js';
import { withLiveBot } from './live.js';
import type { CommandIO } from './types.js';

/**
 * `npm start`: every platform whose credentials are set, else the terminal chat over the stories.
 * A platform whose settings are invalid is not started (the others are); when every configured
 * platform is invalid, nothing starts and the exit code is 1, rather than a terminal chat the
 * operator did not ask for.
 */
export async function run(io: CommandIO): Promise<number> {
  const { values } = parseFlags(io.argv, KNOWLEDGE_FLAG);
  const loaded = await loadConfig(io);
  const wanted = (['discord', 'slack'] as Platform[]).filter((platform) => loaded.report.wanted[platform]);
  const screened = screenConfig(io, 'start', loaded, wanted);
  if ('exit' in screened) return screened.exit;
  const { env, ready, refused } = screened;
  const knowledgeDir = knowledgeDirOf(values.knowledge, env);
  if (ready.length === 0 && refused.length > 0) {
    io.stderr.write('storybot start: nothing to start: fix the settings above (`npm run check` lists every problem).\n');
    return 1;
  }
  // Shard processes read the folder from the environment, so --knowledge must reach them there.
  if (ready.length > 0) return withLiveBot(knowledgeDir, env, (bot) => runPlatforms(ready, bot, { ...env, KNOWLEDGE_DIR: knowledgeDir }));
  if (io.stdin.isTTY) io.stderr.write('No Discord or Slack credentials in .env: starting the terminal chat (see .env.example).\n');
  // Without a terminal (a service, a container, a pipe) an operator must still see what it does, and why it ends with its input.
  else io.stderr.write('No Discord or Slack credentials in .env: answering each line of standard input, then exiting (see .env.example to run on Discord or Slack).\n');
  return runChat(io, knowledgeDir, { KNOWLEDGE_DIR: knowledgeDir, STORYBOT_CACHE_DIR: cacheDirOf(env), STORYBOT_INDEX_FILE: env.STORYBOT_INDEX_FILE });
}
