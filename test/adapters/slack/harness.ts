import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { StoryBot } from '../../../src/bot.js';
import { readEnv } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { launchSlack, type RunningSlack } from '../../../adapters/slack/index.js';
import { FakeSlack } from './fake-slack.js';
import { testCacheDir } from '../../support/cache-dir.js';

export const SIGNING_SECRET = '8f742231b10e8888abcd99eeeeee85a5';
export const BOT_TOKEN = 'xoxb-1111-2222-testtoken';
export const APP_TOKEN = 'xapp-1-A0FAKE-3333-testtoken';

/** A fresh folder for one app's state (the Slack events it has seen), inside the run's temp folder. */
export const slackStateDir = (): string => mkdtempSync(join(testCacheDir(), 'slack-'));

/** Log lines the adapter wrote, parsed, so tests can assert what an operator would see. */
export class LogCapture extends Writable {
  readonly lines: Array<Record<string, unknown>> = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of String(chunk).split('\n')) if (line.trim()) this.lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  }
}

export interface Harness {
  fake: FakeSlack;
  slack: RunningSlack;
  logs: LogCapture;
  close(): Promise<void>;
}

/** A fake Slack plus the real adapter (real Bolt) pointed at it, in either mode. */
export async function startHarness(
  bot: StoryBot,
  mode: 'http' | 'socket',
  extraEnv: Record<string, string> = {},
): Promise<Harness> {
  const fake = await new FakeSlack().listen();
  const logs = new LogCapture();
  const env = readEnv({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    ...(mode === 'socket' ? { SLACK_APP_TOKEN: APP_TOKEN } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    SLACK_HOST: '127.0.0.1',
    SLACK_API_URL: fake.apiUrl,
    RATE_LIMIT_PER_MINUTE: '100',
    // Each app its own folder: it keeps the Slack events it has seen there.
    STORYBOT_CACHE_DIR: slackStateDir(),
    ...extraEnv,
  });
  const logger = createLogger({ level: 'info', destination: logs, secrets: [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET] });
  const slack = await launchSlack({ bot, env, logger }, { retryConfig: { retries: 0 }, port: 0 });
  return {
    fake,
    slack,
    logs,
    async close() {
      await slack.stop();
      await fake.close();
    },
  };
}
