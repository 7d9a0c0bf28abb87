import { appMentionBody, mention, nextTs, signedHeaders } from '../../test/adapters/slack/events.js';
import { FakeSlack } from '../../test/adapters/slack/fake-slack.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../../test/adapters/slack/harness.js';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { BotProcess } from './fork.js';
import { LOAD_QUESTIONS, mb, percentile, pool } from './stats.js';

export interface SlackLoadOptions {
  events: number;
  concurrency: number;
  knowledgeDir: string;
  /** Where the persisted index goes (default: the project's .cache/); tests pass a temp folder. */
  cacheDir?: string;
  /** Events sent first and not measured, so caches, JIT and pools are warm before the baseline. */
  warmup?: number;
  /**
   * Threads the events are spread over. A workspace's traffic lands in a bounded set of live
   * threads; reusing them keeps the per-thread conversation memory (a bounded cache, by design) at
   * its steady state after the warm-up, so any heap growth left is a leak.
   */
  threads?: number;
  /** Every n-th event is delivered twice (Slack's retry with X-Slack-Retry-Num): it must be answered once. */
  redeliverEvery?: number;
}

export interface SlackLoadReport {
  events: number;
  concurrency: number;
  seconds: number;
  throughput: number;
  ackP50: number;
  ackP99: number;
  ackMax: number;
  replyP99: number;
  /** Acks slower than Slack's 3-second limit (Slack would retry those). */
  slowAcks: number;
  nonOkAcks: number;
  /** Threads answered other than exactly once (0 = exactly-once held). */
  notExactlyOnce: number;
  redelivered: number;
  errorsLogged: number;
  heapBaseline: number;
  heapAfter: number;
  heapGrowth: number;
  /** CPU time of the bot process and of the load driver (generator + fake Slack) during the run. */
  botCpuMs: number;
  driverCpuMs: number;
  /** Longest event-loop stall of the load driver (generator + fake) during the run. */
  driverStallMs: number;
  /** Longest event-loop stall of the bot process during the run. */
  botStallMs: number;
}

/**
 * Signed `app_mention` events over HTTP, `concurrency` at a time, to the real Bolt app with the
 * real core, replies going to the fake Slack Web API on loopback.
 */
export async function runSlackLoad(options: SlackLoadOptions): Promise<SlackLoadReport> {
  const fake = await new FakeSlack().listen();
  const bot = new BotProcess(new URL('./slack-bot.ts', import.meta.url), {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    SLACK_HOST: '127.0.0.1',
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOAD_KNOWLEDGE_DIR: options.knowledgeDir,
    ...(options.cacheDir ? { STORYBOT_CACHE_DIR: options.cacheDir } : {}),
  });
  const redeliverEvery = options.redeliverEvery ?? 20;

  const threads = Array.from({ length: options.threads ?? 200 }, () => nextTs());
  /** Per thread, the send times of events not yet answered (answers in a thread arrive in order). */
  let sentAt = new Map<string, number[]>();
  let sent = 0;
  const acks: number[] = [];
  const replies: number[] = [];
  let nonOk = 0;
  let redelivered = 0;

  const sender = (url: string) => async (index: number, retry = 0): Promise<void> => {
    const question = LOAD_QUESTIONS[index % LOAD_QUESTIONS.length] ?? '';
    const thread = threads[index % threads.length] ?? '';
    const body = appMentionBody({ text: mention(question), user: `U0LOAD${index % 500}`, threadTs: thread });
    const raw = JSON.stringify(body);
    const started = performance.now();
    sentAt.set(thread, [...(sentAt.get(thread) ?? []), started]);
    sent += 1;
    const res = await fetch(url, { method: 'POST', headers: signedHeaders(raw, SIGNING_SECRET), body: raw });
    await res.arrayBuffer();
    acks.push(performance.now() - started);
    if (process.env.LOAD_DEBUG && performance.now() - started > 2_000) console.error(`slow ack #${index}: ${Math.round(performance.now() - started)} ms, sent at ${Math.round(started)}`);
    if (res.status !== 200) nonOk += 1;
    if (retry === 0 && index % redeliverEvery === redeliverEvery - 1) {
      redelivered += 1;
      const again = await fetch(url, {
        method: 'POST',
        headers: { ...signedHeaders(raw, SIGNING_SECRET), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
        body: raw,
      });
      await again.arrayBuffer();
    }
  };

  /**
   * Waits for the batch's replies, then checks each thread got exactly as many replies as events
   * were sent to it (redeliveries must add none). Returns how many threads are off; frees the fake.
   */
  const settle = async (): Promise<number> => {
    await fake.until(() => fake.postsCompleted >= sent, `${sent} replies`, 120_000).catch((error: unknown) => {
      throw new Error(`${String(error)} (${fake.postsCompleted} answered, ${fake.posts.length} posts, calls: ${fake.calls.length})`);
    });
    // Redeliveries that were (wrongly) answered would arrive a moment later: give them the chance.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const expected = new Map([...sentAt].map(([thread, times]) => [thread, times.length]));
    const perThread = new Map<string, number>();
    for (const post of fake.posts) {
      const thread = post.thread_ts ?? '';
      perThread.set(thread, (perThread.get(thread) ?? 0) + 1);
      const sentTime = sentAt.get(thread)?.shift();
      if (sentTime !== undefined) replies.push(post.at - sentTime);
    }
    const wrong = [...new Set([...expected.keys(), ...perThread.keys()])].filter((thread) => expected.get(thread) !== perThread.get(thread)).length;
    fake.posts.length = 0;
    fake.calls.length = 0;
    fake.postsCompleted = 0;
    sentAt = new Map();
    sent = 0;
    return wrong;
  };

  try {
    const url = (await bot.ready()).url ?? '';
    const send = sender(url);
    const warmup = options.warmup ?? Math.min(500, options.events);
    await pool(warmup, options.concurrency, (index) => send(index));
    await settle();
    acks.length = 0;
    replies.length = 0;
    nonOk = 0;
    redelivered = 0;
    const baseline = await bot.heap();
    const heapBaseline = baseline.heap;
    const parentCpu = process.cpuUsage();

    // The driver's own stalls would show up as slow acks too: measure them to tell them apart.
    const driverDelay = monitorEventLoopDelay({ resolution: 10 });
    driverDelay.enable();
    const started = performance.now();
    await pool(options.events, options.concurrency, (index) => send(index));
    const notExactlyOnce = await settle();
    driverDelay.disable();
    const seconds = (performance.now() - started) / 1000;
    const { heap: heapAfter, errors, firstError, cpuMs, stallMs } = await bot.heap();
    const parent = process.cpuUsage(parentCpu);
    if (firstError) console.error(`first error logged by the bot: ${firstError}`);
    return {
      events: options.events,
      concurrency: options.concurrency,
      seconds,
      throughput: options.events / seconds,
      ackP50: percentile(acks, 0.5),
      ackP99: percentile(acks, 0.99),
      ackMax: percentile(acks, 1),
      replyP99: percentile(replies, 0.99),
      slowAcks: acks.filter((ms) => ms >= 3_000).length,
      nonOkAcks: nonOk,
      notExactlyOnce,
      redelivered,
      errorsLogged: errors,
      heapBaseline,
      heapAfter,
      heapGrowth: (heapAfter - heapBaseline) / heapBaseline,
      botCpuMs: cpuMs - baseline.cpuMs,
      driverCpuMs: (parent.user + parent.system) / 1000,
      driverStallMs: driverDelay.max / 1e6,
      botStallMs: stallMs,
    };
  } finally {
    await bot.stop();
    await fake.close();
  }
}

export function formatSlackReport(r: SlackLoadReport): string {
  return [
    `Slack HTTP load: ${r.events} signed app_mention events at concurrency ${r.concurrency} in ${r.seconds.toFixed(1)} s`,
    `  throughput      ${r.throughput.toFixed(0)} events/s (acked and answered)`,
    `  ack time        p50 ${r.ackP50.toFixed(1)} ms, p99 ${r.ackP99.toFixed(1)} ms, max ${r.ackMax.toFixed(1)} ms; ${r.slowAcks} at or over 3 s; ${r.nonOkAcks} not 200`,
    `  reply time      p99 ${r.replyP99.toFixed(1)} ms (event sent → chat.postMessage)`,
    `  exactly once    ${r.notExactlyOnce === 0 ? 'yes' : `NO: ${r.notExactlyOnce} threads`} (${r.redelivered} events redelivered with X-Slack-Retry-Num)`,
    `  errors logged   ${r.errorsLogged}`,
    `  CPU             bot ${(r.botCpuMs / r.events).toFixed(1)} ms/event (longest stall ${r.botStallMs.toFixed(0)} ms), driver and fake ${(r.driverCpuMs / r.events).toFixed(1)} ms/event; driver's longest stall ${r.driverStallMs.toFixed(0)} ms`,
    `  heap after GC   ${mb(r.heapBaseline)} after warm-up → ${mb(r.heapAfter)} after the run (${(r.heapGrowth * 100).toFixed(1)}%)`,
  ].join('\n');
}
