import { Writable } from 'node:stream';
import type { RunningAdapter } from '../../../src/adapter.js';
import type { StoryBot } from '../../../src/bot.js';
import { readEnv } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { startDiscord, type DiscordTuning } from '../../../adapters/discord/index.js';
import { FakeDiscord, type FakeDiscordOptions } from './fake-discord.js';

export const APPLICATION_ID = '1100000000000000001';
/** Shaped like a real token (base64 id . timestamp . hmac) but worthless. */
export const TOKEN = `${Buffer.from(APPLICATION_ID).toString('base64')}.ZmFrZQ.not-a-real-discord-token-at-all`;

export interface Harness {
  fake: FakeDiscord;
  adapter: RunningAdapter;
  /** Every log line the adapter wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export function memoryLogger(level = 'debug') {
  const logs: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logs, logger: createLogger({ level, destination, secrets: [TOKEN] }) };
}

export function discordEnv(fake: FakeDiscord, extra: Record<string, string> = {}) {
  return readEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, ...extra });
}

export async function startHarness(options: {
  bot: StoryBot;
  env?: Record<string, string>;
  fake?: Partial<FakeDiscordOptions>;
  tuning?: DiscordTuning;
}): Promise<Harness> {
  const fake = await FakeDiscord.start({ token: TOKEN, applicationId: APPLICATION_ID, heartbeatIntervalMs: 1000, ...options.fake });
  const { logs, logger } = memoryLogger();
  try {
    const adapter = await startDiscord({ bot: options.bot, env: discordEnv(fake, options.env), logger }, options.tuning);
    return {
      fake,
      adapter,
      logs,
      // The client goes first: a client whose server vanished reconnects forever.
      async close() {
        await adapter.stop();
        await fake.stop();
      },
    };
  } catch (error) {
    await fake.stop();
    throw error;
  }
}
