import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { runChat } from '../../src/commands/chat.js';
import { openLiveBot } from '../../src/live-bot.js';
import { testCacheDir } from '../support/cache-dir.js';

/**
 * What answering derives from a whole version of the knowledge (the spelling vocabulary: a pass
 * over every sentence, about a second at 200,000 passages; the passage positions) is prepared
 * while a long-running bot starts (Slack, Discord, the terminal chat), as a reload prepares each
 * new version, so its first question does not pay for it. The one-shot `ask` must not: its whole
 * run is one cold start.
 */
const prepared = vi.hoisted(() => ({ spelling: 0, positions: 0 }));
vi.mock('../../src/answer/understand/understand.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/answer/understand/understand.js')>();
  return {
    ...actual,
    prepareSpelling: function* (...args: Parameters<typeof actual.prepareSpelling>) {
      prepared.spelling += 1;
      return yield* actual.prepareSpelling(...args);
    },
  };
});
vi.mock('../../src/answer/turn-record.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/answer/turn-record.js')>();
  return {
    ...actual,
    preparePassagePositions: function* (...args: Parameters<typeof actual.preparePassagePositions>) {
      prepared.positions += 1;
      return yield* actual.preparePassagePositions(...args);
    },
  };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storybot-prepare-'));
  await writeFile(join(dir, 'harbour.md'), '---\ntitle: Harbour report\n---\nThe harbour master Jane Doe released the inspection report on Friday.\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  prepared.spelling = 0;
  prepared.positions = 0;
});

describe('start-up prepares a whole version for long-running bots only', () => {
  it('the bot Slack and Discord run on prepares its first version while it starts, from the persisted index or not', async () => {
    for (const cacheDir of [testCacheDir(), undefined]) {
      prepared.spelling = 0;
      prepared.positions = 0;
      const bot = await openLiveBot({ knowledgeDir: dir, watch: false, ...(cacheDir ? { cacheDir } : {}) });
      await bot.close();
      expect(prepared, `cacheDir ${cacheDir}`).toEqual({ spelling: 1, positions: 1 });
    }
  });

  it('the terminal chat at a terminal prepares it before the first question', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const chat = runChat({ argv: [], env: {}, stdin, stdout: new PassThrough(), stderr: new PassThrough() }, dir, {
      KNOWLEDGE_DIR: dir,
      STORYBOT_CACHE_DIR: testCacheDir(),
      STORYBOT_INDEX_FILE: undefined,
    });
    stdin.end(':quit\n');
    expect(await chat).toBe(0);
    expect(prepared).toEqual({ spelling: 1, positions: 1 });
  });

  it('`ask` answers without preparing it (its cold start stays fast)', async () => {
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk: Buffer) => (printed += String(chunk)));
    const io = { env: { STORYBOT_CACHE_DIR: testCacheDir() }, stdin: new PassThrough(), stdout, stderr: new PassThrough() };
    expect(await main(['ask', '--knowledge', dir, 'Who released the inspection report?'], io)).toBe(0);
    expect(printed).toContain('Jane Doe');
    expect(prepared).toEqual({ spelling: 0, positions: 0 });
  });
});
