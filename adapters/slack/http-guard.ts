import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, type HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../src/log.js';

/**
 * Checks Bolt's HTTP receiver leaves out, run before it on every request:
 * - a request stamped more than five minutes from this clock is refused (401). Slack documents the
 *   window to stop replays; Bolt refuses only old requests, so one stamped in the future passed.
 * - a signed body that parses to something other than an object (`null`, or the form `payload=null`)
 *   is refused (400): Bolt read `body.ssl_check` from it and the TypeError ended the process.
 * Anything else, unsigned requests included, goes on to Bolt, which checks the signature itself.
 */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

function refuse(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}

/** Seconds between the request's timestamp and this clock, or undefined when it has none (Bolt refuses that). */
function clockSkew(req: IncomingMessage): number | undefined {
  const header = req.headers['x-slack-request-timestamp'];
  const stamp = typeof header === 'string' ? Number(header) : Number.NaN;
  return Number.isFinite(stamp) ? Math.round(stamp - Date.now() / 1000) : undefined;
}

export function guardedListener(inner: RequestListener, signingSecret: string, logger: Logger): RequestListener {
  const check = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const skew = clockSkew(req);
    if (skew !== undefined && Math.abs(skew) > MAX_CLOCK_SKEW_SECONDS) {
      logger.warn({ skewSeconds: skew }, 'Slack request refused: its timestamp is more than five minutes from this clock (a replay, or a wrong clock here)');
      return refuse(res, 401);
    }
    let buffered: IncomingMessage;
    try {
      buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, HTTPModuleFunctions.defaultBodyLimit);
    } catch (error) {
      logger.warn({ err: error }, 'Slack request refused: its body could not be read');
      return refuse(res, HTTPModuleFunctions.isRawBodyError(error) && error.statusCode === 413 ? 413 : 400);
    }
    try {
      await HTTPModuleFunctions.parseAndVerifyHTTPRequest({ signingSecret }, buffered);
    } catch {
      // Unsigned or badly signed: Bolt checks again and answers 401, from the body buffered above.
      return void inner(buffered, res);
    }
    let body: unknown;
    try {
      body = HTTPModuleFunctions.parseHTTPRequestBody(buffered as Parameters<typeof HTTPModuleFunctions.parseHTTPRequestBody>[0]);
    } catch {
      return void inner(buffered, res);
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      logger.warn({ body: body === null ? 'null' : Array.isArray(body) ? 'array' : typeof body }, 'Slack request refused: its body is not an object');
      return refuse(res, 400);
    }
    inner(buffered, res);
  };
  return (req, res) => {
    check(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'Slack request failed before reaching Bolt');
      if (!res.headersSent) refuse(res, 500);
    });
  };
}

/** Puts the checks in front of an HTTP receiver's own request handling. */
export function guardReceiver(receiver: HTTPReceiver, signingSecret: string, logger: Logger): void {
  receiver.requestListener = guardedListener(receiver.requestListener, signingSecret, logger);
}
