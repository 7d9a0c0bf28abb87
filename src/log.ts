import { pino, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level?: string;
  /** Secret values (tokens, signing secrets) to scrub from every log line, stacks included. */
  secrets?: readonly string[];
  /** Where lines go; standard error by default so `ask --json` output stays clean. */
  destination?: NodeJS.WritableStream;
}

const REDACTED = '[redacted]';

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  return out;
}

/** Structured JSON logs; every secret value is scrubbed from the serialised line. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const target = options.destination ?? process.stderr;
  const stream = {
    write(line: string) {
      target.write(redact(line, secrets));
    },
  };
  return pino({ level: options.level ?? 'info', base: undefined }, stream);
}
