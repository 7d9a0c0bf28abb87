/**
 * A platform could not be reached at start-up. The CLI prints its message alone (one line: the
 * platform, the host, what to check) and exits non-zero; the stack only with LOG_LEVEL=debug.
 */
export class StartupError extends Error {
  constructor(
    readonly platform: string,
    readonly host: string,
    detail: string,
    check: string,
    attempts: number,
  ) {
    super(`${platform} could not connect to ${host} (${detail}) after ${attempts} attempt${attempts === 1 ? '' : 's'}. Check ${check}.`);
    this.name = 'StartupError';
  }
}

/** Error codes of a connection that never got an answer: worth retrying, then worth one clear line. */
const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET', 'UND_ERR_HEADERS_TIMEOUT']);

/** The innermost cause of an error chain that names a network failure, as "getaddrinfo ENOTFOUND host". */
export function networkFailure(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message, syscall, hostname, address } = current as { code?: unknown; message?: unknown; syscall?: unknown; hostname?: unknown; address?: unknown };
    if (typeof code === 'string' && NETWORK_CODES.has(code)) {
      if (typeof syscall === 'string') return `${syscall} ${code}${typeof hostname === 'string' ? ` ${hostname}` : typeof address === 'string' ? ` ${address}` : ''}`;
      return typeof message === 'string' && message ? message : code;
    }
    if (current instanceof AggregateError && current.errors.length > 0) current = current.errors[0];
    else current = (current as { cause?: unknown; original?: unknown }).cause ?? (current as { original?: unknown }).original;
  }
  return undefined;
}

/** Waits between attempts: 1 s, 2 s, 4 s … capped, so a few attempts take seconds, never minutes. */
export interface Backoff {
  firstMs: number;
  maxMs: number;
}

export const CONNECT_BACKOFF: Backoff = { firstMs: 1_000, maxMs: 8_000 };

export const backoffDelay = (backoff: Backoff, attempt: number): number => Math.min(backoff.maxMs, backoff.firstMs * 2 ** (attempt - 1));

/**
 * Runs `attempt` until it succeeds, or fails with something that is not a network failure, or has
 * been tried `attempts` times; then a network failure becomes `giveUp(detail)`.
 */
export async function retryConnect<T>(
  options: { attempts: number; backoff?: Backoff; onRetry?: (detail: string, attempt: number, waitMs: number) => void; giveUp: (detail: string) => Error },
  attempt: () => Promise<T>,
): Promise<T> {
  const backoff = options.backoff ?? CONNECT_BACKOFF;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const detail = networkFailure(error);
      if (detail === undefined) throw error;
      if (n >= options.attempts) throw Object.assign(options.giveUp(detail), { cause: error });
      const wait = backoffDelay(backoff, n);
      options.onRetry?.(detail, n, wait);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
