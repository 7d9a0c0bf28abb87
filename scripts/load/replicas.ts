import { appMentionBody, mention, signedHeaders } from '../../test/adapters/slack/events.js';
import { FakeSlack } from '../../test/adapters/slack/fake-slack.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../../test/adapters/slack/harness.js';
import { RedisServer } from '../../test/stores/redis-server.js';
import { BotProcess } from './fork.js';
import { RoundRobinProxy } from './proxy.js';
import { LOAD_QUESTIONS, percentile, pool } from './stats.js';

export interface ReplicaLoadOptions {
  events: number;
  concurrency: number;
  knowledgeDir: string;
  replicas?: number;
  /** Events sent first and not measured (JIT, connection pools, Redis scripts loaded). */
  warmup?: number;
}

export interface ReplicaLoadReport {
  events: number;
  replicas: number;
  concurrency: number;
  seconds: number;
  /** Events acknowledged and answered per second, over the whole run. */
  throughput: number;
  ackP50: number;
  ackP99: number;
  ackMax: number;
  /** The redelivery's ack, straight to the replica that did not take the event first. */
  retryAckP99: number;
  replyP99: number;
  nonOkAcks: number;
  /** Status codes other than 200, with counts ("502×2"). */
  nonOkStatuses: string;
  /** Events answered more than once (must be 0), and replies beyond the first. */
  duplicated: number;
  extraReplies: number;
  unanswered: number;
  /** Share of first deliveries each replica took through the balancer. */
  perReplica: number[];
  errorsLogged: number;
}

/**
 * Several Slack replicas in HTTP mode (the real core and Bolt, each its own process) sharing one
 * real redis-server, behind a round-robin balancer. Every event is delivered through the balancer,
 * then, once acknowledged, redelivered with X-Slack-Retry-Num to the next replica, as Slack's
 * retry reaching another replica would be: each event must be answered exactly once.
 */
export async function runReplicaLoad(options: ReplicaLoadOptions): Promise<ReplicaLoadReport> {
  const count = options.replicas ?? 2;
  const redis = await RedisServer.start();
  const fake = await new FakeSlack().listen();
  const bots = Array.from(
    { length: count },
    () =>
      new BotProcess(new URL('./slack-bot.ts', import.meta.url), {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        SLACK_HOST: '127.0.0.1',
        RATE_LIMIT_PER_MINUTE: '1000000',
        REDIS_URL: redis.url,
        LOAD_KNOWLEDGE_DIR: options.knowledgeDir,
      }),
  );
  let proxy: RoundRobinProxy | undefined;
  try {
    const backends = (await Promise.all(bots.map((bot) => bot.ready()))).map((ready) => ready.url ?? '');
    proxy = await new RoundRobinProxy(backends).listen();
    const url = proxy.url();
    const acks: number[] = [];
    const retryAcks: number[] = [];
    const sentAt = new Map<string, number>();
    let nonOk = 0;
    const statuses = new Map<number, number>();

    const post = async (target: string, raw: string, retry: boolean): Promise<Response> => {
      const headers = { ...signedHeaders(raw, SIGNING_SECRET), ...(retry ? { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } : {}) };
      const res = await fetch(target, { method: 'POST', headers, body: raw });
      await res.arrayBuffer();
      if (res.status !== 200) {
        nonOk += 1;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
      return res;
    };
    const send = async (index: number): Promise<void> => {
      const body = appMentionBody({ text: mention(LOAD_QUESTIONS[index % LOAD_QUESTIONS.length] ?? ''), user: `U0REP${index % 500}` });
      const raw = JSON.stringify(body);
      const started = performance.now();
      sentAt.set(body.event.ts, started);
      const res = await post(url, raw, false);
      acks.push(performance.now() - started);
      const servedBy = Number(res.headers.get('x-served-by'));
      const retryStarted = performance.now();
      await post(backends[(servedBy + 1) % count] ?? '', raw, true);
      retryAcks.push(performance.now() - retryStarted);
    };

    const warmup = options.warmup ?? Math.min(200, options.events);
    await pool(warmup, options.concurrency, send);
    await fake.until(() => fake.postsCompleted >= warmup, 'the warm-up replies', 60_000);
    acks.length = 0;
    retryAcks.length = 0;
    sentAt.clear();
    nonOk = 0;
    statuses.clear();
    fake.posts.length = 0;
    fake.postsCompleted = 0;
    proxy.served.length = 0;

    const started = performance.now();
    await pool(options.events, options.concurrency, send);
    await fake.until(() => fake.postsCompleted >= options.events, `${options.events} replies`, 120_000).catch(() => undefined);
    const seconds = (performance.now() - started) / 1000;
    // A wrongly answered redelivery would arrive a moment after the first reply: give it the chance.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const perThread = new Map<string, number>();
    const replies: number[] = [];
    for (const reply of fake.posts) {
      const thread = reply.thread_ts ?? '';
      perThread.set(thread, (perThread.get(thread) ?? 0) + 1);
      const sent = sentAt.get(thread);
      if (sent !== undefined && perThread.get(thread) === 1) replies.push(reply.at - sent);
    }
    const counts = [...sentAt.keys()].map((thread) => perThread.get(thread) ?? 0);
    const errors = (await Promise.all(bots.map((bot) => bot.heap()))).reduce((sum, reading) => sum + reading.errors, 0);
    return {
      events: options.events,
      replicas: count,
      concurrency: options.concurrency,
      seconds,
      throughput: options.events / seconds,
      ackP50: percentile(acks, 0.5),
      ackP99: percentile(acks, 0.99),
      ackMax: percentile(acks, 1),
      retryAckP99: percentile(retryAcks, 0.99),
      replyP99: percentile(replies, 0.99),
      nonOkAcks: nonOk,
      nonOkStatuses: [...[...statuses].map(([status, n]) => `${status}×${n}`), ...(proxy.failures.length ? [`balancer: ${[...new Set(proxy.failures)].join(', ')}`] : [])].join(', '),
      duplicated: counts.filter((n) => n > 1).length,
      extraReplies: counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
      unanswered: counts.filter((n) => n === 0).length,
      perReplica: backends.map((_, index) => proxy?.served.filter((served) => served === index).length ?? 0),
      errorsLogged: errors,
    };
  } finally {
    await Promise.all(bots.map((bot) => bot.stop()));
    await proxy?.close();
    await fake.close();
    await redis.stop();
  }
}

export function formatReplicaReport(r: ReplicaLoadReport): string {
  return [
    `Slack HTTP load over ${r.replicas} replicas sharing Redis: ${r.events} signed events (each also redelivered to another replica) at concurrency ${r.concurrency} in ${r.seconds.toFixed(1)} s`,
    `  throughput      ${r.throughput.toFixed(0)} events/s (acked, redelivered and answered once)`,
    `  ack time        p50 ${r.ackP50.toFixed(1)} ms, p99 ${r.ackP99.toFixed(1)} ms, max ${r.ackMax.toFixed(1)} ms through the balancer; redelivery p99 ${r.retryAckP99.toFixed(1)} ms; ${r.nonOkAcks} not 200${r.nonOkAcks ? ` (${r.nonOkStatuses})` : ''}`,
    `  reply time      p99 ${r.replyP99.toFixed(1)} ms (event sent → chat.postMessage)`,
    `  duplicates      ${r.duplicated} events answered twice (${r.extraReplies} extra replies); ${r.unanswered} unanswered`,
    `  balance         ${r.perReplica.join(' / ')} first deliveries per replica`,
    `  errors logged   ${r.errorsLogged}`,
  ].join('\n');
}
