import { z } from 'zod';
import { redact } from './redact.js';
import { isRedisUrl, withForgottenScheme } from './stores/redis-url.js';

/**
 * The one configuration schema. `start`, `discord`, `slack`, `discord:deploy` and `check` all read
 * the environment (plus `.env`) through it; the core never reads the process environment itself. Every
 * rule says what to set, and no message ever repeats the value it is about (it may be a secret).
 * The README's "Configuration" section lists the same variables (a test holds them in step).
 */

/** Which part of storybot a variable belongs to: a bad Slack value stops Slack only. */
export type ConfigScope = 'general' | 'discord' | 'slack' | 'redis';

const trimmed = z.string().transform((value) => value.trim());
/** Empty counts as unset, as in `.env.example`, where every variable is listed with no value. */
const unsetIfEmpty = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

function shaped(ok: (value: string) => boolean, expected: string | ((value: string) => string)) {
  return trimmed.superRefine((value, ctx) => {
    if (!ok(value)) ctx.addIssue({ code: 'custom', message: `should be ${typeof expected === 'string' ? expected : expected(value)}; the value set is not` });
  });
}

/** Credentials people paste into the wrong field, by shape, and the platform each belongs to. */
const CREDENTIAL_SHAPES: { shape: RegExp; platform: 'discord' | 'slack'; kind: string }[] = [
  { shape: /^xoxb-/, platform: 'slack', kind: 'bot token' },
  { shape: /^xapp-/, platform: 'slack', kind: 'app-level token' },
  { shape: /^xoxp-/, platform: 'slack', kind: 'user token' },
  { shape: /^\d{17,20}$/, platform: 'discord', kind: 'application or server id' },
  { shape: /^[0-9a-f]{32}$/i, platform: 'slack', kind: 'signing secret' },
  { shape: /^[\w-]{20,}\.[\w-]{5,}\.[\w-]{20,}$/, platform: 'discord', kind: 'bot token' },
];
const PLATFORM_NAMES = { discord: 'Discord', slack: 'Slack' } as const;

/**
 * Names the kind of credential that was pasted into a variable of `platform`, without echoing it:
 * tokens are easy to paste into the wrong field. The other platform's credentials are named with their platform.
 */
function tokenKind(value: string, platform: 'discord' | 'slack'): string {
  if (/^Bot\s/i.test(value)) return ' (remove the "Bot " prefix)';
  const found = CREDENTIAL_SHAPES.find(({ shape }) => shape.test(value));
  if (!found) return '';
  const kind = found.platform === platform ? found.kind : `${PLATFORM_NAMES[found.platform]} ${found.kind}`;
  return ` (this looks like ${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind})`;
}

/** A schemeless `host:port` is named with the fix: the operator then has the exact line to write. */
const redisUrl = trimmed.superRefine((value, ctx) => {
  if (isRedisUrl(value)) return;
  const meant = withForgottenScheme(value);
  const message = meant ? `has no scheme: write ${meant}` : 'should be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379; the value set is not';
  ctx.addIssue({ code: 'custom', message });
});
const httpUrl = shaped((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'an http(s) URL');
const numericId = (where: string) => shaped((value) => /^\d{1,20}$/.test(value), (value) => `a numeric id (${where})${tokenKind(value, 'discord')}`);
const count = (fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return fallback;
        const parsed = Number(value.trim());
        if (Number.isInteger(parsed) && parsed >= 1 && parsed <= max) return parsed;
        const range = max === Number.MAX_SAFE_INTEGER ? '1 or more' : `from 1 to ${max}`;
        ctx.addIssue({ code: 'custom', message: `should be a whole number, ${range} (default ${fallback}); the value set is not` });
        return z.NEVER;
      }),
  );
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback?: T[number]) =>
  z.preprocess(
    (value) => (typeof unsetIfEmpty(value) === 'string' ? String(value).trim().toLowerCase() : (fallback ?? undefined)),
    z.enum(values, { error: () => `should be one of ${values.join(', ')}; the value set is not` }).optional(),
  );

/** A variable: its rule, the part it configures, and the words the README and `.env.example` use. */
interface Variable {
  schema: z.ZodType;
  scope: ConfigScope;
}

const VARIABLES = {
  KNOWLEDGE_DIR: { scope: 'general', schema: optional(trimmed) },
  STORYBOT_INDEX_FILE: { scope: 'general', schema: optional(trimmed) },
  STORYBOT_CACHE_DIR: { scope: 'general', schema: optional(trimmed) },
  LOG_LEVEL: { scope: 'general', schema: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info') },
  LOG_FORMAT: { scope: 'general', schema: oneOf(['pretty', 'json']) },
  RATE_LIMIT_PER_MINUTE: { scope: 'general', schema: count(6) },
  STORYBOT_CONNECT_ATTEMPTS: { scope: 'general', schema: count(5, 20) },

  DISCORD_TOKEN: {
    scope: 'discord',
    schema: optional(shaped((v) => /^[\w=-]+\.[\w=-]+\.[\w=-]+$/.test(v), (v) => `a bot token of three dot-separated parts (Developer Portal → Bot → Reset Token)${tokenKind(v, 'discord')}`)),
  },
  DISCORD_APPLICATION_ID: { scope: 'discord', schema: optional(numericId('Developer Portal → General Information → Application ID')) },
  DISCORD_GUILD_ID: { scope: 'discord', schema: optional(numericId('right-click the server → Copy Server ID')) },
  DISCORD_SHARDS: {
    scope: 'discord',
    schema: optional(
      shaped((v) => /^auto$/i.test(v) || /^[1-9]\d*$/.test(v), '"auto" or a whole number of shards').transform((v): 'auto' | number => (/^auto$/i.test(v) ? 'auto' : Number(v))),
    ),
  },
  DISCORD_API_URL: { scope: 'discord', schema: optional(httpUrl) },

  SLACK_BOT_TOKEN: { scope: 'slack', schema: optional(shaped((v) => v.startsWith('xoxb-'), (v) => `a bot token starting with "xoxb-" (OAuth & Permissions → Bot User OAuth Token)${tokenKind(v, 'slack')}`)) },
  SLACK_APP_TOKEN: {
    scope: 'slack',
    schema: optional(shaped((v) => v.startsWith('xapp-'), (v) => `an app-level token starting with "xapp-" (Basic Information → App-Level Tokens, scope connections:write)${tokenKind(v, 'slack')}`)),
  },
  SLACK_SIGNING_SECRET: {
    scope: 'slack',
    schema: optional(shaped((v) => /^[0-9a-f]{16,}$/i.test(v), (v) => `the app's Signing Secret, a hexadecimal string (Basic Information → App Credentials)${tokenKind(v, 'slack')}`)),
  },
  SLACK_PORT: { scope: 'slack', schema: count(3000, 65_535) },
  SLACK_HOST: { scope: 'slack', schema: z.preprocess(unsetIfEmpty, trimmed.optional().transform((v) => v ?? '0.0.0.0')) },
  SLACK_API_URL: { scope: 'slack', schema: optional(httpUrl) },

  // Shared state for several bot processes (conversations, dedupe, rate limits). Unset: in memory.
  REDIS_URL: { scope: 'redis', schema: optional(redisUrl) },
} satisfies Record<string, Variable>;

export type VariableName = keyof typeof VARIABLES;
export const VARIABLE_NAMES = Object.keys(VARIABLES) as VariableName[];

export const EnvSchema = z.object(Object.fromEntries(VARIABLE_NAMES.map((name) => [name, VARIABLES[name].schema])) as { [K in VariableName]: (typeof VARIABLES)[K]['schema'] });
export type Env = z.infer<typeof EnvSchema>;

/** Where a message sends the reader: a section of the README. */
const DOCS: Record<ConfigScope, string> = { general: 'Configuration', discord: 'Discord', slack: 'Slack', redis: 'Configuration' };

/** A configuration problem a person can fix: which variable, what is wrong, where to look. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
    readonly docs: string,
  ) {
    // Token-shaped text is scrubbed: a caller's `problem` must not be able to leak a credential.
    super(redact(`${variable} ${problem}. Set it in .env (see .env.example and the README's ${docs} section).`));
    this.name = 'ConfigError';
  }
}

export interface ConfigProblem {
  variable: string;
  scope: ConfigScope;
  /** Worded to follow the variable's name: "should be …", "is not set …". */
  message: string;
}

export const problemError = (problem: ConfigProblem): ConfigError => new ConfigError(problem.variable, problem.message, DOCS[problem.scope]);

export interface ConfigReport {
  /** The configuration; a variable whose value is invalid is left at its default here. */
  env: Env;
  /** Every problem, not only the first. */
  problems: ConfigProblem[];
  /** Platforms with any of their credentials set, valid or not. */
  wanted: Record<'discord' | 'slack', boolean>;
}

const defaults = EnvSchema.parse({});
const set = (raw: Record<string, string | undefined>, name: string): boolean => Boolean(raw[name]?.trim());

const SLACK_CREDENTIALS = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'];
const DISCORD_CREDENTIALS = ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_SHARDS'];

/** Credentials that only work together: each platform is on when any of its credentials is set. */
function pairingProblems(raw: Record<string, string | undefined>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const slack = (variable: string, message: string) => problems.push({ variable, scope: 'slack', message });
  const discord = (variable: string, message: string) => problems.push({ variable, scope: 'discord', message });
  const slackOn = SLACK_CREDENTIALS.some((name) => set(raw, name));
  if (slackOn && !set(raw, 'SLACK_BOT_TOKEN')) slack('SLACK_BOT_TOKEN', 'is not set, but SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is: set the bot token (xoxb-…) to run Slack');
  if (slackOn && set(raw, 'SLACK_BOT_TOKEN') && !set(raw, 'SLACK_APP_TOKEN') && !set(raw, 'SLACK_SIGNING_SECRET')) {
    slack('SLACK_APP_TOKEN', 'is not set, and neither is SLACK_SIGNING_SECRET: one of them is needed with SLACK_BOT_TOKEN (SLACK_APP_TOKEN for Socket Mode, SLACK_SIGNING_SECRET for HTTP mode)');
  }
  const discordOn = DISCORD_CREDENTIALS.some((name) => set(raw, name));
  if (discordOn && !set(raw, 'DISCORD_TOKEN')) discord('DISCORD_TOKEN', 'is not set, but other DISCORD_ variables are: set the bot token to run Discord');
  if (discordOn && !set(raw, 'DISCORD_APPLICATION_ID')) discord('DISCORD_APPLICATION_ID', 'is not set: Discord needs the application id (General Information → Application ID)');
  return problems;
}

/** Checks a raw environment record against every rule and reports all problems at once. */
export function inspectConfig(raw: Record<string, string | undefined>): ConfigReport {
  const env: Record<string, unknown> = { ...defaults };
  const problems: ConfigProblem[] = [];
  for (const name of VARIABLE_NAMES) {
    const { schema, scope } = VARIABLES[name];
    const parsed = schema.safeParse(raw[name]);
    if (parsed.success) env[name] = parsed.data;
    // zod's messages here are our own rule texts; scrub anyway, an error must never carry a token.
    else problems.push({ variable: name, scope, message: redact(parsed.error.issues[0]?.message ?? 'is invalid', rawSecretsOf(raw)) });
  }
  problems.push(...pairingProblems(raw).filter((pairing) => !problems.some((problem) => problem.variable === pairing.variable)));
  const wanted = { discord: DISCORD_CREDENTIALS.some((name) => set(raw, name)), slack: SLACK_CREDENTIALS.some((name) => set(raw, name)) };
  return { env: env as Env, problems, wanted };
}

/** The strict reading, for processes that must not run on a half-valid configuration (shards, tests). */
export function readEnv(raw: Record<string, string | undefined>): Env {
  const { env, problems } = inspectConfig(raw);
  const first = problems.find((problem) => problem.scope === 'general') ?? problems[0];
  if (first) throw problemError(first);
  return env;
}

/** Variables whose values are credentials: never printed, in logs or in error messages. */
export const SECRET_VARIABLES = ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'REDIS_URL'] as const;

/** The secret values of a raw environment record, before it is validated. */
export function rawSecretsOf(env: Record<string, string | undefined>): string[] {
  // A schemeless host:port in REDIS_URL holds no credential, and its message names the fix, which quotes it.
  const secret = (name: string, value: string): boolean => !(name === 'REDIS_URL' && withForgottenScheme(value));
  return SECRET_VARIABLES.flatMap((name) => {
    const value = env[name]?.trim();
    return value && secret(name, value) ? [value] : [];
  });
}

/** The secret values of a configuration, so logs and error messages can redact them. */
export function secretsOf(env: Env): string[] {
  const values = SECRET_VARIABLES.map((name) => env[name]).filter((value): value is string => typeof value === 'string' && value.length > 0);
  return [...values, ...urlPassword(env.REDIS_URL)];
}

/** A password inside REDIS_URL on its own (a client error may quote it without the rest of the URL). */
function urlPassword(url: string | undefined): string[] {
  if (!url || !URL.canParse(url)) return [];
  const { password } = new URL(url);
  return password ? [password, decodeURIComponent(password)] : [];
}

export type Platform = 'discord' | 'slack';

/** A platform is wanted when any of its credentials is set; its problems then keep it from starting. */
export function platformState(report: ConfigReport, platform: Platform): { wanted: boolean; problems: ConfigProblem[] } {
  return { wanted: report.wanted[platform], problems: report.problems.filter((problem) => problem.scope === platform) };
}

export const hasDiscord = (env: Env): boolean => env.DISCORD_TOKEN !== undefined && env.DISCORD_APPLICATION_ID !== undefined;
export const hasSlack = (env: Env): boolean =>
  env.SLACK_BOT_TOKEN !== undefined && (env.SLACK_APP_TOKEN !== undefined || env.SLACK_SIGNING_SECRET !== undefined);
