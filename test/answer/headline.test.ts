import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerSchema, type Answer } from '../../src/answer/types.js';
import type { StoryBot } from '../../src/bot.js';
import { createBot, type EngineOptions } from '../../src/engine.js';
import { parseStory } from '../../src/knowledge/parse.js';
import { PROJECT_ROOT } from '../../src/paths.js';

/** A news article whose headline says in five words what its body says in a long sentence. */
const CRANE = 'mecca-crane-collapse.md';
const crane = (): StoryBot => createBot([parseStory(CRANE, readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'eval', 'news', CRANE)))]);

/** A headline that reads like the lead: only the body may be quoted as the story's opening. */
const FERRY = `---
title: "The island ferry service will run again from Friday after a winter without boats."
url: https://news.example/ferry
---
Tuesday, 3 March 2026

The island's ferry company said on Tuesday that its two boats had passed their safety checks and would sail from Friday.

Tickets go on sale on Wednesday, a spokesperson said.
`;
const ferry = (options: EngineOptions = {}): StoryBot => createBot([parseStory('ferry.md', Buffer.from(FERRY))], options);

const ask = (bot: StoryBot, question: string, conversationId?: string): Answer => AnswerSchema.parse(bot.ask(question, conversationId ? { conversationId } : {}));

describe('the headline as evidence', () => {
  it('answers "how many people were killed?" from a headline that says it', () => {
    const answer = ask(crane(), 'how many people were killed?');
    expect(answer.abstained).toBe(false);
    expect(answer.shortAnswer).toMatch(/\b107\b/);
    expect(answer.citations.some((citation) => /107 killed|killing 107/.test(citation.text))).toBe(true);
  });

  it('backs a figure the headline gives with the report’s sentence that states it too', () => {
    const answer = ask(crane(), 'how many ppl were killed?');
    expect(answer.shortAnswer).toMatch(/\b107\b/);
    expect(answer.citations.map((citation) => citation.kind)).toContain('headline');
    expect(answer.citations.some((citation) => citation.kind !== 'headline' && /killing 107/.test(citation.text))).toBe(true);
  });

  it('cites the headline as the headline, linked to the story itself rather than to a sentence of its body', () => {
    // How a headline is cited, whatever the verifier decides about answering (the threshold set aside).
    const headline = ask(ferry({ abstainBelow: 0 }), 'When will the island ferry service run again?').citations.find((citation) => citation.kind === 'headline');
    expect(headline).toMatchObject({ paragraph: 0, passageId: 'ferry#0', text: 'The island ferry service will run again from Friday after a winter without boats.', url: 'https://news.example/ferry' });
  });
});

describe('a headline capitalises by style', () => {
  it('gives no name the story’s own sentences never use: "Sensitive Northern" is no finder', () => {
    const story = parseStory('file.md', Buffer.from('---\ntitle: Sensitive Northern file found on wet street\n---\nA sensitive Acme Water file was found on a wet street in Millbrook by someone who gave it to the Gazette.\n'));
    const answer = createBot([story], { abstainBelow: 0 }).ask('who found the file?');
    expect(answer.text).not.toMatch(/Sensitive Northern found/);
  });
});

describe('the headline is not the story’s opening', () => {
  it('summarises with the lead of the body, not the headline or the dateline', () => {
    const answer = ask(ferry(), 'what is the story about?');
    expect(answer.text).toMatch(/It opens: “The island's ferry company said on Tuesday/);
    expect(answer.citations.map((citation) => citation.kind)).toEqual(['body']);
  });

  it('reads on through the body after the summary, never coming back to the headline', () => {
    const bot = ferry();
    ask(bot, 'what is the story about?', 'c1');
    const more = ask(bot, 'tell me more', 'c1');
    expect(more.text).toMatch(/Tickets go on sale/);
    expect(more.citations.every((citation) => citation.kind === 'body')).toBe(true);
  });
});
