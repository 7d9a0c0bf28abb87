import { EnvSchema } from '../config.js';
import { isRedisUrl } from '../stores/redis-url.js';

/** One thing wrong with the configuration, worded so it never repeats the value it is about. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

const present = (env: Record<string, string | undefined>, name: string): boolean => Boolean(env[name]?.trim());

/** Format rules per variable: a test of the trimmed value and what to say when it fails. */
const FORMATS: { variable: string; ok: (value: string) => boolean; expected: string }[] = [
  { variable: 'SLACK_BOT_TOKEN', ok: (v) => v.startsWith('xoxb-'), expected: 'a bot token starting with "xoxb-" (OAuth & Permissions → Bot User OAuth Token)' },
  { variable: 'SLACK_APP_TOKEN', ok: (v) => v.startsWith('xapp-'), expected: 'an app-level token starting with "xapp-" (Basic Information → App-Level Tokens, scope connections:write)' },
  { variable: 'SLACK_SIGNING_SECRET', ok: (v) => /^[0-9a-f]{16,}$/i.test(v), expected: 'the hexadecimal signing secret from Basic Information → App Credentials' },
  { variable: 'DISCORD_TOKEN', ok: (v) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(v), expected: 'a bot token of three dot-separated parts (Developer Portal → Bot → Reset Token); do not prefix it with "Bot "' },
  { variable: 'DISCORD_APPLICATION_ID', ok: (v) => /^\d{15,22}$/.test(v), expected: 'a numeric application id (General Information → Application ID)' },
  { variable: 'DISCORD_GUILD_ID', ok: (v) => /^\d{15,22}$/.test(v), expected: 'a numeric server id (right-click the server → Copy Server ID)' },
  { variable: 'DISCORD_SHARDS', ok: (v) => v === 'auto' || /^[1-9]\d*$/.test(v), expected: '"auto" or a positive whole number' },
  { variable: 'DISCORD_API_URL', ok: (v) => URL.canParse(v), expected: 'an http(s) URL' },
  { variable: 'SLACK_API_URL', ok: (v) => URL.canParse(v), expected: 'an http(s) URL' },
  { variable: 'REDIS_URL', ok: isRedisUrl, expected: 'a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379' },
];

/**
 * Every problem with a raw environment record, not just the first: the schema's rules, each
 * credential's format, and credentials that only work together. Values are never echoed.
 */
export function checkConfig(env: Record<string, string | undefined>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // zod's messages state the rule ("expected one of …"), never the input; keep only those.
      problems.push({ variable: String(issue.path[0] ?? 'configuration'), message: `is invalid: ${issue.message}` });
    }
  }
  for (const rule of FORMATS) {
    const value = env[rule.variable]?.trim();
    if (value && !rule.ok(value)) problems.push({ variable: rule.variable, message: `should be ${rule.expected}; the value set is not` });
  }
  if (present(env, 'SLACK_BOT_TOKEN') && !present(env, 'SLACK_APP_TOKEN') && !present(env, 'SLACK_SIGNING_SECRET')) {
    problems.push({ variable: 'SLACK_APP_TOKEN', message: 'or SLACK_SIGNING_SECRET is needed with SLACK_BOT_TOKEN (Socket Mode or HTTP mode)' });
  }
  if (!present(env, 'SLACK_BOT_TOKEN') && (present(env, 'SLACK_APP_TOKEN') || present(env, 'SLACK_SIGNING_SECRET'))) {
    problems.push({ variable: 'SLACK_BOT_TOKEN', message: 'is missing: Slack stays off without it, although SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set' });
  }
  if (present(env, 'DISCORD_APPLICATION_ID') && !present(env, 'DISCORD_TOKEN')) {
    problems.push({ variable: 'DISCORD_TOKEN', message: 'is missing: Discord stays off without it, although DISCORD_APPLICATION_ID is set' });
  }
  return problems;
}
