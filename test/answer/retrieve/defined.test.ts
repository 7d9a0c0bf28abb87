import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';

const STORY = `---
title: Valley news
---
Stalls went up two days before the Quillon Fair, the annual market of the valley, opened on Friday.

Zorbism is a form of folk medicine which uses river water, and its healers are popular in the valley.

The town team beat the Rovers, the Lions and the Hawks this season.
`;
const bot = createBot([parseStory('valley.md', Buffer.from(STORY))]);

describe('"what is X?" answered by the story’s own definition of X', () => {
  it('from an apposition: "the Quillon Fair, the annual market of the valley,"', () => {
    const answer = bot.ask("what's the Quillon Fair?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/^The Quillon Fair is the annual market of the valley \[1\]\./);
    expect(answer.citations[0]?.text).toContain('the annual market of the valley');
  });

  it('from "is" at the start of a sentence, up to the relative clause: "Zorbism is a form of folk medicine"', () => {
    expect(bot.ask('what is zorbism?').text).toMatch(/^Zorbism is a form of folk medicine \[1\]\./);
  });

  it('never from a list: "the Rovers, the Lions and the Hawks" does not say the Rovers are the Lions', () => {
    expect(bot.ask('what are the Rovers?').text).not.toMatch(/Rovers (?:is|are) the Lions/i);
  });
});
