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
