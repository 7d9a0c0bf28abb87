import { enabledPlatforms, halfConfigured, runPlatforms } from '../main.js';
import { runChat } from './chat.js';
import { envOf, knowledgeDirOf, parseFlags } from './common.js';
import { withLiveBot } from './live.js';
import type { CommandIO } from './types.js';

/** `npm start`: every platform whose credentials are set, else the terminal chat over the stories. */
export async function run(io: CommandIO): Promise<number> {
  const { values } = parseFlags(io.argv, { knowledge: { type: 'string' } });
  const env = await envOf(io);
  const knowledgeDir = knowledgeDirOf(values.knowledge, env);
  for (const warning of halfConfigured(env)) io.stderr.write(`warning: ${warning} (see .env.example); not starting it.\n`);
  const platforms = enabledPlatforms(env);
  // Shard processes read the folder from the environment, so --knowledge must reach them there.
  if (platforms.length > 0) return withLiveBot(knowledgeDir, env, (bot) => runPlatforms(platforms, bot, { ...env, KNOWLEDGE_DIR: knowledgeDir }));
  if (io.stdin.isTTY) io.stderr.write('No Discord or Slack credentials in .env: starting the terminal chat (see .env.example).\n');
  return runChat(io, knowledgeDir);
}
