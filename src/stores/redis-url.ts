/** Whether a REDIS_URL value is one the client can use: redis:// or rediss:// (TLS). */
export function isRedisUrl(value: string): boolean {
  return /^rediss?:\/\/\S+$/.test(value) && URL.canParse(value);
}

/** The URL without credentials, for log lines and messages. */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.length > 1 ? parsed.pathname : ''}`;
  } catch {
    return 'the configured Redis';
  }
}

/**
 * A REDIS_URL written as `host:port[/db]` without its scheme (a common slip), as the URL meant.
 * Undefined for anything else: such a value may hold a password, so it is never echoed.
 */
export function withForgottenScheme(value: string): string | undefined {
  return /^[A-Za-z0-9.-]+:\d{1,5}(?:\/\d{1,2})?$/.test(value) ? `redis://${value}` : undefined;
}
