import { z } from 'zod';

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
});
export type Env = z.infer<typeof EnvSchema>;

/** A configuration problem a person can fix: which variable, what is wrong, where to look. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
    readonly docs: string,
  ) {
    super(`${variable} ${problem}. Set it in .env (see .env.example and the README's ${docs} section).`);
    this.name = 'ConfigError';
  }
}

export function readEnv(env: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const variable = String(issue?.path[0] ?? 'configuration');
  throw new ConfigError(variable, `is invalid (${issue?.message ?? 'unknown problem'})`, 'Configuration');
}

/** The secret values of a configuration, so logs and error messages can redact them. */
export function secretsOf(env: Env): string[] {
  return [env.DISCORD_TOKEN, env.SLACK_BOT_TOKEN, env.SLACK_APP_TOKEN, env.SLACK_SIGNING_SECRET].filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  );
}

export const hasDiscord = (env: Env): boolean => env.DISCORD_TOKEN !== undefined;
export const hasSlack = (env: Env): boolean =>
  env.SLACK_BOT_TOKEN !== undefined && (env.SLACK_APP_TOKEN !== undefined || env.SLACK_SIGNING_SECRET !== undefined);
