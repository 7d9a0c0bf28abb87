import { expect } from 'vitest';
import type { RecordedPost } from './fake-slack.js';
import { STORY_TEXT } from './bot.js';

const TITLE = /^title: "(.*)"$/m.exec(STORY_TEXT)?.[1] ?? '';
const URL_LINE = /^url: (.*)$/m.exec(STORY_TEXT)?.[1] ?? '';
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const squash = (text: string) => text.replace(/\s+/g, ' ');

type Block = { type: string; text?: { text: string }; elements?: Array<{ text: string }> };

/**
 * What a Slack user sees for a cited answer: the answer with `[n]` markers, a divider, then one
 * line per source quoting a passage that really is in the story, its title (linked to the cited
 * sentence: the story's own url with a text fragment) and paragraph.
 */
export function expectCitedAnswer(post: RecordedPost): void {
  expect(post.text).toMatch(/\[1\]/);
  expect(String(post.unfurl_links)).toBe('false');
  expect(String(post.unfurl_media)).toBe('false');
  const blocks = post.blocks as Block[];
  expect(blocks[0]?.type).toBe('section');
  expect(blocks[0]?.text?.text).toMatch(/\[1\]/);
  expect(blocks[1]?.type).toBe('divider');
  const sources = blocks.slice(2);
  expect(sources.length).toBeGreaterThan(0);
  sources.forEach((block, index) => {
    expect(block.type).toBe('context');
    const line = block.elements?.[0]?.text ?? '';
    const parsed = /^\*\[(\d+)\]\* “(.+?)…?” — <([^|]+)\|([^>]+)> \(The Independent\), paragraph (\d+)/s.exec(line);
    expect(parsed, line).not.toBeNull();
    expect(Number(parsed?.[1])).toBe(index + 1);
    expect(squash(STORY_TEXT)).toContain(squash(unescape(parsed?.[2] ?? '')));
    expect(unescape(parsed?.[3] ?? '').startsWith(`${URL_LINE}#:~:text=`)).toBe(true);
    expect(unescape(parsed?.[4] ?? '')).toBe(TITLE);
  });
}
