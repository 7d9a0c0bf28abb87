import { launchSlack } from '../../adapters/slack/index.js';
import { readEnv } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { openBot } from '../../src/open.js';
import { ErrorCounter, fail, serve } from './bot-process.js';

/** Forked by the Slack load run: the real core and Bolt app over HTTP, Web API on the fake. */
try {
  const env = readEnv(process.env);
  const counter = new ErrorCounter();
  const bot = await openBot({ knowledgeDir: process.env.LOAD_KNOWLEDGE_DIR ?? '', ...(env.STORYBOT_CACHE_DIR ? { cacheDir: env.STORYBOT_CACHE_DIR } : {}) });
  const logger = createLogger({ level: 'info', destination: counter, secrets: [env.SLACK_BOT_TOKEN ?? '', env.SLACK_SIGNING_SECRET ?? ''] });
  const slack = await launchSlack({ bot, env, logger }, { retryConfig: { retries: 0 }, port: 0 });
  serve(counter, slack.url ? { url: slack.url } : {}, () => slack.stop());
} catch (error) {
  fail(error);
}
