import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatAnswer } from '../../adapters/slack/format.js';
import { MESSAGES } from '../../adapters/slack/messages.js';
import { RoundRobinProxy } from '../../scripts/load/proxy.js';
import { pool } from '../../scripts/load/stats.js';
import { TEMPLATES } from '../../src/answer/say/templates.js';
import { openBot } from '../../src/open.js';
import { KNOWLEDGE_DIR } from '../adapters/slack/bot.js';
import { appMentionBody, mention, nextTs, signedHeaders } from '../adapters/slack/events.js';
import { FakeSlack, type RecordedPost } from '../adapters/slack/fake-slack.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../adapters/slack/harness.js';
import { freePort, scratchFolder, StorybotProcess } from '../reliability/process.js';
import { describeWithRedis } from './describe-with-redis.js';
import { RedisServer } from './redis-server.js';

/**
 * Two `storybot start` processes in Slack HTTP mode, each on its own port, sharing one real
 * redis-server, behind a round-robin balancer: what an operator runs to scale out (needs
 * `npm run build`). Slack's retries are played by sending each event again, with
 * X-Slack-Retry-Num, to the replica that did not get it first.
 */
const RATE_LIMIT = 5;
const cwd = scratchFolder('storybot-replicas-');
let redis: RedisServer;
let fake: FakeSlack;
let replicas: StorybotProcess[] = [];
let backends: string[] = [];
let proxy: RoundRobinProxy;
let userCounter = 0;
const newUser = (): string => `U0R${String(++userCounter).padStart(5, '0')}`;

async function startReplica(): Promise<string> {
  const port = await freePort();
  const env = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    SLACK_HOST: '127.0.0.1',
    SLACK_PORT: String(port),
    REDIS_URL: redis.url,
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    LOG_LEVEL: 'info',
  };
  const replica = new StorybotProcess(['start', '--knowledge', KNOWLEDGE_DIR], env, cwd());
  replicas.push(replica);
  await replica.waitForLog((line) => line.msg === 'platform started', 'the Slack platform to start', 30_000);
  return `http://127.0.0.1:${port}/slack/events`;
}

type Body = ReturnType<typeof appMentionBody>;

async function post(url: string, body: Body, retry?: number): Promise<Response> {
  const raw = JSON.stringify(body);
  const retryHeaders: Record<string, string> = retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {};
  const res = await fetch(url, { method: 'POST', headers: { ...signedHeaders(raw, SIGNING_SECRET), ...retryHeaders }, body: raw });
  await res.arrayBuffer();
  return res;
}

/** Through the balancer; returns which replica took it. */
async function deliver(body: Body): Promise<number> {
  const res = await post(proxy.url(), body);
  expect(res.status).toBe(200);
  return Number(res.headers.get('x-served-by'));
}

/** Slack's retry of an event, sent straight to a chosen replica. */
async function redeliver(body: Body, replica: number): Promise<void> {
  expect((await post(backends[replica] ?? '', body, 1)).status).toBe(200);
}

const other = (replica: number): number => 1 - replica;
const postsIn = (thread: string): RecordedPost[] => fake.posts.filter((p) => p.thread_ts === thread);
const settle = (ms = 500) => new Promise((resolve) => setTimeout(resolve, ms));

/** The same conversation asked of one bot in one process: what the replicas must reply. */
async function expectedReplies(questions: string[]) {
  const bot = await openBot({ knowledgeDir: KNOWLEDGE_DIR, cacheDir: join(cwd(), 'expected-cache') });
  return questions.map((question) => formatAnswer(bot.ask(question, { conversationId: 'one-process' })));
}

async function askInThread(questions: string[], user: string): Promise<{ posts: RecordedPost[]; servedBy: number[] }> {
  const root = nextTs();
  const servedBy: number[] = [];
  for (const [index, question] of questions.entries()) {
    const before = postsIn(root).length;
    const body = appMentionBody({ text: mention(question), user, ...(index === 0 ? { ts: root } : { threadTs: root }) });
    servedBy.push(await deliver(body));
    await fake.until(() => postsIn(root).length > before, `the reply to "${question}"`, 10_000);
  }
  return { posts: postsIn(root), servedBy };
}

const RATE_LIMITED = MESSAGES.rateLimited(1).split(' Please')[0] ?? '';
const isRateLimited = (p: RecordedPost): boolean => p.text.includes(RATE_LIMITED);

describeWithRedis('two Slack replicas behind a round-robin balancer, sharing Redis', () => {
  beforeAll(async () => {
    redis = await RedisServer.start();
    fake = await new FakeSlack().listen();
    backends = await Promise.all([startReplica(), startReplica()]);
    proxy = await new RoundRobinProxy(backends).listen();
  }, 60_000);

  afterAll(async () => {
    for (const replica of replicas) {
      replica.child.kill('SIGTERM');
      await Promise.race([replica.exited, settle(5_000)]);
      replica.kill();
    }
    await proxy?.close();
    await fake?.close();
    await redis?.stop();
  }, 30_000);

  it('answers each of 500 events exactly once, though each is also redelivered to the other replica', async () => {
    const bodies = Array.from({ length: 500 }, (_, i) => appMentionBody({ text: mention(i % 2 ? 'Who released the transcript?' : 'When did the call take place?'), user: newUser() }));
    await pool(bodies.length, 20, async (index) => {
      const body = bodies[index] as Body;
      await redeliver(body, other(await deliver(body)));
    });
    const threads = bodies.map((body) => body.event.ts);
    await fake.until(() => threads.every((thread) => postsIn(thread).length > 0), '500 replies', 60_000);
    await settle();
    const counts = threads.map((thread) => postsIn(thread).length);
    expect(counts.filter((count) => count !== 1)).toEqual([]);
    // Both replicas did real work, and each turned away the retries of the other's events.
    for (const replica of replicas) {
      expect(replica.logs.filter((line) => line.msg === 'replied in thread').length).toBeGreaterThan(100);
      expect(replica.logs.filter((line) => line.msg === 'duplicate delivery ignored').length).toBeGreaterThan(100);
    }
  }, 120_000);

  it('resolves "he", "tell me more" and "source?" in a thread whose messages alternate between the replicas', async () => {
    const questions = ['Who is Yuri Ushakov?', 'Who did he speak to on 29 October?', 'tell me more', 'source?'];
    const { posts, servedBy } = await askInThread(questions, newUser());
    expect(servedBy).toEqual(servedBy[0] === 0 ? [0, 1, 0, 1] : [1, 0, 1, 0]);
    expect(posts[1]?.text).toContain('Dmitriev');
    const expected = await expectedReplies(questions);
    expect(posts.map((p) => ({ text: p.text, blocks: p.blocks }))).toEqual(expected.map((m) => ({ text: m.text, blocks: m.blocks })));
    expect(posts[2]?.text).not.toContain(TEMPLATES.noSources);
  }, 60_000);

  it("holds one user's rate limit across both replicas, with one notice for the stretch of refusals", async () => {
    const user = newUser();
    const roots: string[] = [];
    const refusals = () => replicas.reduce((sum, replica) => sum + replica.logs.filter((line) => line.msg === 'rate limited').length, 0);
    for (let i = 0; i < RATE_LIMIT + 3; i++) {
      const body = appMentionBody({ text: mention('Who released the transcript?'), user });
      roots.push(body.event.ts);
      const refusedBefore = refusals();
      await deliver(body);
      // One at a time, reply or refusal included, so the refusals are the last ones asked.
      // Polled: a refusal without a notice is only a log line in a replica, which the fake Slack never sees.
      for (const deadline = Date.now() + 10_000; postsIn(body.event.ts).length === 0 && refusals() === refusedBefore; await settle(50)) {
        if (Date.now() > deadline) throw new Error(`no reply and no refusal for question ${i + 1}`);
      }
    }
    await settle();
    // Alternating, each replica saw 4 questions, under the limit of 5 on its own; together they are over.
    expect(refusals()).toBe(3);
    const replies = roots.map((root) => postsIn(root));
    expect(replies.slice(0, RATE_LIMIT).every((posts) => posts.length === 1 && !isRateLimited(posts[0]!))).toBe(true);
    // The first refusal is told how long to wait, whichever replica refused it; the next two are not answered again.
    expect(replies.slice(RATE_LIMIT).map((posts) => posts.filter(isRateLimited).length)).toEqual([1, 0, 0]);
  }, 30_000);

  it('keeps answering when Redis is killed mid-run, as documented, and shares state again once it is restarted', async () => {
    const conversation = await askInThread(['Who is Yuri Ushakov?'], newUser());
    const thread = conversation.posts[0]?.thread_ts ?? '';
    await redis.kill();

    // De-duplication: each replica's own memory. A retry to the same replica is still caught.
    const during = Array.from({ length: 20 }, () => appMentionBody({ text: mention('Who released the transcript?'), user: newUser() }));
    const takenBy: number[] = [];
    for (const body of during) {
      const replica = await deliver(body);
      takenBy.push(replica);
      await redeliver(body, replica);
    }
    await fake.until(() => during.every((body) => postsIn(body.event.ts).length > 0), 'replies during the outage', 10_000);
    // Conversations: a follow-up is read as a fresh question.
    const followUp = appMentionBody({ text: mention('tell me more'), user: newUser(), threadTs: thread });
    await deliver(followUp);
    await fake.until(() => postsIn(thread).length === 2, 'the follow-up reply', 10_000);
    expect(postsIn(thread)[1]?.text).toContain(TEMPLATES.noSources);
    // Rate limits: each replica on its own, so 12 alternating questions get 2 refusals, not 7.
    const user = newUser();
    const limited = Array.from({ length: 12 }, () => appMentionBody({ text: mention('When did the call take place?'), user }));
    for (const body of limited) await deliver(body);
    await fake.until(() => limited.every((body) => postsIn(body.event.ts).length > 0), 'the rate-limited replies', 10_000);
    expect(limited.filter((body) => isRateLimited(postsIn(body.event.ts)[0] as RecordedPost))).toHaveLength(2);
    await settle();
    expect(during.map((body) => postsIn(body.event.ts).length)).toEqual(during.map(() => 1));
    for (const replica of replicas) {
      expect(replica.child.exitCode).toBeNull();
      expect(replica.logs.filter((line) => line.level === 40 && line.store === 'dedupe')).toHaveLength(1);
      expect(replica.logs.some((line) => line.level === 50)).toBe(false);
    }

    await redis.start();
    const recovered = (replica: StorybotProcess) => replica.logs.filter((line) => line.msg === 'Redis reachable; shared stores in use').length >= 2;
    for (const replica of replicas) await replica.waitForLog(() => recovered(replica), 'the replica to reconnect to Redis', 15_000);

    // An event taken during the outage was written back to Redis: its retry to the other replica is not answered.
    const [first] = during as [Body];
    await redeliver(first, other(takenBy[0] ?? 0));
    // Shared again: exactly once, follow-ups across replicas, one rate limit.
    const after = Array.from({ length: 50 }, () => appMentionBody({ text: mention('Who released the transcript?'), user: newUser() }));
    await pool(after.length, 10, async (index) => {
      const body = after[index] as Body;
      await redeliver(body, other(await deliver(body)));
    });
    await fake.until(() => after.every((body) => postsIn(body.event.ts).length > 0), 'replies after the restart', 20_000);
    const talk = await askInThread(['Who is Yuri Ushakov?', 'Who did he speak to on 29 October?'], newUser());
    expect(talk.servedBy[0]).not.toBe(talk.servedBy[1]);
    expect(talk.posts[1]?.text).toContain('Dmitriev');
    await settle();
    expect(after.map((body) => postsIn(body.event.ts).length)).toEqual(after.map(() => 1));
    expect(postsIn(first.event.ts)).toHaveLength(1);
  }, 120_000);
});
