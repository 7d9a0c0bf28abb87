import { createRequire } from 'node:module';
import { pino, type Logger } from 'pino';
import { redact, REDACTED } from './redact.js';

export type { Logger };
export { redact };

export interface LoggerOptions {
  level?: string;
  /** Secret values (tokens, signing secrets) to scrub from every log line, stacks included. */
  secrets?: readonly string[];
  /** Where lines go; standard error by default so `ask --json` output stays clean. */
  destination?: NodeJS.WritableStream & { isTTY?: boolean };
  /**
   * `json`: one JSON object per line (for log collectors). `pretty`: pino-pretty's coloured
   * lines. Unset: pretty when the destination is a terminal, JSON otherwise (LOG_FORMAT).
   */
  format?: 'pretty' | 'json' | undefined;
}

/**
 * pino-pretty, loaded only when a terminal will show the lines: it costs start-up time that
 * piped and collected logs do not need. Its output goes through the same secret scrub first.
 */
function prettyStream(target: NodeJS.WritableStream): NodeJS.WritableStream {
  const pretty = createRequire(import.meta.url)('pino-pretty') as (options: object) => NodeJS.WritableStream;
  return pretty({ destination: target, colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', sync: true });
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

/** Structured logs; every secret value is scrubbed from the serialised line, stacks included. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const target = options.destination ?? process.stderr;
  const pretty = options.format === 'pretty' || (options.format === undefined && target.isTTY === true);
  const sink = pretty ? prettyStream(target) : target;
  const stream = {
    write(line: string) {
      sink.write(redact(line, secrets));
    },
  };
  return pino({ level: options.level ?? 'info', base: undefined, redact: { paths: SECRET_PATHS, censor: REDACTED } }, stream);
}
