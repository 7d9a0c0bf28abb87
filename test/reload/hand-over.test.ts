import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLiveBot, type LiveBot } from '../../src/live-bot.js';
import { createLogger } from '../../src/log.js';

const STORIES = 300;
const PARAGRAPHS = 8;

/** A generated story: a few paragraphs, each with a fact of its own (names and numbers vary per story). */
function story(n: number): string {
  const paragraphs = Array.from(
    { length: PARAGRAPHS },
    (_, p) => `Council member Alex Example${n} said on Monday that the depot in district ${n} would get ${p + 3} new buses. The plan number ${n}-${p} was approved by ${p + 5} votes.`,
  );
  return `---\ntitle: Transit plan ${n}\n---\n${paragraphs.join('\n\n')}\n`;
}

let dir: string;
let bot: LiveBot | undefined;
let handOverStarted = false;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storybot-hand-over-'));
  handOverStarted = false;
  for (let n = 0; n < STORIES; n++) await writeFile(join(dir, `story-${String(n).padStart(3, '0')}.md`), story(n));
});
afterEach(async () => {
  await bot?.close();
  bot = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('a reload hands the new version over between answers', () => {
  it('answers questions asked while the new version is being decoded, from the old version, before the reload completes', async () => {
    const destination = new Writable({
      write(chunk, _encoding, callback) {
        if (String(chunk).includes('taking over the rebuilt knowledge')) handOverStarted = true;
        callback();
      },
    });
    // A zero budget makes every step a slice of its own, so the test does not depend on machine speed.
    bot = await openLiveBot({ knowledgeDir: dir, watch: false, sliceBudgetMs: 0, logger: createLogger({ level: 'debug', destination }) });
    const live = bot;
    const question = 'Who said the depot in district 7 would get new buses?';
    expect(live.ask(question).text).toContain('Alex Example7');

    await appendFile(join(dir, 'story-007.md'), '\nCouncil member Alex Example7 resigned on Tuesday.\n');
    let finished = false;
    const reloading = live.reload().finally(() => {
      finished = true;
    });
    // One question per turn of the event loop, as a busy server receives them.
    const duringHandOver: { version: number; text: string }[] = [];
    while (!finished) {
      await nextTurn();
      if (finished) break;
      const answer = live.ask(question);
      if (handOverStarted) duringHandOver.push({ version: live.version, text: answer.text });
    }
    const result = await reloading;

    expect(result.swapped).toBe(true);
    expect(result.slices).toBeGreaterThan(10);
    // Questions were answered between the slices, not after the whole hand-over …
    expect(duringHandOver.length).toBeGreaterThanOrEqual(result.slices / 2);
    // … and every one by the old version, whole, until the swap.
    expect(duringHandOver.every((entry) => entry.version === 1 && entry.text.includes('Alex Example7'))).toBe(true);
    expect(live.version).toBe(2);
    expect(live.ask('Who resigned on Tuesday?').text).toContain('Alex Example7');
  }, 60_000);
});
