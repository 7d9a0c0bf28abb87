import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { openLiveBot } from '../../src/live-bot.js';
import { createLogger } from '../../src/log.js';
import { testCacheDir } from '../support/cache-dir.js';

/**
 * The README's Troubleshooting section quotes what storybot prints, so an operator can search for
 * the line on their screen. Here the program prints it, and the README must say the same words.
 */
const readme = new URL('../../README.md', import.meta.url).pathname;

/** The Troubleshooting bullet that mentions `words`, and the code spans in it. */
async function troubleshooting(words: string): Promise<{ text: string; spans: string[] }> {
  const text = await readFile(readme, 'utf8');
  // The top-level section, not Discord's own "### Troubleshooting".
  const start = text.indexOf('\n## Troubleshooting\n');
  const section = text.slice(start, text.indexOf('\n## ', start + 1));
  const bullet = section.split('\n- ').find((entry) => entry.includes(words)) ?? '';
  return { text: bullet, spans: [...bullet.matchAll(/`([^`]+)`/g)].map((match) => match[1]!) };
}

/** A span such as `warning: skipped bridge.md: …`: the printed line starts with what comes before the ellipsis. */
const quotes = (span: string, line: string): boolean => (span.endsWith('…') ? line.startsWith(span.slice(0, -1)) : line === span);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storybot-troubleshooting-'));
  await writeFile(join(dir, 'harbour.md'), '---\ntitle: Harbour report\n---\nThe harbour master Jane Doe released the inspection report on Friday.\n');
  await writeFile(join(dir, 'bridge.md'), '---\ntitel: Bridge\n---\nThe bridge reopened on Monday.\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('README → Troubleshooting: a story file that cannot be read', () => {
  it('quotes the warning the terminal front ends print (`ask`, the terminal chat)', async () => {
    const stderr = new PassThrough();
    let printed = '';
    stderr.on('data', (chunk: Buffer) => (printed += String(chunk)));
    const io = { env: { STORYBOT_CACHE_DIR: testCacheDir() }, stdin: new PassThrough(), stdout: new PassThrough(), stderr };
    expect(await main(['ask', '--knowledge', dir, 'Who released the inspection report?'], io)).toBe(0);
    const line = printed.split('\n').find((entry) => entry.includes('bridge.md')) ?? '';
    expect(line).toMatch(/unknown field "titel"/);

    const { spans } = await troubleshooting('skipped');
    expect(spans.some((span) => quotes(span, line)), `README spans ${JSON.stringify(spans)} vs printed "${line}"`).toBe(true);
  });

  it('quotes the log line Slack and Discord write, and names its fields', async () => {
    let logs = '';
    const destination = new Writable({
      write(chunk, _encoding, callback) {
        logs += String(chunk);
        callback();
      },
    });
    const bot = await openLiveBot({ knowledgeDir: dir, watch: false, logger: createLogger({ level: 'info', format: 'json', destination }) });
    await bot.close();
    const line = JSON.parse(logs.split('\n').find((entry) => entry.includes('bridge.md')) ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ file: 'bridge.md', reason: expect.stringContaining('unknown field "titel"') });

    const { spans } = await troubleshooting('skipped');
    expect(spans).toContain(String(line.msg));
    for (const field of ['file', 'reason']) expect(spans).toContain(field);
  });
});
