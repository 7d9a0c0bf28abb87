import { z } from 'zod';
import { redact } from './redact.js';

/**
 * Configuration read from an environment record (the entry points pass the process environment; the core
 * never reads it itself). Each platform is enabled only when its credentials are present.
 */
const optionalString = z
  .string()
  .transform((value) => value.trim())
  .optional()
  .transform((value) => (value ? value : undefined));

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const EnvSchema = z.object({
  KNOWLEDGE_DIR: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_PER_MINUTE: positiveInt(6),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_SHARDS: optionalString,
  DISCORD_API_URL: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_PORT: positiveInt(3000),
  SLACK_HOST: z.string().default('0.0.0.0'),
  SLACK_API_URL: optionalString,
  /** Shared state for several processes (redis://[:password@]host:port[/db]); unset: each process keeps its own. */
  REDIS_URL: optionalString,
});
export type Env = z.infer<typeof EnvSchema>;

/** A configuration problem a person can fix: which variable, what is wrong, where to look. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
    readonly docs: string,
  ) {
    // Token-shaped text is scrubbed: a caller's `problem` must not be able to leak a credential.
    super(redact(`${variable} ${problem}. Set it in .env (see .env.example and the README's ${docs} section).`));
    this.name = 'ConfigError';
  }
}

/** Variables whose values are credentials: never printed, in logs or in error messages. */
export const SECRET_VARIABLES = ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'] as const;

/** The secret values of a raw environment record, before it is validated. */
export function rawSecretsOf(env: Record<string, string | undefined>): string[] {
  return SECRET_VARIABLES.map((name) => env[name]?.trim()).filter((value): value is string => Boolean(value));
}

export function readEnv(env: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const variable = String(issue?.path[0] ?? 'configuration');
  // Validation messages describe the rule, but scrub anyway: an error must never carry a token.
  throw new ConfigError(variable, `is invalid (${redact(issue?.message ?? 'unknown problem', rawSecretsOf(env))})`, 'Configuration');
}

/** The secret values of a configuration, so logs and error messages can redact them. */
export function secretsOf(env: Env): string[] {
  const values = SECRET_VARIABLES.map((name) => env[name]).filter((value): value is string => typeof value === 'string' && value.length > 0);
  return [...values, ...urlPassword(env.REDIS_URL)];
}

/** A password inside REDIS_URL is a credential too (the host and port are not). */
function urlPassword(url: string | undefined): string[] {
  if (!url || !URL.canParse(url)) return [];
  const { password } = new URL(url);
  return password ? [password, decodeURIComponent(password)] : [];
}

export const hasDiscord = (env: Env): boolean => env.DISCORD_TOKEN !== undefined;
export const hasSlack = (env: Env): boolean =>
  env.SLACK_BOT_TOKEN !== undefined && (env.SLACK_APP_TOKEN !== undefined || env.SLACK_SIGNING_SECRET !== undefined);
