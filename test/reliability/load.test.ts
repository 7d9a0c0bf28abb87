import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiscordReport, runDiscordLoad } from '../../scripts/load/discord.js';
import { formatSlackReport, runSlackLoad } from '../../scripts/load/slack.js';
import { testCacheDir } from '../support/cache-dir.js';

const knowledgeDir = fileURLToPath(new URL('../fixtures/adapters/knowledge/', import.meta.url));

/** `npm run load` at a small size: the same promises, checked on every `npm test`. */
describe('load (small size)', () => {
  it('Slack over HTTP: every event acked in time and answered exactly once, no error logged, memory flat', async () => {
    const report = await runSlackLoad({ events: 300, concurrency: 30, warmup: 150, threads: 30, knowledgeDir, cacheDir: testCacheDir() });
    console.info(formatSlackReport(report));
    expect(report.nonOkAcks).toBe(0);
    expect(report.slowAcks).toBe(0);
    expect(report.notExactlyOnce).toBe(0);
    expect(report.redelivered).toBeGreaterThan(0);
    expect(report.errorsLogged).toBe(0);
    expect(Math.abs(report.heapGrowth)).toBeLessThan(0.1);
  }, 120_000);

  it('Discord through the gateway: every /ask acknowledged within 3 s and completed exactly once, no error logged', async () => {
    const report = await runDiscordLoad({ interactions: 200, warmup: 50, concurrency: 30, knowledgeDir, cacheDir: testCacheDir() });
    console.info(formatDiscordReport(report));
    expect(report.lateAcks).toBe(0);
    expect(report.coldAckMax).toBeLessThan(3_000);
    expect(report.notExactlyOnce).toBe(0);
    expect(report.errorsLogged).toBe(0);
  }, 60_000);
});
