import { ConfigError, type Env } from '../../src/config.js';

const DOCS = 'Slack';

/** How the app reaches Slack: an outbound WebSocket (no public URL needed) or inbound HTTP. */
export type SlackSettings =
  | (Common & { mode: 'socket'; appToken: string })
  | (Common & { mode: 'http'; signingSecret: string; port: number; host: string });

interface Common {
  botToken: string;
  /** Web API base, always ending in `/` (the Web API client appends method names to it). */
  apiUrl: string | undefined;
  ratePerMinute: number;
  /** How many times start-up tries to reach Slack before giving up (STORYBOT_CONNECT_ATTEMPTS). */
  connectAttempts: number;
}

/**
 * Picks the mode from a configuration already checked by the schema in src/config.ts. Socket
 * Mode wins when both an app token and a signing secret are set, because it is the mode that
 * works without a public URL.
 */
export function readSlackSettings(env: Env): SlackSettings {
  const botToken = env.SLACK_BOT_TOKEN;
  if (!botToken) throw new ConfigError('SLACK_BOT_TOKEN', 'is not set', DOCS);
  const apiUrl = env.SLACK_API_URL;
  const common: Common = {
    botToken,
    apiUrl: apiUrl === undefined ? undefined : apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
    ratePerMinute: env.RATE_LIMIT_PER_MINUTE,
    connectAttempts: env.STORYBOT_CONNECT_ATTEMPTS,
  };
  if (env.SLACK_APP_TOKEN) return { ...common, mode: 'socket', appToken: env.SLACK_APP_TOKEN };
  if (!env.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      'SLACK_APP_TOKEN',
      'is not set, and neither is SLACK_SIGNING_SECRET: set SLACK_APP_TOKEN for Socket Mode or SLACK_SIGNING_SECRET for HTTP mode',
      DOCS,
    );
  }
  return { ...common, mode: 'http', signingSecret: env.SLACK_SIGNING_SECRET, port: env.SLACK_PORT, host: env.SLACK_HOST };
}

/** The host a start-up failure names: the configured Web API's, else Slack's own. */
export const slackHost = (settings: Pick<SlackSettings, 'apiUrl'>): string => (settings.apiUrl ? new URL(settings.apiUrl).host : 'slack.com');
