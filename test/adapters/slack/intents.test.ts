import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryBot } from '../../../src/bot.js';
import { INTENT_QUESTIONS } from '../../support/intent-questions.js';
import { loadBot, STORY_TEXT } from './bot.js';
import { appMentionBody, directMessageBody, mention } from './events.js';
import type { RecordedPost } from './fake-slack.js';
import { startHarness, type Harness } from './harness.js';

type Block = { type: string; text?: { text: string }; elements?: Array<{ text: string }> };
const STORY_URL = /^url: (.*)$/m.exec(STORY_TEXT)?.[1] ?? '';
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Questions about the story itself and small talk, end to end: real Bolt, fake Slack on loopback. */
describe('Slack: intents', () => {
  let h: Harness;
  let core: StoryBot;
  beforeAll(async () => {
    core = await loadBot();
    h = await startHarness(core, 'socket');
  });
  afterAll(async () => {
    await h?.close();
  });

  const ask = async (body: { event: { ts: string } }): Promise<{ post: RecordedPost; blocks: Block[] }> => {
    h.fake.sendEvent(body);
    const reply = () => h.fake.posts.find((post) => post.thread_ts === body.event.ts);
    await h.fake.until(() => reply() !== undefined, `a reply in thread ${body.event.ts}`);
    const post = reply()!;
    return { post, blocks: post.blocks as Block[] };
  };

  it('greets with example questions and no sources', async () => {
    const { post, blocks } = await ask(appMentionBody({ text: mention('Hi there!') }));
    expect(post.text).toMatch(/^Hello! .*You could ask “.+\?”/);
    expect(blocks.map((block) => block.type)).toEqual(['section']);
  });

  it('answers help and thanks in a DM the same way, without a citation', async () => {
    for (const text of ['help', 'thanks!']) {
      const { post, blocks } = await ask(directMessageBody({ text }));
      expect(post.text).toMatch(/“.+\?”/);
      expect(post.text).not.toMatch(/\[\d\]/);
      expect(blocks.some((block) => block.type === 'divider')).toBe(false);
    }
  });

  it('summarises the story with its lead cited, the source line linking to the cited sentence', async () => {
    const { post, blocks } = await ask(appMentionBody({ text: mention('What is the story about?') }));
    expect(post.text).toMatch(/^“Leaked call: .*” \(The Independent, 26 November 2025\)\.\nIt opens: “Donald Trump’s special envoy .*” \[1\]$/);
    expect(blocks.map((block) => block.type)).toEqual(['section', 'divider', 'context']);
    const link = /<([^|>]+)\|/.exec(blocks[2]?.elements?.[0]?.text ?? '')?.[1] ?? '';
    expect(unescape(link)).toBe(`${STORY_URL}#:~:text=Donald%20Trump%E2%80%99s%20special%20envoy%20Steve,according%20to%20a%20leaked%20transcript`);
  });

  it('gives story facts from the front matter, and says when the file lacks one', async () => {
    expect((await ask(appMentionBody({ text: mention('When was the story published?') }))).post.text).toMatch(/was published on 26 November 2025\.$/);
    expect((await ask(appMentionBody({ text: mention('Who wrote the story?') }))).post.text).toMatch(/^The story file for “Leaked call: .*” doesn’t say who wrote it\.$/);
  });

  it('lists the stories it knows, and declines a poem in one line', async () => {
    expect((await ask(appMentionBody({ text: mention('Which stories do you know?') }))).post.text).toMatch(/^I know one story:\n• “Leaked call: .*” \(The Independent, 26 November 2025\)$/);
    const declined = await ask(appMentionBody({ text: mention('Write me a poem about cats') }));
    expect(declined.post.text).toMatch(/^I can’t help with that: I only answer questions about the news stories I have read\. You could ask “.+\?”$/);
  });

  it('shows every intent’s reply word for word as the core gives it, sources only when it cites', async () => {
    for (const { question, kind } of INTENT_QUESTIONS) {
      const expected = core.ask(question, { conversationId: `core ${question}` });
      expect(expected.kind, question).toBe(kind);
      const { post, blocks } = await ask(appMentionBody({ text: mention(question) }));
      expect(unescape(post.text), question).toBe(expected.text);
      expect(unescape(blocks[0]?.text?.text ?? ''), question).toBe(expected.text);
      const sources = blocks.filter((block) => block.type === 'context' && block.elements?.[0]?.text.startsWith('*['));
      expect(sources, question).toHaveLength(expected.citations.length);
      expected.citations.forEach((citation, index) => {
        expect(citation.url, question).toBeDefined();
        expect(unescape(sources[index]?.elements?.[0]?.text ?? ''), question).toContain(`<${citation.url}|`);
      });
    }
  });

  it('still answers a story question shaped like an intent', async () => {
    const { post } = await ask(appMentionBody({ text: mention('What happened on 14 October?') }));
    expect(post.text).toMatch(/14 October/);
    expect(post.text).toMatch(/\[1\]/);
  });
});
