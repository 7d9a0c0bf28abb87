import { secretsOf } from '../config.js';
import { createLogger } from '../log.js';
import { envOf, knowledgeDirOf, openBotFor, parseFlags } from './common.js';
import type { CommandIO } from './types.js';

/**
 * `storybot slack` (`npm run slack`): the Slack app alone, whatever else `.env` enables. Runs until
 * SIGINT/SIGTERM, then stops taking events, lets answers in flight finish and exits 0.
 */
export async function run(io: CommandIO): Promise<number> {
  const { values } = parseFlags(io.argv, { knowledge: { type: 'string' } });
  const env = await envOf(io);
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: secretsOf(env) });
  // Loaded here, not at the top: Bolt is slow to import and only this command needs it.
  const { startSlack } = await import('../../adapters/slack/index.js');
  const bot = await openBotFor(io, knowledgeDirOf(values.knowledge, env));
  const slack = await startSlack({ bot, env, logger });
  const signal = await untilSignal();
  logger.info({ signal }, 'stopping: finishing answers in flight');
  await slack.stop();
  return 0;
}

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
