import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { formatSlackReport, runSlackLoad } from './slack.js';

/**
 * `npm run load`: the full-size load run against fakes on 127.0.0.1 (no network). Exits 1 when a
 * promise of the issue does not hold: acks under 3 s, exactly-once, no error logged, memory ±10%.
 */
const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '100' },
    threads: { type: 'string', default: '200' },
    knowledge: { type: 'string', default: fileURLToPath(new URL('../../test/fixtures/adapters/knowledge/', import.meta.url)) },
  },
});

const slack = await runSlackLoad({
  events: Number(values.events),
  concurrency: Number(values.concurrency),
  threads: Number(values.threads),
  knowledgeDir: values.knowledge,
});
console.log(formatSlackReport(slack));
const failures = [
  slack.slowAcks > 0 && 'Slack acks over 3 s',
  slack.nonOkAcks > 0 && 'Slack acks not 200',
  slack.notExactlyOnce > 0 && 'Slack threads not answered exactly once',
  slack.errorsLogged > 0 && 'errors logged',
  Math.abs(slack.heapGrowth) > 0.1 && 'heap not within 10% of the warm-up level',
].filter(Boolean);
if (failures.length > 0) console.log(`\nFAILED: ${failures.join('; ')}`);
process.exitCode = failures.length > 0 ? 1 : 0;
