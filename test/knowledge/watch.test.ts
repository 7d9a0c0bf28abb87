import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/answer/types.js';
import { watchFolder } from '../../src/knowledge/watch.js';
import { openLiveBot, type LiveBot, type LiveBotOptions, type ReloadResult } from '../../src/live-bot.js';
import { createLogger } from '../../src/log.js';

const BRIDGE = `---
title: Springfield bridge
---
The mayor of Springfield, Jane Doe, announced the new bridge on Monday.

The bridge will cost 40 million dollars and will open in 2027.
`;
const BRIDGE_CHANGED = BRIDGE.replace('Jane Doe', 'Maria Lopez');
const ZOO = `---
title: Zoo panda
---
The city zoo welcomed a giant panda named Bao, keeper Tom Reed said on Friday.

The panda arrived from Chengdu after a long flight.
`;
const BROKEN = `---
title: Springfield bridge
published: sometime last week
---
The mayor of Springfield, Somebody Else, announced the new bridge on Monday.
`;

let dir: string;
let bot: LiveBot | undefined;
let logs: string;

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const answerText = (question: string): string => AnswerSchema.parse(bot?.ask(question)).text;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storybot-watch-'));
  logs = '';
  await writeFile(join(dir, 'bridge.md'), BRIDGE);
});
afterEach(async () => {
  await bot?.close();
  bot = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function open(extra: Partial<LiveBotOptions> = {}): Promise<LiveBot> {
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      logs += String(chunk);
      callback();
    },
  });
  bot = await openLiveBot({ knowledgeDir: dir, debounceMs: 50, logger: createLogger({ level: 'info', destination }), ...extra });
  return bot;
}

describe('live reload of the knowledge folder', () => {
  it('picks up an added, a changed and a removed story without a restart', async () => {
    await open();
    expect(answerText('Who announced the new bridge?')).toContain('Jane Doe');
    expect(bot?.ask('Where did the panda arrive from?').abstained).toBe(true);

    await writeFile(join(dir, 'zoo.md'), ZOO);
    await until(() => answerText('Where did the panda arrive from?').includes('Chengdu'), 'the added story');
    expect(bot?.stories().map((story) => story.title).sort()).toEqual(['Springfield bridge', 'Zoo panda']);

    await writeFile(join(dir, 'bridge.md'), BRIDGE_CHANGED);
    await until(() => answerText('Who announced the new bridge?').includes('Maria Lopez'), 'the changed story');

    await unlink(join(dir, 'zoo.md'));
    await until(() => bot?.stories().length === 1, 'the removed story');
    expect(bot?.ask('Where did the panda arrive from?').abstained).toBe(true);
    // The platforms' log line names each change.
    const reloads = logs.split('\n').filter((line) => line.includes('knowledge reloaded')).map((line) => String((JSON.parse(line) as { msg: unknown }).msg));
    expect(reloads).toEqual(expect.arrayContaining(['knowledge reloaded: added zoo.md', 'knowledge reloaded: updated bridge.md', 'knowledge reloaded: removed zoo.md']));
  });

  it('follows an editor-style save (write a temporary file, rename it over the story)', async () => {
    await open();
    await writeFile(join(dir, '.bridge.md.swp'), BRIDGE_CHANGED);
    await rename(join(dir, '.bridge.md.swp'), join(dir, 'bridge.md'));
    await until(() => answerText('Who announced the new bridge?').includes('Maria Lopez'), 'the renamed-over story');
  });

  it('keeps the last good version of a file that breaks, reports it by name and reason, and updates the others', async () => {
    await open();
    await writeFile(join(dir, 'bridge.md'), BROKEN);
    await writeFile(join(dir, 'zoo.md'), ZOO);
    await until(() => answerText('Where did the panda arrive from?').includes('Chengdu'), 'the other story to update');
    expect(answerText('Who announced the new bridge?')).toContain('Jane Doe');
    await until(() => logs.includes('bridge.md') && logs.includes('published must be a date'), 'the problem to be logged');
    const line = JSON.parse(logs.split('\n').find((entry) => entry.includes('"file":"bridge.md"')) ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ file: 'bridge.md', level: 40, msg: 'knowledge file skipped; its last good version is still answering' });
    expect(String(line.reason)).toContain('published must be a date');

    // Fixing the file brings the fix in.
    await writeFile(join(dir, 'bridge.md'), BRIDGE_CHANGED);
    await until(() => answerText('Who announced the new bridge?').includes('Maria Lopez'), 'the fixed story');
  });

  it('reports a broken file once while it stays broken the same way, and again when its problem changes', async () => {
    await writeFile(join(dir, 'notes.md'), BROKEN);
    const reloads: ReloadResult[] = [];
    const problems: string[] = [];
    await open({ onReload: (result) => reloads.push(result), onProblem: (problem) => problems.push(problem.message) });
    const skipped = () => logs.split('\n').filter((line) => line.includes('"file":"notes.md"')).map((line) => String((JSON.parse(line) as { reason: unknown }).reason));
    expect(skipped()).toEqual([expect.stringContaining('published must be a date')]);

    // The watcher reads the folder again just after start-up, and again when another story changes:
    // each read lists the broken file, and neither says it again.
    await until(() => reloads.length >= 1, 'the catch-up read after start-up');
    await writeFile(join(dir, 'zoo.md'), ZOO);
    await until(() => answerText('Where did the panda arrive from?').includes('Chengdu'), 'the added story');
    expect(reloads.at(-1)?.problems.map((problem) => problem.file)).toEqual(['notes.md']);
    expect(skipped()).toHaveLength(1);
    expect(problems).toHaveLength(1);

    // Broken another way: that is news.
    await writeFile(join(dir, 'notes.md'), '');
    await until(() => skipped().length === 2, 'the new problem to be reported');
    expect(skipped()[1]).toContain('is empty');
    expect(problems).toHaveLength(2);
  });

  it('keeps answering from the last good version when every file is removed', async () => {
    await open();
    await unlink(join(dir, 'bridge.md'));
    await until(() => logs.includes('no readable story'), 'the empty folder to be reported');
    expect(answerText('Who announced the new bridge?')).toContain('Jane Doe');
  });

  it('serves only whole versions while stories change under a stream of questions', async () => {
    await open();
    let stop = false;
    let asked = 0;
    const asking = (async () => {
      while (!stop) {
        const answer = AnswerSchema.parse(bot?.ask('Who announced the new bridge?'));
        // Either version, each with its own citation: never a mix of an old answer and a new index.
        expect(answer.abstained).toBe(false);
        const cited = answer.citations[0]?.text ?? '';
        expect(answer.text.includes('Jane Doe') ? cited.includes('Jane Doe') : cited.includes('Maria Lopez')).toBe(true);
        asked += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    for (let round = 0; round < 4; round++) {
      await writeFile(join(dir, 'bridge.md'), round % 2 === 0 ? BRIDGE_CHANGED : BRIDGE);
      await writeFile(join(dir, `extra-${round}.md`), ZOO.replace('Bao', `Bao${round}`));
      await bot?.reload();
    }
    stop = true;
    await asking;
    expect(asked).toBeGreaterThan(5);
    expect(bot?.version).toBeGreaterThan(2);
  });

  it('survives the whole folder being replaced (a deploy): keeps answering, then follows the new folder', async () => {
    bot = await openLiveBot({ knowledgeDir: dir, debounceMs: 50 });
    await rm(dir, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(answerText('Who announced the new bridge?')).toContain('Jane Doe');
    await mkdir(dir);
    await writeFile(join(dir, 'bridge.md'), BRIDGE_CHANGED);
    await until(() => answerText('Who announced the new bridge?').includes('Maria Lopez'), 'the new folder', 8_000);
  }, 15_000);

  it('starts from the persisted index when given one, and still follows changes', async () => {
    const cacheDir = join(dir, '.cache');
    bot = await openLiveBot({ knowledgeDir: dir, debounceMs: 50, cacheDir });
    expect(answerText('Who announced the new bridge?')).toContain('Jane Doe');
    await writeFile(join(dir, 'bridge.md'), BRIDGE_CHANGED);
    await until(() => answerText('Who announced the new bridge?').includes('Maria Lopez'), 'the changed story');
  });

  it('starts with a named pipe in the folder, from the files or from the persisted index, and says why it is skipped', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const problems: string[] = [];
    for (const cacheDir of [undefined, join(dir, '.cache')]) {
      bot = await openLiveBot({ knowledgeDir: dir, watch: false, ...(cacheDir ? { cacheDir } : {}), onProblem: (problem) => problems.push(problem.message) });
      expect(answerText('Who announced the new bridge?')).toContain('Jane Doe');
      await bot.close();
      bot = undefined;
    }
    expect(problems).toEqual(Array(2).fill('pipe.md: is a named pipe, not a regular file, so it is not read; only regular .md and .txt files are stories'));
  });

  it('keeps reloading after a named pipe is added to the watched folder', async () => {
    await open();
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    await until(() => logs.includes('pipe.md') && logs.includes('named pipe'), 'the pipe to be reported');
    await writeFile(join(dir, 'zoo.md'), ZOO);
    await until(() => answerText('Where did the panda arrive from?').includes('Chengdu'), 'the story added after the pipe');
    await unlink(join(dir, 'pipe.md'));
    await writeFile(join(dir, 'bridge.md'), BRIDGE_CHANGED);
    await until(() => answerText('Who announced the new bridge?').includes('Maria Lopez'), 'the changed story');
  });

  it('refuses to start on a folder with no readable story, naming the broken file', async () => {
    await writeFile(join(dir, 'bridge.md'), '');
    await expect(openLiveBot({ knowledgeDir: dir, watch: false })).rejects.toThrow(/bridge\.md: is empty/);
  });
});

describe('watchFolder', () => {
  it('debounces a burst of events into one change and ignores non-story files', async () => {
    let changes = 0;
    const watch = watchFolder(dir, { debounceMs: 100, onChange: () => changes++ });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      changes = 0; // the start-up check
      for (let i = 0; i < 10; i++) await writeFile(join(dir, 'bridge.md'), `${BRIDGE}\nMore ${i}.`);
      await until(() => changes === 1, 'one debounced change');
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(changes).toBe(1);
      await writeFile(join(dir, 'notes.json'), '{}');
      await writeFile(join(dir, '.bridge.md.swp'), 'x');
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(changes).toBe(1);
    } finally {
      watch.close();
    }
  });
});
