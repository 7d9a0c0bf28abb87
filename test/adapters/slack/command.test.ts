import { PassThrough } from 'node:stream';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/commands/slack.js';
import { KNOWLEDGE_DIR } from './bot.js';
import { appMentionBody, mention } from './events.js';
import { expectCitedAnswer } from './expect-answer.js';
import { FakeSlack } from './fake-slack.js';
import { APP_TOKEN, BOT_TOKEN } from './harness.js';
import { testCacheDir } from '../../support/cache-dir.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const COMMAND = new URL('../../../src/commands/slack.ts', import.meta.url).href;

/** Every Slack variable, so a developer's own `.env` cannot leak into the test (real env wins). */
const slackEnv = (apiUrl: string, over: Record<string, string> = {}) => ({
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_APP_TOKEN: APP_TOKEN,
  SLACK_SIGNING_SECRET: '',
  SLACK_API_URL: apiUrl,
  DISCORD_TOKEN: '',
  LOG_LEVEL: 'info',
  ...over,
});

describe('storybot slack', () => {
  let child: ChildProcess | undefined;
  let fake: FakeSlack | undefined;
  afterEach(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await fake?.close();
  });

  it('runs the Slack app alone, answers, and exits 0 on SIGTERM with nothing left running', async () => {
    fake = await new FakeSlack().listen();
    // The command module is run directly (tsx), so this test does not depend on the CLI registry.
    const script = `const { run } = await import(${JSON.stringify(COMMAND)});
process.exitCode = await run({ argv: ['--knowledge', ${JSON.stringify(KNOWLEDGE_DIR)}], env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });`;
    child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, STORYBOT_CACHE_DIR: testCacheDir(), ...slackEnv(fake.apiUrl) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));

    await fake.until(() => fake?.openSockets === 1, 'the command to connect', 20_000);
    const body = appMentionBody({ text: mention('Who released the transcript?') });
    fake.sendEvent(body);
    await fake.waitForPosts(1);
    expect(fake.posts[0]?.thread_ts).toBe(body.event.ts);
    expectCitedAnswer(fake.posts[0]!);

    child.kill('SIGTERM');
    // The process only exits by itself if stop() left no socket or timer behind.
    expect(await exited).toBe(0);
    expect(fake.openSockets).toBe(0);
    expect(stderr).toContain('Slack adapter stopped');
    expect(stderr).not.toContain(BOT_TOKEN);
  }, 30_000);

  it('reports a malformed token as a config error naming the variable, before connecting', async () => {
    fake = await new FakeSlack().listen();
    const stderr = new PassThrough();
    let said = '';
    stderr.on('data', (chunk: Buffer) => (said += String(chunk)));
    const io = { argv: ['--knowledge', KNOWLEDGE_DIR], stdin: process.stdin, stdout: process.stdout, stderr };
    const code = await run({ ...io, env: slackEnv(fake.apiUrl, { SLACK_APP_TOKEN: 'xoxb-pasted-in-the-wrong-field', LOG_LEVEL: 'silent' }) });
    expect(code).toBe(1);
    expect(said).toMatch(/^storybot slack: not starting Slack: SLACK_APP_TOKEN should be an app-level token starting with "xapp-".*\(this looks like a bot token\)/);
    expect(said).not.toContain('pasted-in-the-wrong-field');
    expect(fake.calls).toEqual([]);
  });
});
