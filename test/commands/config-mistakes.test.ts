import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, scratchFolder, StorybotProcess } from '../reliability/process.js';

/**
 * The mistakes an operator makes in `.env`, through the built CLI as they would meet them: what
 * `check` says, what `start` says, and that nothing prints a stack trace or a secret.
 */
const folder = scratchFolder('storybot-config-');
const knowledge = new URL('../../knowledge', import.meta.url).pathname;
const DISCORD_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123';

async function run(args: string[], env: Record<string, string> = {}, dotenv?: string): Promise<StorybotProcess & { code: number | null }> {
  if (dotenv !== undefined) await writeFile(join(folder(), '.env'), dotenv);
  const child = new StorybotProcess([...args, '--knowledge', knowledge], env, folder());
  child.child.stdin.end();
  const { code } = await child.exited;
  return Object.assign(child, { code });
}

const STACK = /^\s+at /m;

describe('mistakes in .env', () => {
  const mistakes = 'DISCORD_TOKNE=abc\nthis line is broken\nLOG_LEVEL=info\n';

  it('check fails on a misspelt name (with a suggestion) and on a malformed line (with its number)', async () => {
    const result = await run(['check'], {}, mistakes);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ DISCORD_TOKNE is not a storybot setting and is ignored; did you mean DISCORD_TOKEN?');
    expect(result.stdout).toContain('✗ .env line 2 is not NAME=value and is ignored');
    expect(result.stdout).not.toContain('this line is broken');
  });

  it('start warns about both and still opens the terminal chat', async () => {
    const result = await run(['start'], {}, mistakes);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: DISCORD_TOKNE is not a storybot setting and is ignored; did you mean DISCORD_TOKEN?');
    expect(result.stderr).toContain('warning: .env line 2 is not NAME=value');
  });

  it('a `NAME: value` line is ignored, as its warning says: its value reaches no setting', async () => {
    const result = await run(['start'], {}, 'DISCORD_APPLICATION_ID: 1100000000000000001\n');
    expect(result.stderr).toContain('warning: .env line 1 is not NAME=value (use "=", not ":") and is ignored');
    // Read, it would have turned Discord on and stopped start-up for want of DISCORD_TOKEN.
    expect(result.stderr).not.toContain('DISCORD_TOKEN');
    expect(result.code).toBe(0);
  });

  it('start refuses a platform with an invalid token before touching the network, naming the variable', async () => {
    const result = await run(['start'], {}, 'DISCORD_TOKEN=abc\nDISCORD_APPLICATION_ID=123456789012345678\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "storybot start: not starting Discord: DISCORD_TOKEN should be a bot token of three dot-separated parts (Developer Portal → Bot → Reset Token); the value set is not. Set it in .env (see .env.example and the README's Discord section).",
    );
    expect(result.stderr).toContain('storybot start: nothing to start');
    expect(result.stderr).not.toMatch(/ENOTFOUND|discord\.com/);
    expect(result.stderr).not.toMatch(STACK);
  });

  it('a REDIS_URL without its scheme does not stop the terminal chat, which does not use Redis: one warning says what to write', async () => {
    const result = await run(['start'], { REDIS_URL: 'localhost:6379' }, '');
    expect(result.code).toBe(0);
    const warnings = result.stderr.split('\n').filter((line) => line.includes('REDIS_URL'));
    expect(warnings).toEqual(['warning: REDIS_URL has no scheme: write redis://localhost:6379; it is ignored until fixed (only Discord and Slack use Redis)']);
  });

  it('a REDIS_URL without its scheme still stops the platforms, which would use it', async () => {
    const result = await run(['start'], { REDIS_URL: 'localhost:6379', DISCORD_TOKEN, DISCORD_APPLICATION_ID: '1100000000000000001' }, '');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('storybot start: REDIS_URL has no scheme: write redis://localhost:6379.');
    expect(result.stderr).not.toContain(DISCORD_TOKEN);
  });

  it('`npm run slack` names the missing half of the Slack credentials', async () => {
    const result = await run(['slack'], { SLACK_BOT_TOKEN: 'xoxb-1-2-secretpart' }, '');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not starting Slack: SLACK_APP_TOKEN is not set, and neither is SLACK_SIGNING_SECRET/);
    expect(result.stderr).not.toContain('secretpart');
  });
});

describe('a platform that cannot be reached at start-up', () => {
  it('Discord: bounded retries, then one line naming the host and what to check, exit 1, no stack', async () => {
    const port = await freePort();
    const result = await run(['discord'], { DISCORD_TOKEN, DISCORD_APPLICATION_ID: '1100000000000000001', DISCORD_API_URL: `http://127.0.0.1:${port}/api`, STORYBOT_CONNECT_ATTEMPTS: '2', LOG_FORMAT: 'json' }, '');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`storybot discord: Discord could not connect to 127.0.0.1:${port} (`);
    expect(result.stderr).toMatch(/ECONNREFUSED.*after 2 attempts\. Check the machine's internet connection, DNS/);
    expect(result.logs.filter((line) => line.msg === 'cannot reach Discord; retrying')).toHaveLength(1);
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stderr).not.toContain(DISCORD_TOKEN);
  });

  it('Slack: bounded retries, then one line naming the host, exit 1; the stack only with LOG_LEVEL=debug', async () => {
    const port = await freePort();
    const env = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-A1-2-abc', SLACK_API_URL: `http://127.0.0.1:${port}/api/`, STORYBOT_CONNECT_ATTEMPTS: '2', LOG_FORMAT: 'json' };
    const quiet = await run(['slack'], env, '');
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toMatch(new RegExp(`storybot slack: Slack could not connect to 127\\.0\\.0\\.1:${port} \\(.*ECONNREFUSED.*\\) after 2 attempts\\. Check `));
    expect(quiet.stderr).not.toMatch(STACK);
    const debug = await run(['slack'], { ...env, LOG_LEVEL: 'debug' }, '');
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(STACK);
  });
});
