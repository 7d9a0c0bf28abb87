import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryBot } from '../../../src/bot.js';
import { INTENT_QUESTIONS } from '../../support/intent-questions.js';
import { startHarness, type Harness } from './harness.js';
import { KNOWLEDGE_DIR, loadStoryBot } from './story-bot.js';
import { ask, embedOf, inDm, inGuild, seen, someone } from './view.js';

const STORY_URL = /^url: (.*)$/m.exec(readFileSync(`${KNOWLEDGE_DIR}witkoff-call.txt`, 'utf8'))?.[1] ?? '';

/** Questions about the story itself and small talk, end to end: real discord.js, fake Discord on loopback. */
describe('Discord: intents through /ask', () => {
  let h: Harness;
  let core: StoryBot;
  beforeAll(async () => {
    core = await loadStoryBot();
    h = await startHarness({ bot: core, env: { RATE_LIMIT_PER_MINUTE: '100' } });
  });
  afterAll(async () => {
    await h?.close();
  });

  const embed = async (question: string, place = inGuild()) => embedOf(await h.fake.interact(ask(question, place, someone())));

  it('greets with example questions, no citation fields and no confidence footer', async () => {
    const reply = await embed('hello');
    expect(seen(reply.description)).toMatch(/^Hello! .*You could ask “.+\?”/);
    expect(reply.fields).toEqual([]);
    expect(reply.footer).toBeUndefined();
  });

  it('answers "who are you" and "what can I ask" in a DM too, without citations', async () => {
    for (const question of ['who are you?', 'What can I ask?']) {
      const reply = await embed(question, inDm());
      expect(seen(reply.description)).toMatch(/“.+\?”/);
      expect(reply.fields.every((field) => !/^\[\d+\]/.test(field.name))).toBe(true);
    }
  });

  it('summarises the story with its lead cited, the field linking to the cited sentence', async () => {
    const reply = await embed('Summarise the story');
    expect(seen(reply.description)).toMatch(/^“Leaked call: .*” \(The Independent, 26 November 2025\)\.\nIt opens: “Donald Trump’s special envoy .*” \[1\]$/);
    expect(reply.fields).toHaveLength(1);
    expect(seen(reply.fields[0]?.name)).toMatch(/^\[1\] Leaked call: .*, paragraph 2$/);
    const link = /\[Open the cited sentence\]\(<([^>]+)>\)/.exec(reply.fields[0]?.value ?? '')?.[1];
    expect(link).toBe(`${STORY_URL}#:~:text=Donald%20Trump%E2%80%99s%20special%20envoy%20Steve,according%20to%20a%20leaked%20transcript`);
  });

  it('gives story facts, lists the stories, and declines a joke with an example', async () => {
    expect(seen((await embed('Who is the source?')).description)).toMatch(/is from The Independent\.$/);
    expect(seen((await embed("What's new?")).description)).toMatch(/^I know one story:\n• “Leaked call: .*” \(The Independent, 26 November 2025\)$/);
    const declined = await embed('tell me a joke');
    expect(seen(declined.description)).toMatch(/^I can’t help with that: .* You could ask “.+\?”$/);
    expect(declined.fields).toEqual([]);
  });

  it('shows every intent’s reply word for word as the core gives it, citation fields only when it cites', async () => {
    for (const { question, kind } of INTENT_QUESTIONS) {
      const expected = core.ask(question, { conversationId: `core ${question}` });
      expect(expected.kind, question).toBe(kind);
      const reply = await embed(question);
      expect(seen(reply.description), question).toBe(expected.text);
      const cited = reply.fields.filter((field) => /^\[\d+\]/.test(field.name));
      expect(cited, question).toHaveLength(expected.citations.length);
      expected.citations.forEach((citation, index) => {
        expect(citation.url, question).toBeDefined();
        expect(cited[index]?.value, question).toContain(`[Open the cited sentence](<${citation.url}>)`);
      });
      // Confidence is for answers from passages; nothing here is one.
      expect(reply.footer, question).toBeUndefined();
    }
  });

  it('still answers a story question shaped like an intent, with its confidence', async () => {
    const reply = await embed('What happened on 14 October?');
    expect(seen(reply.description)).toMatch(/14 October.*\[1\]/s);
    expect(reply.footer?.text).toMatch(/Confidence \d+%/);
  });
});
