import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConversationMemory, StoryBot } from '../../src/bot.js';
import { createBot } from '../../src/engine.js';
import { parseStory } from '../../src/knowledge/parse.js';
import { openLiveBot } from '../../src/live-bot.js';

/** A small story of our own, so nothing here is tuned to an evaluation text. */
const PARAGRAPHS = {
  reopened: 'The Riverside Bridge reopened on 3 March after two years of repairs, the city council said.',
  mayor: 'Mayor Anna Lindqvist, a former civil engineer, cut the ribbon at the east end of the bridge.',
  cost: 'The repairs cost $48 million, paid by the regional transport fund.',
  quote: '“This bridge carries forty thousand people a day,” Lindqvist said. “Today they get it back.”',
  deck: 'Engineers from Nordvik Construction replaced the steel deck and the lighting on the bridge.',
};

const storyText = (paragraphs: Partial<typeof PARAGRAPHS>): string =>
  `---\ntitle: Harbour bridge reopens\n---\n${Object.values(paragraphs).filter(Boolean).join('\n\n')}\n`;

function botOf(paragraphs: Partial<typeof PARAGRAPHS> = PARAGRAPHS): StoryBot {
  return createBot([parseStory('bridge.md', Buffer.from(storyText(paragraphs)))]);
}

/** A store outside the bot, as Redis is: every turn goes through JSON on its way there and back. */
function jsonStore() {
  const saved = new Map<string, string>();
  return {
    saved,
    ask(bot: StoryBot, question: string, id = 'thread') {
      const raw = saved.get(id);
      const memory: ConversationMemory = { previous: raw === undefined ? undefined : JSON.parse(raw) };
      const answer = bot.ask(question, { memory });
      if (memory.next) saved.set(id, JSON.stringify(memory.next));
      return answer;
    },
  };
}

describe('a conversation turn kept as plain data', () => {
  it('holds no index positions: only passage ids, fingerprints and the question', () => {
    const store = jsonStore();
    store.ask(botOf(), 'Who is Anna Lindqvist?');
    const record = JSON.parse(store.saved.get('thread') ?? '{}') as Record<string, unknown>;
    expect(record.shown).toEqual(['bridge#2']);
    expect(Object.keys(record.passages as object)).toContain('bridge#2');
    expect(JSON.stringify(record)).not.toContain('forty thousand');
  });

  it('resolves "she", "tell me more" and "source?" after a round trip through JSON', () => {
    const store = jsonStore();
    const bot = botOf();
    store.ask(bot, 'Who is Anna Lindqvist?');
    expect(store.ask(bot, 'What did she say?').text).toContain('forty thousand');
    const first = store.ask(bot, 'When did the bridge reopen?');
    const more = store.ask(bot, 'tell me more');
    expect(more.abstained).toBe(false);
    expect(more.citations[0]?.passageId).not.toBe(first.citations[0]?.passageId);
    expect(store.ask(bot, 'source?').citations).toEqual(more.citations);
  });

  it('is answered by another process’s copy of the same knowledge (a second bot built from the same files)', () => {
    const store = jsonStore();
    store.ask(botOf(), 'Who is Anna Lindqvist?');
    expect(store.ask(botOf(), 'What did she say?').text).toContain('forty thousand');
  });

  it('survives a new version of the knowledge that keeps the passages it quoted', () => {
    const store = jsonStore();
    store.ask(botOf(), 'Who is Anna Lindqvist?');
    const grown = botOf({ ...PARAGRAPHS, deck: `${PARAGRAPHS.deck}\n\nTraffic resumed in the afternoon.` });
    expect(store.ask(grown, 'What did she say?').text).toContain('forty thousand');
  });

  it('starts a fresh conversation when a passage it quoted was removed or now says something else', () => {
    for (const changed of [{ ...PARAGRAPHS, mayor: 'The mayor did not attend the reopening.' }, { ...PARAGRAPHS, mayor: undefined }]) {
      const store = jsonStore();
      store.ask(botOf(), 'Who is Anna Lindqvist?');
      const sources = store.ask(botOf(changed), 'source?');
      expect(sources.abstained).toBe(true);
      expect(sources.abstained && sources.reason).toBe('no-context');
    }
  });

  it('treats a malformed or foreign record as no record', () => {
    const bot = botOf();
    for (const previous of [{}, { format: 99 }, 'not a turn', null]) {
      const answer = bot.ask('tell me more', { memory: { previous: previous as never } });
      expect(answer.abstained && answer.reason).toBe('no-context');
    }
  });
});

describe('a live bot', () => {
  it('keeps a conversation across a reload of the knowledge folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storybot-turns-'));
    try {
      await writeFile(join(dir, 'bridge.md'), storyText(PARAGRAPHS));
      const bot = await openLiveBot({ knowledgeDir: dir, watch: false });
      bot.ask('Who is Anna Lindqvist?', { conversationId: 'c' });
      await writeFile(join(dir, 'bridge.md'), storyText({ ...PARAGRAPHS, deck: `${PARAGRAPHS.deck}\n\nTraffic resumed at noon.` }));
      expect((await bot.reload()).swapped).toBe(true);
      expect(bot.ask('What did she say?', { conversationId: 'c' }).text).toContain('forty thousand');
      await bot.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
