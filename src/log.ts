import { pino, type Logger } from 'pino';
import { redact, REDACTED } from './redact.js';

export type { Logger };
export { redact };

export interface LoggerOptions {
  level?: string;
  /** Secret values (tokens, signing secrets) to scrub from every log line, stacks included. */
  secrets?: readonly string[];
  /** Where lines go; standard error by default so `ask --json` output stays clean. */
  destination?: NodeJS.WritableStream;
}

/**
 * Fields that hold credentials in the objects SDKs hand to loggers (requests, client options).
 * Removed by path before serialising; the value scrub below catches whatever a path misses.
 */
const SECRET_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'authorization',
  'headers.authorization',
  'headers.Authorization',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  '*.headers["x-slack-signature"]',
];

/** Structured JSON logs; every secret value is scrubbed from the serialised line, stacks included. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const target = options.destination ?? process.stderr;
  const stream = {
    write(line: string) {
      target.write(redact(line, secrets));
    },
  };
  return pino({ level: options.level ?? 'info', base: undefined, redact: { paths: SECRET_PATHS, censor: REDACTED } }, stream);
}
