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
}

/**
 * Checks the Slack variables and picks the mode. Socket Mode wins when both an app token and a
 * signing secret are set, because it is the mode that works without a public URL. Errors name the
 * variable and the likely mix-up (tokens are easy to paste into the wrong field).
 */
export function readSlackSettings(env: Env): SlackSettings {
  const botToken = env.SLACK_BOT_TOKEN;
  if (!botToken) throw new ConfigError('SLACK_BOT_TOKEN', 'is not set', DOCS);
  if (!botToken.startsWith('xoxb-')) {
    throw new ConfigError('SLACK_BOT_TOKEN', `must be a bot token starting with "xoxb-"${hint(botToken)}`, DOCS);
  }
  const common: Common = {
    botToken,
    apiUrl: readApiUrl(env.SLACK_API_URL),
    ratePerMinute: env.RATE_LIMIT_PER_MINUTE,
  };

  const appToken = env.SLACK_APP_TOKEN;
  if (appToken) {
    if (!appToken.startsWith('xapp-')) {
      throw new ConfigError(
        'SLACK_APP_TOKEN',
        `must be an app-level token starting with "xapp-" (with the connections:write scope)${hint(appToken)}`,
        DOCS,
      );
    }
    return { ...common, mode: 'socket', appToken };
  }

  const signingSecret = env.SLACK_SIGNING_SECRET;
  if (!signingSecret) {
    throw new ConfigError(
      'SLACK_APP_TOKEN',
      'is not set, and neither is SLACK_SIGNING_SECRET: set SLACK_APP_TOKEN for Socket Mode or SLACK_SIGNING_SECRET for HTTP mode',
      DOCS,
    );
  }
  // Slack's signing secrets are hex strings (32 characters today); anything else is a paste error.
  if (!/^[0-9a-f]{16,}$/i.test(signingSecret)) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET',
      `must be the app's Signing Secret (a hex string from Basic Information → App Credentials)${hint(signingSecret)}`,
      DOCS,
    );
  }
  return { ...common, mode: 'http', signingSecret, port: env.SLACK_PORT, host: env.SLACK_HOST };
}

/** Names the kind of value that was pasted, without echoing the secret itself. */
function hint(value: string): string {
  if (value.startsWith('xoxb-')) return '; this looks like a bot token';
  if (value.startsWith('xapp-')) return '; this looks like an app-level token';
  if (value.startsWith('xoxp-')) return '; this looks like a user token';
  return '';
}

function readApiUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('SLACK_API_URL', `is not a URL ("${raw}")`, DOCS);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError('SLACK_API_URL', 'must be an http(s) URL', DOCS);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
