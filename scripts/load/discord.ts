import { startDiscord } from '../../adapters/discord/index.js';
import { readEnv } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { openBot } from '../../src/open.js';
import { FakeDiscord, type RestCall } from '../../test/adapters/discord/fake-discord.js';
import { APPLICATION_ID, TOKEN } from '../../test/adapters/discord/harness.js';
import { ask, inDm, inGuild } from '../../test/adapters/discord/view.js';
import { ErrorCounter } from './bot-process.js';
import { LOAD_QUESTIONS, percentile, pool } from './stats.js';

export interface DiscordLoadOptions {
  interactions: number;
  /** Interactions sent first, in the same burst shape, and reported apart (cold start). */
  warmup?: number;
  concurrency: number;
  knowledgeDir: string;
  /** Where the persisted index goes (default: the project's .cache/); tests pass a temp folder. */
  cacheDir?: string;
}

export interface DiscordLoadReport {
  interactions: number;
  concurrency: number;
  seconds: number;
  throughput: number;
  ackP50: number;
  ackP99: number;
  ackMax: number;
  /** First responses (reply or deferral) at or over Discord's 3-second limit. */
  lateAcks: number;
  /** The slowest first response during the warm-up burst, when the process was cold. */
  coldAckMax: number;
  deferred: number;
  completeP99: number;
  /** Interactions without exactly one final reply (0 = every one completed, once). */
  notExactlyOnce: number;
  errorsLogged: number;
}

/** The interaction a REST call belongs to: its id is in the callback path or in its token. */
function interactionOf(call: RestCall): string | undefined {
  return /^\/interactions\/(\d+)\//.exec(call.path)?.[1] ?? /\/itoken-(\d+)/.exec(call.path)?.[1];
}

const isAck = (call: RestCall): boolean => call.path.endsWith('/callback');
const isFinal = (call: RestCall): boolean =>
  call.path.endsWith('/callback') ? call.body?.type === 4 || call.body?.type === 8 : call.path.endsWith('/@original') ? call.method === 'PATCH' : call.method === 'POST';

/**
 * `/ask` interactions dispatched through the fake gateway to the real discord.js client and core,
 * `concurrency` outstanding at a time; replies land on the fake REST API on loopback.
 */
export async function runDiscordLoad(options: DiscordLoadOptions): Promise<DiscordLoadReport> {
  const fake = await FakeDiscord.start({ token: TOKEN, applicationId: APPLICATION_ID, heartbeatIntervalMs: 5_000 });
  const counter = new ErrorCounter();
  const env = readEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, RATE_LIMIT_PER_MINUTE: '1000000' });
  const logger = createLogger({ level: 'info', destination: counter, secrets: [TOKEN] });
  const adapter = await startDiscord({ bot: await openBot({ knowledgeDir: options.knowledgeDir, ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}) }), env, logger });
  const questions = LOAD_QUESTIONS.filter((question) => question.trim().length > 0);

  const sentAt = new Map<string, number>();
  const acks = new Map<string, number>();
  const finals = new Map<string, number[]>();
  const waiting = new Map<string, () => void>();
  let seen = 0;
  // Indexes the fake's calls incrementally: scanning them per interaction would be quadratic.
  const index = (): void => {
    for (; seen < fake.calls.length; seen++) {
      const call = fake.calls[seen];
      const id = call && interactionOf(call);
      if (!call || !id) continue;
      if (isAck(call) && !acks.has(id)) acks.set(id, call.at);
      if (isFinal(call)) {
        finals.set(id, [...(finals.get(id) ?? []), call.at]);
        waiting.get(id)?.();
      }
    }
  };
  const ticker = setInterval(index, 5);

  const phase = (count: number, offset: number) =>
    pool(count, options.concurrency, async (n) => {
      const i = n + offset;
      const place = i % 10 === 9 ? inDm(`3200000000000${String(i % 50).padStart(5, '0')}`) : inGuild(`3100000000000${String(i % 50).padStart(5, '0')}`);
      const user = { id: `5000000000000${String(i % 500).padStart(5, '0')}`, username: `loader${i % 500}` };
      const payload = ask(questions[i % questions.length] ?? 'Who?', place, user);
      const done = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no reply to interaction ${payload.id}`)), 30_000);
        waiting.set(payload.id, () => {
          clearTimeout(timer);
          waiting.delete(payload.id);
          resolve();
        });
      });
      sentAt.set(payload.id, performance.now());
      fake.sendInteraction(payload);
      await done;
    });

  try {
    const warmup = options.warmup ?? Math.min(200, options.interactions);
    await phase(warmup, 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    index();
    const coldAckMax = Math.max(0, ...[...sentAt].map(([id, sent]) => (acks.get(id) ?? Number.POSITIVE_INFINITY) - sent));
    sentAt.clear();
    const started = performance.now();
    await phase(options.interactions, warmup);
    const seconds = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 300));
    index();
    const ackTimes = [...sentAt].map(([id, sent]) => (acks.get(id) ?? Number.POSITIVE_INFINITY) - sent);
    const completeTimes = [...sentAt].map(([id, sent]) => (finals.get(id)?.[0] ?? Number.POSITIVE_INFINITY) - sent);
    const deferred = [...sentAt.keys()].filter((id) => fake.calls.some((call) => call.body?.type === 5 && interactionOf(call) === id)).length;
    return {
      interactions: options.interactions,
      concurrency: options.concurrency,
      seconds,
      throughput: options.interactions / seconds,
      ackP50: percentile(ackTimes, 0.5),
      ackP99: percentile(ackTimes, 0.99),
      ackMax: percentile(ackTimes, 1),
      lateAcks: ackTimes.filter((ms) => ms >= 3_000).length,
      coldAckMax,
      deferred,
      completeP99: percentile(completeTimes, 0.99),
      notExactlyOnce: [...sentAt.keys()].filter((id) => finals.get(id)?.length !== 1).length,
      errorsLogged: counter.errors,
    };
  } finally {
    clearInterval(ticker);
    await adapter.stop();
    await fake.stop();
  }
}

export function formatDiscordReport(r: DiscordLoadReport): string {
  return [
    `Discord gateway load: ${r.interactions} /ask interactions at concurrency ${r.concurrency} in ${r.seconds.toFixed(1)} s`,
    `  throughput      ${r.throughput.toFixed(0)} interactions/s (acknowledged and completed)`,
    `  first response  p50 ${r.ackP50.toFixed(1)} ms, p99 ${r.ackP99.toFixed(1)} ms, max ${r.ackMax.toFixed(1)} ms; ${r.lateAcks} at or over 3 s; ${r.deferred} deferred`,
    `  cold start      slowest first response ${r.coldAckMax.toFixed(0)} ms during the warm-up burst`,
    `  completed       p99 ${r.completeP99.toFixed(1)} ms (INTERACTION_CREATE → final reply)`,
    `  exactly once    ${r.notExactlyOnce === 0 ? 'yes' : `NO: ${r.notExactlyOnce} interactions`}`,
    `  errors logged   ${r.errorsLogged}`,
  ].join('\n');
}
