import { runChat } from './chat.js';
import { knowledgeDirOf, KNOWLEDGE_FLAG, parseFlags, pathSettingsOf } from './common.js';
import type { CommandIO } from './types.js';

/** `storybot repl`: the terminal chat over the knowledge folder. */
export async function run(io: CommandIO): Promise<number> {
  const { values } = parseFlags(io.argv, KNOWLEDGE_FLAG);
  // Only the knowledge folder matters here: validating the full config loads zod (~125 ms of a ~400 ms prompt).
  const paths = await pathSettingsOf(io);
  return runChat(io, knowledgeDirOf(values.knowledge, paths), paths);
}
