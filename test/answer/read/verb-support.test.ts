import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';

const STORY = `---
title: Cup final streamed
---
Streaming on phones was only provided through the Acme Play app.

The match drew 40,000 people to the Quillon stadium.

Thieves broke a window and got in through the kitchen. The thieves took the cup.

In March, a bundle of stadium plans was found dumped in a bin on Mill Street.
`;
// Which sentences may answer, whatever the verifier decides (threshold set aside).
const bot = createBot([parseStory('final.md', Buffer.from(STORY))], { abstainBelow: 0 });

describe('the open question’s verb must be accounted for, unless it is a light one', () => {
  it('"what did fans need to stream the final?" reads "stream", not "need": the streaming sentence answers', () => {
    const answer = bot.ask('What did fans need to stream the final on their phones?');
    expect(answer.citations[0]?.text).toContain('Acme Play app');
  });

  it('a verb no passage says keeps its sentence out: "what did the fans sing?" is not answered with the streaming sentence', () => {
    const answer = bot.ask('What did the fans sing?');
    expect(answer.citations.map((citation) => citation.text).join(' ')).not.toContain('Acme Play');
  });

  it('a phrasal verb counts by what it means: "what turned up in the bin?" is answered by "was found … in a bin"', () => {
    const answer = bot.ask('what turned up in the bin back in march?');
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.citations[0]?.text).toContain('bundle of stadium plans');
  });

  it('"how did they get in?" asks what "get in" means: a sentence about them that never says it is no answer', () => {
    expect(bot.ask('how did the thieves get in?').citations[0]?.text).toContain('got in through the kitchen');
    expect(bot.ask('how did the thieves get away?').citations.map((citation) => citation.text).join(' ')).not.toMatch(/kitchen|took the cup/);
  });
});
