import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refreshStories } from '../../src/knowledge/refresh.js';
import { openLiveBot, type LiveBot } from '../../src/live-bot.js';

const BRIDGE = 'The mayor of Springfield, Jane Doe, announced the new bridge on Monday.\n';
/** A story as a slow writer saves it: each step stops in the middle of a sentence. */
const STEPS = ['The city zoo welcomed a giant panda named Bao, keeper', ' Tom Reed said on Friday.\n\nThe panda arrived from', ' Chengdu after a long', ' flight that took two days.\n'];
const WHOLE = ['The city zoo welcomed a giant panda named Bao, keeper Tom Reed said on Friday.', 'The panda arrived from Chengdu after a long flight that took two days.'];

let dir: string;
let bot: LiveBot | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storybot-settle-'));
  await writeFile(join(dir, 'bridge.md'), BRIDGE);
});
afterEach(async () => {
  await bot?.close();
  bot = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** Appends the steps to `zoo.md`, pausing `pauseMs` after each. */
async function writeSlowly(pauseMs: number): Promise<void> {
  for (const step of STEPS) {
    await appendFile(join(dir, 'zoo.md'), step);
    await sleep(pauseMs);
  }
}

describe('a file still being written', () => {
  it('is read only once it stops changing', async () => {
    const writing = writeSlowly(100);
    await sleep(50);
    const { files } = await refreshStories(dir, new Map(), { settleMs: 400 });
    await writing;
    expect(files.get('zoo.md')?.story.passages.map((passage) => passage.text)).toEqual(WHOLE);
  });

  it('is skipped, saying so, while it keeps changing', async () => {
    let writing = true;
    const writer = (async () => {
      while (writing) {
        await appendFile(join(dir, 'zoo.md'), 'More words. ');
        await sleep(10);
      }
    })();
    await sleep(20);
    const { files, problems } = await refreshStories(dir, new Map(), { settleMs: 60 });
    writing = false;
    await writer;
    expect([...files.keys()]).toEqual(['bridge.md']);
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^zoo\.md: is still being written \(it kept changing for \d+ s\), so it is not read yet/)]);
  });

  it('is never quoted half-written by a running bot, whose answers come from the whole file once it settles', async () => {
    bot = await openLiveBot({ knowledgeDir: dir, debounceMs: 20, settleMs: 1_000 });
    const cited = new Set<string>();
    let writing = true;
    const asking = (async () => {
      while (writing) {
        for (const question of ['Who welcomed a giant panda?', 'Where did the panda arrive from?', 'Who is Bao?']) {
          for (const citation of bot?.ask(question).citations ?? []) cited.add(citation.text);
        }
        await sleep(20);
      }
    })();
    await writeSlowly(400);
    const deadline = Date.now() + 15_000;
    while (!bot.ask('Where did the panda arrive from?').text.includes('Chengdu') && Date.now() < deadline) await sleep(50);
    writing = false;
    await asking;
    expect(bot.ask('Where did the panda arrive from?').citations.map((citation) => citation.text)).toContain(WHOLE[1]);
    for (const text of cited) expect([...WHOLE, BRIDGE.trim()]).toContain(text);
  });
});
