import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Logger } from '../../src/log.js';
import { boltLogger } from './bolt-logger.js';
import { guardReceiver } from './http-guard.js';
import type { SlackSettings } from './settings.js';

/** Knobs the tests turn; production uses Bolt's defaults. */
export interface SlackTuning {
  /** The tests use `{ retries: 0 }`: the default retries failed calls for many minutes. */
  retryConfig?: webApi.RetryOptions;
  /** Overrides SLACK_PORT in HTTP mode; 0 picks a free port (tests). */
  port?: number;
}

export interface SlackApp {
  app: App;
  /** Checks the bot token with auth.test (and learns the bot's user id). */
  init(): Promise<void>;
  /** Connects (Socket Mode: resolves once Slack's `hello` arrives) or starts listening (HTTP). */
  start(): Promise<{ url?: string }>;
  /** Disconnects and resolves only when the socket or server is really closed. */
  stop(): Promise<void>;
}

/**
 * The Web API client's own policy retries for about thirty minutes, so an offline machine logged
 * "http request failed" forever. Bounded instead: STORYBOT_CONNECT_ATTEMPTS tries, 1 s, 2 s, 4 s …
 * apart (at most 8 s), then the caller reports the failure. Replies use it too: an answer posted
 * half an hour late helps nobody.
 */
export function boundedRetries(attempts: number): webApi.RetryOptions {
  return { retries: Math.max(0, attempts - 1), factor: 2, minTimeout: 1_000, maxTimeout: 8_000, randomize: false };
}

/** How long `stop()` waits for Slack to finish the WebSocket close handshake. */
const SOCKET_CLOSE_WAIT_MS = 5_000;

/**
 * Builds the Bolt app and its receiver. The receiver is built here rather than by Bolt so the
 * adapter keeps a handle on the Socket Mode client: `app.stop()` resolves before its socket has
 * closed, and a clean stop must wait for that.
 */
export function createSlackApp(settings: SlackSettings, logger: Logger, tuning: SlackTuning = {}): SlackApp {
  const log = boltLogger(logger);
  // No `headers` here: the Socket Mode client spreads these options over its own Authorization
  // header, and a custom one would replace the app token.
  const clientOptions: webApi.WebClientOptions = {
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    retryConfig: tuning.retryConfig ?? boundedRetries(settings.connectAttempts),
  };

  const receiver =
    settings.mode === 'socket'
      ? new SocketModeReceiver({ appToken: settings.appToken, logger: log, installerOptions: { clientOptions } })
      : new HTTPReceiver({ signingSecret: settings.signingSecret, logger: log });

  if (receiver instanceof HTTPReceiver && settings.mode === 'http') guardReceiver(receiver, settings.signingSecret, logger);

  const app = new App({
    token: settings.botToken,
    receiver,
    logger: log,
    clientOptions,
    // Bolt would otherwise call auth.test from the constructor, where a bad token becomes an
    // unhandled rejection; `init()` makes it an awaited, reportable start-up error instead.
    deferInitialization: true,
    // Bolt's conversation store is unused: the core keeps conversation context itself.
    convoStore: false,
  });

  return {
    app,
    init: () => app.init(),
    async start() {
      if (receiver instanceof SocketModeReceiver) {
        await app.start();
        return {};
      }
      const port = tuning.port ?? (settings.mode === 'http' ? settings.port : 0);
      const host = settings.mode === 'http' ? settings.host : '127.0.0.1';
      const server = await app.start({ port, host });
      const address = (server as { address(): AddressInfo | string | null }).address();
      return typeof address === 'object' && address
        ? { url: `http://${address.address}:${address.port}/slack/events` }
        : {};
    },
    async stop() {
      if (!(receiver instanceof SocketModeReceiver)) {
        await app.stop();
        return;
      }
      const client = receiver.client;
      let timer: NodeJS.Timeout | undefined;
      const closed = new Promise<void>((resolve) => {
        client.once('disconnected', () => resolve());
        timer = setTimeout(() => {
          logger.warn('Slack did not finish closing the socket in time');
          resolve();
        }, SOCKET_CLOSE_WAIT_MS);
      });
      await app.stop();
      await closed;
      clearTimeout(timer);
    },
  };
}
