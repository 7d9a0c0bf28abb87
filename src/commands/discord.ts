import { createLogger } from '../log.js';
import { secretsOf } from '../config.js';
import { envOf, knowledgeDirOf, openBotFor, parseFlags } from './common.js';
import type { CommandIO } from './types.js';

/** Resolves on the first SIGINT or SIGTERM, then stops listening so a second Ctrl+C kills hard. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `npm run discord`: the Discord bot alone, without the other platforms `npm start` would run. */
export async function run(io: CommandIO): Promise<number> {
  const { values } = parseFlags(io.argv, { knowledge: { type: 'string' } });
  const loaded = await envOf(io);
  const knowledgeDir = knowledgeDirOf(values.knowledge, loaded);
  // Shard processes re-read the configuration; they must load the same folder as this one.
  const env = { ...loaded, KNOWLEDGE_DIR: knowledgeDir };
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: secretsOf(env) });
  const bot = await openBotFor(io, knowledgeDir);
  // Loaded only here: discord.js takes a second or two to import.
  const { startDiscord } = await import('../../adapters/discord/index.js');
  const running = await startDiscord({ bot, env, logger });
  const signal = await untilSignal();
  logger.info({ signal }, 'stopping: finishing answers in flight');
  await running.stop();
  return 0;
}
