import { knowledgeDirOf, knowledgeEnvOf, openBotFor, parseFlags } from './common.js';
import type { CommandIO } from './types.js';

/** `storybot repl`: the terminal chat over the knowledge folder. */
export async function run(io: CommandIO): Promise<number> {
  const { values } = parseFlags(io.argv, { knowledge: { type: 'string' } });
  // Only the knowledge folder matters here: validating the full config loads zod (~125 ms of a ~400 ms prompt).
  const env = await knowledgeEnvOf(io);
  const bot = await openBotFor(io, knowledgeDirOf(values.knowledge, env));
  const { runRepl } = await import('../../adapters/repl/index.js');
  await runRepl({ bot, input: io.stdin, output: io.stdout });
  return 0;
}
