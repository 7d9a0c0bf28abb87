import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/log.js';

/**
 * Bolt, its Web API client and the Socket Mode client all log through this, so their lines land in
 * the app's structured (and secret-redacting) pino log instead of bypassing it on the console.
 * The level is pino's: Bolt's `setLevel` calls are ignored so one LOG_LEVEL governs everything.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const write = (level: 'debug' | 'info' | 'warn' | 'error', parts: unknown[]): void => {
    const err = parts.find((part): part is Error => part instanceof Error);
    const msg = parts
      .filter((part) => part !== err)
      .map((part) => (typeof part === 'string' ? part : safeJson(part)))
      .join(' ');
    if (err) logger[level]({ err }, msg || err.message);
    else logger[level](msg);
  };
  return {
    debug: (...parts: unknown[]) => write('debug', parts),
    info: (...parts: unknown[]) => write('info', parts),
    warn: (...parts: unknown[]) => write('warn', parts),
    error: (...parts: unknown[]) => write('error', parts),
    setLevel: () => {},
    getLevel: () => toBoltLevel(logger.level),
    setName: () => {},
  };
}

function toBoltLevel(level: string): LogLevel {
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'warn') return LogLevel.WARN;
  if (level === 'error' || level === 'fatal' || level === 'silent') return LogLevel.ERROR;
  return LogLevel.INFO;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
