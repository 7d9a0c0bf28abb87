import { fileURLToPath } from 'node:url';
import { scriptFlags } from '../../src/commands/flags.js';
import { formatDiscordReport, runDiscordLoad } from './discord.js';
import { formatSlackReport, runSlackLoad } from './slack.js';
import { HAS_REDIS, INSTALL_REDIS } from '../../test/stores/redis-server.js';

/**
 * `npm run load`: the full-size load run against fakes on 127.0.0.1 (no network). Exits 1 when a
 * promise of the issue does not hold: acks under 3 s, exactly-once, no error logged, memory ±10%;
 * and across two replicas sharing Redis, no event answered twice. `--only slack|discord|replicas`.
 * Diagnostics: LOAD_DEBUG=1 prints each Slack ack over 2 s; LOAD_PROFILE=DIR writes a CPU profile
 * of the bot process there; LOAD_TRACE_GC=1 prints the bot process's GC pauses.
 */
const values = scriptFlags('load', 'the full-size load run against fake Slack and Discord servers on 127.0.0.1 (docs/scaling.md)', {
  events: { type: 'string', default: '2000', value: 'N', help: 'Slack events to send (default 2000)' },
  concurrency: { type: 'string', default: '100', value: 'N', help: 'Slack events in flight at once (default 100)' },
  threads: { type: 'string', default: '200', value: 'N', help: 'Slack threads the events fall in (default 200)' },
  interactions: { type: 'string', default: '1000', value: 'N', help: 'Discord interactions to send (default 1000)' },
  only: { type: 'string', value: 'PART', help: 'run one part: slack, discord or replicas' },
  knowledge: { type: 'string', default: fileURLToPath(new URL('../../test/fixtures/adapters/knowledge/', import.meta.url)), value: 'DIR', help: 'the stories to answer from (default: the adapter test fixtures)' },
});

const failures: string[] = [];
const runs = (name: string): boolean => values.only === undefined || values.only === name;
if (runs('slack')) {
  const slack = await runSlackLoad({
    events: Number(values.events),
    concurrency: Number(values.concurrency),
    threads: Number(values.threads),
    knowledgeDir: values.knowledge,
  });
  console.log(formatSlackReport(slack));
  if (slack.slowAcks > 0) failures.push('Slack acks over 3 s');
  if (slack.nonOkAcks > 0) failures.push('Slack acks not 200');
  if (slack.notExactlyOnce > 0) failures.push('Slack threads not answered exactly once');
  if (slack.errorsLogged > 0) failures.push('Slack errors logged');
  if (Math.abs(slack.heapGrowth) > 0.1) failures.push('Slack bot heap not within 10% of the warm-up level');
}
if (runs('discord')) {
  const discord = await runDiscordLoad({ interactions: Number(values.interactions), concurrency: Number(values.concurrency), knowledgeDir: values.knowledge });
  console.log(formatDiscordReport(discord));
  if (discord.lateAcks > 0) failures.push('Discord first responses over 3 s');
  if (discord.notExactlyOnce > 0) failures.push('Discord interactions not completed exactly once');
  if (discord.errorsLogged > 0) failures.push('Discord errors logged');
}
if (runs('replicas')) {
  if (!HAS_REDIS) {
    console.log(`Replicas with Redis: skipped, redis-server is not installed (${INSTALL_REDIS}).`);
  } else {
    // Imported here: it starts redis-server and two bot processes.
    const { formatReplicaReport, runReplicaLoad } = await import('./replicas.js');
    const replicas = await runReplicaLoad({ events: Number(values.events), concurrency: Number(values.concurrency), knowledgeDir: values.knowledge });
    console.log(formatReplicaReport(replicas));
    if (replicas.duplicated > 0) failures.push('events answered more than once across replicas');
    if (replicas.unanswered > 0) failures.push('events not answered across replicas');
    if (replicas.nonOkAcks > 0) failures.push('replica acks not 200');
    if (replicas.errorsLogged > 0) failures.push('replica errors logged');
  }
}
if (failures.length > 0) console.log(`\nFAILED: ${failures.join('; ')}`);
process.exitCode = failures.length > 0 ? 1 : 0;
