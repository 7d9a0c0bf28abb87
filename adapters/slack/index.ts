import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { DEFAULT_CACHE_DIR } from '../../src/paths.js';
import type { AdapterDeps, RunningAdapter, StartAdapter } from '../../src/adapter.js';
import { ConfigError } from '../../src/config.js';
import { openStores } from '../../src/stores/open.js';
import { createSlackApp, type SlackTuning } from './app.js';
import { createGate } from './gate.js';
import { registerListeners } from './listeners/index.js';
import { createResponder } from './respond.js';
import { readSlackSettings, slackHost, type SlackSettings } from './settings.js';
import { networkFailure, StartupError } from '../../src/startup-error.js';

export type { SlackTuning } from './app.js';

/** Where, in the cache folder, the Slack events seen lately are kept (without Redis). */
export const SEEN_EVENTS_FILE = 'slack-seen-events.json';

export interface RunningSlack extends RunningAdapter {
  readonly mode: 'socket' | 'http';
  /** HTTP mode: the events URL the server listens on. */
  readonly url: string | undefined;
}

/** The entry point `src/main.ts` and `storybot slack` load when Slack credentials are set. */
export const startSlack: StartAdapter = (deps) => launchSlack(deps);

/** `startSlack` with test knobs (no Web API retries, port 0). */
export async function launchSlack({ bot, env, logger }: AdapterDeps, tuning: SlackTuning = {}): Promise<RunningSlack> {
  const settings = readSlackSettings(env);
  const log = logger.child({ adapter: 'slack', mode: settings.mode });
  const slack = createSlackApp(settings, log, tuning);
  // With REDIS_URL every replica shares these, so a retry that reaches another one is not answered twice.
  // Without Redis, the events taken lately are kept in the cache folder, so a restart does not answer a redelivery.
  const stores = await openStores(env, log, join(env.STORYBOT_CACHE_DIR || DEFAULT_CACHE_DIR, SEEN_EVENTS_FILE));
  const gate = createGate(stores.dedupe, log);
  const respond = createResponder({
    bot,
    limiter: stores.rateLimiter('slack', settings.ratePerMinute),
    conversations: stores.conversations,
    logger: log,
  });

  slack.app.use(gate.middleware);
  registerListeners(slack.app, respond);
  // Listeners never throw (the responder logs and apologises); this catches anything else so one
  // bad event is logged rather than taking the app down.
  slack.app.error(async (error) => {
    log.error({ err: error }, 'unhandled error in a Slack listener');
  });

  let url: string | undefined;
  try {
    await rejectedAsConfig(slack.init(), 'SLACK_BOT_TOKEN', settings, tuning);
    ({ url } = await rejectedAsConfig(slack.start(), settings.mode === 'socket' ? 'SLACK_APP_TOKEN' : 'SLACK_PORT', settings, tuning));
  } catch (error) {
    await stores.close();
    throw error;
  }
  log.info({ url }, 'Slack adapter running');

  let stopping: Promise<void> | undefined;
  return {
    name: 'slack',
    mode: settings.mode,
    url,
    stop() {
      // Stop taking events first, then close the connection, then let answers in flight post.
      stopping ??= (async () => {
        const drained = gate.close();
        await slack.stop();
        await drained;
        await stores.close();
        log.info('Slack adapter stopped');
      })();
      return stopping;
    },
  };
}

/** What an operator checks when Slack cannot be reached at all. */
const CHECK_NETWORK = "the machine's internet connection, DNS, and any firewall or proxy between it and Slack (and SLACK_API_URL, if set)";

/**
 * Slack's refusal of a token at start-up is a configuration problem the user can fix; Slack out
 * of reach (after the client's bounded retries) is one line naming the host and what to check.
 */
async function rejectedAsConfig<T>(work: Promise<T>, variable: string, settings: SlackSettings, tuning: SlackTuning): Promise<T> {
  try {
    return await work;
  } catch (err) {
    const offline = networkFailure(err);
    if (offline !== undefined) {
      const attempts = (tuning.retryConfig?.retries ?? settings.connectAttempts - 1) + 1;
      throw Object.assign(new StartupError('Slack', slackHost(settings), offline, CHECK_NETWORK, attempts), { cause: err });
    }
    if (err instanceof webApi.WebAPIPlatformError || isCoded(err, 'slack_webapi_platform_error')) {
      const code = (err as { data?: { error?: string } }).data?.error ?? 'unknown_error';
      throw new ConfigError(variable, `was rejected by Slack (${code})`, 'Slack');
    }
    if (variable === 'SLACK_PORT' && isCoded(err, 'EADDRINUSE')) {
      throw new ConfigError(variable, 'is already in use by another program', 'Slack');
    }
    throw err;
  }
}

function isCoded(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}
