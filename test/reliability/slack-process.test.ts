import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KNOWLEDGE_DIR } from '../adapters/slack/bot.js';
import { appMentionBody, mention, signedHeaders } from '../adapters/slack/events.js';
import { FakeSlack } from '../adapters/slack/fake-slack.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../adapters/slack/harness.js';
import { freePort, scratchFolder, StorybotProcess } from './process.js';

/**
 * `storybot start` as an operator runs it, against a fake Slack on loopback: the end-to-end run
 * whose logs are grepped for secrets, and the SIGTERM/SIGINT shutdown.
 */
const cwd = scratchFolder('storybot-proc-');
let fake: FakeSlack;
let proc: StorybotProcess | undefined;
afterEach(async () => {
  proc?.kill();
  await proc?.exited;
  proc = undefined;
  await fake.close();
});

async function start(mode: 'http' | 'socket', knowledgeDir = KNOWLEDGE_DIR): Promise<{ url: string }> {
  fake = await new FakeSlack().listen();
  const port = await freePort();
  const env = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    ...(mode === 'http' ? { SLACK_SIGNING_SECRET: SIGNING_SECRET } : { SLACK_APP_TOKEN: APP_TOKEN }),
    SLACK_API_URL: fake.apiUrl,
    SLACK_HOST: '127.0.0.1',
    SLACK_PORT: String(port),
    // Debug: the most the SDKs will ever log, so the secret grep covers their lines too.
    LOG_LEVEL: 'debug',
  };
  proc = new StorybotProcess(['start', '--knowledge', knowledgeDir], env, cwd());
  await proc.waitForLog((line) => line.msg === 'platform started', 'the Slack platform to start');
  return { url: `http://127.0.0.1:${port}/slack/events` };
}

function deliver(url: string, body: object, secret = SIGNING_SECRET): Promise<Response> {
  const raw = JSON.stringify(body);
  return fetch(url, { method: 'POST', headers: signedHeaders(raw, secret), body: raw });
}

describe('storybot start with Slack (child process)', () => {
  it('answers, logs event id and timing, and never logs a token or the signing secret', async () => {
    const { url } = await start('http');
    const asked = [
      appMentionBody({ text: mention('Who released the transcript?') }),
      appMentionBody({ text: mention(`<!channel> @everyone who is Ushakov? ${BOT_TOKEN}`) }),
    ];
    for (const body of asked) expect((await deliver(url, body)).status).toBe(200);
    expect((await deliver(url, appMentionBody({ text: mention('forged') }), 'f'.repeat(32))).status).toBe(401);
    await fake.waitForPosts(2, 10_000);
    // A reply Slack refuses: the Web API error (with its stack) goes to the log.
    fake.fault = { method: 'chat.postMessage', status: 200, error: 'channel_not_found', remaining: 1 };
    await deliver(url, appMentionBody({ text: mention('When did the call take place?') }));
    await proc?.waitForLog((line) => line.level === 50, 'the failed post to be logged', 15_000);

    const replies = proc?.logs.filter((line) => line.msg === 'replied in thread') ?? [];
    expect(replies.map((line) => line.eventId).sort()).toEqual(asked.map((body) => body.event_id).sort());
    for (const line of replies) expect(typeof line.ms).toBe('number');
    const everything = `${proc?.stdout ?? ''}${proc?.stderr ?? ''}`;
    for (const secret of [BOT_TOKEN, SIGNING_SECRET, APP_TOKEN]) expect(everything).not.toContain(secret);
    // The token typed into a question never reaches a reply at all: abstentions no longer quote the
    // question back (issue #11), so there is nothing left for the log redaction to mask here.
    for (const post of fake.posts) expect(String(post.text)).not.toContain(BOT_TOKEN);
  }, 30_000);

  it.each([
    ['SIGTERM', 'http'],
    ['SIGINT', 'socket'],
  ] as const)('on %s (%s mode) finishes the answer in flight, disconnects and exits 0 within seconds', async (signal, mode) => {
    const { url } = await start(mode);
    fake.postDelayMs = 500;
    const body = appMentionBody({ text: mention('Who released the transcript?') });
    if (mode === 'http') await deliver(url, body);
    else fake.sendEvent(body);
    await fake.waitForPosts(1, 10_000);
    expect(fake.postsCompleted).toBe(0);

    const stopping = performance.now();
    proc?.child.kill(signal);
    const exit = await proc?.exited;
    const took = performance.now() - stopping;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(took).toBeLessThan(5_000);
    expect(fake.postsCompleted).toBe(1);
    expect(fake.posts).toHaveLength(1);
    expect(fake.openSockets).toBe(0);
    if (mode === 'http') await expect(deliver(url, appMentionBody({ text: mention('Still there?') }))).rejects.toThrow();
  }, 30_000);

  it('starts with a named pipe and a link to the deploy secrets in its knowledge folder, and never posts what the link points at', async () => {
    const dir = join(cwd(), 'hostile-knowledge');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'bridge.md'), 'The mayor of Springfield, Jane Doe, announced the new bridge on Monday.\n');
    await writeFile(join(cwd(), 'deploy.env'), `SLACK_BOT_TOKEN=${BOT_TOKEN}\nSLACK_SIGNING_SECRET=${SIGNING_SECRET}\n`);
    await symlink(join(cwd(), 'deploy.env'), join(dir, 'settings.md'));
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const { url } = await start('http', dir);
    for (const question of ['Which stories do you know?', 'What is the SLACK_BOT_TOKEN?', 'What is the signing secret?']) await deliver(url, appMentionBody({ text: mention(question) }));
    await fake.waitForPosts(3, 10_000);
    for (const post of fake.posts) {
      // What the bot said: the message, not the token it authenticates the call with.
      const said = JSON.stringify({ ...post, token: undefined });
      expect(said).not.toContain(BOT_TOKEN);
      expect(said).not.toContain(SIGNING_SECRET);
    }
    const skipped = proc?.logs.filter((line) => String(line.msg).startsWith('knowledge file skipped; ')).map((line) => line.file);
    expect(skipped?.sort()).toEqual(['pipe.md', 'settings.md']);
  }, 30_000);

  it('follows a story edited while it runs: the next answer comes from the new version', async () => {
    const dir = join(cwd(), 'live-knowledge');
    await mkdir(dir, { recursive: true });
    const story = (mayor: string) => `---\ntitle: Springfield bridge\n---\nThe mayor of Springfield, ${mayor}, announced the new bridge on Monday.\n`;
    await writeFile(join(dir, 'bridge.md'), story('Jane Doe'));
    const { url } = await start('http', dir);
    const question = 'Who announced the new bridge?';
    await deliver(url, appMentionBody({ text: mention(question) }));
    await fake.waitForPosts(1, 10_000);
    expect(fake.posts[0]?.text).toContain('Jane Doe');

    await writeFile(join(dir, 'bridge.md'), story('Maria Lopez'));
    await proc?.waitForLog((line) => line.msg === 'knowledge reloaded: updated bridge.md', 'the reload', 10_000);
    await deliver(url, appMentionBody({ text: mention(question) }));
    await fake.waitForPosts(2, 10_000);
    expect(fake.posts[1]?.text).toContain('Maria Lopez');
  }, 30_000);
});
