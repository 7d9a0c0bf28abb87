import { describe, expect, it } from 'vitest';
import { AnswerSchema, type Answer } from '../../../../src/answer/types.js';
import type { StoryBot } from '../../../../src/bot.js';
import { createBot } from '../../../../src/engine.js';
import { parseStory } from '../../../../src/knowledge/parse.js';

/** Stories nobody tuned the intents to: a byline and a photo caption come before the lead. */
const BRIDGE = `---
title: Harbour bridge reopens after two-year repair
source: The Kestrel Gazette
author: Mira Holm
url: https://news.example/bridge?id=7
published: 2026-03-02
---
By Mira Holm

Photo: Crews removing the last barrier on Monday (City Transport)

The Kestrel Harbour bridge reopened to traffic on Monday after a repair that lasted two years and cost $48 million, the city's transport department said.

Mayor Lena Ortiz cut the ribbon at 9am. "This bridge carries 40,000 people a day," Ortiz said.

Heavy rain and strong winds were forecast for the reopening weekend, the weather service said.

The repair was needed after engineers found corrosion in the main cables in 2023, according to chief engineer Tomas Reyes.
`;

const LIBRARY = `---
title: Council approves new central library
published: 2025-12-01
---
The city council voted 7-2 on Tuesday to build a new central library beside the old market hall.

Construction will begin in the spring and take three years, council leader Omar Sayed said.
`;

const bot = (...files: Array<[string, string]>): StoryBot => createBot(files.map(([name, text]) => parseStory(name, Buffer.from(text))));
const bridge = () => bot(['bridge.md', BRIDGE]);
const library = () => bot(['library.md', LIBRARY]);
const both = () => bot(['library.md', LIBRARY], ['bridge.md', BRIDGE]);

function ask(b: StoryBot, question: string, conversationId?: string): Answer {
  return AnswerSchema.parse(b.ask(question, conversationId ? { conversationId } : {}));
}

describe('about a story', () => {
  it('gives the title, source and readable date, and the lead — not the byline or the caption — cited', () => {
    const answer = ask(bridge(), 'What is the story about?');
    expect(answer.kind).toBe('about');
    expect(answer.text).toContain('“Harbour bridge reopens after two-year repair” (The Kestrel Gazette, 2 March 2026)');
    expect(answer.text).toMatch(/It opens: “The Kestrel Harbour bridge reopened to traffic on Monday.*” \[1\]/);
    expect(answer.text).not.toMatch(/By Mira Holm|Crews removing/);
    expect(answer.citations.map((citation) => [citation.kind, citation.text.slice(0, 26)])).toEqual([['body', 'The Kestrel Harbour bridge']]);
  });

  it('reads on with "tell me more", and "source?" repeats its citation', () => {
    const b = bridge();
    ask(b, 'tl;dr', 'c1');
    const more = ask(b, 'tell me more', 'c1');
    expect(more.kind).toBe('answer');
    expect(more.text).toMatch(/Mayor Lena Ortiz cut the ribbon/);
    const sources = ask(b, 'source?', 'c1');
    expect(sources.citations[0]?.text).toMatch(/Mayor Lena Ortiz/);
  });

  it('with several stories, summarises the one the question names', () => {
    const answer = ask(both(), 'What is the library story about?');
    expect(answer.kind === 'about' && answer.storyIds).toEqual(['library']);
    expect(answer.text).toMatch(/^“Council approves new central library” \(1 December 2025\)\.\nIt opens: “The city council voted 7-2/);
  });

  it('with several stories and none named, lists each title with its first line, cited, newest first', () => {
    const answer = ask(both(), 'Summarise the story');
    expect(answer.kind === 'about' && answer.storyIds).toEqual(['bridge', 'library']);
    const lines = answer.text.split('\n');
    expect(lines[0]).toMatch(/I know 2 stories/);
    expect(lines[1]).toMatch(/^• “Harbour bridge reopens.*”.*: “The Kestrel Harbour bridge.*” \[1\]$/);
    expect(lines[2]).toMatch(/^• “Council approves new central library”.*: “The city council voted.*” \[2\]$/);
    expect(answer.citations.map((citation) => citation.documentId)).toEqual(['bridge', 'library']);
  });

  it('says so when the question names a story it does not have, and lists the ones it has', () => {
    const answer = ask(both(), 'Summarise the story about the football final');
    expect(answer.text).toMatch(/None of my stories matches/);
    expect(answer.text).toContain('• “Harbour bridge reopens after two-year repair”');
    expect(answer.citations).toEqual([]);
  });
});

describe('story facts from the front matter', () => {
  it('answers date, source, author and link with the title, the date in words, and no citation', () => {
    const b = bridge();
    const cases: Array<[string, string, string]> = [
      ['When was the story published?', '“Harbour bridge reopens after two-year repair” was published on 2 March 2026.', '2 March 2026'],
      ['Who is the source?', '“Harbour bridge reopens after two-year repair” is from The Kestrel Gazette.', 'The Kestrel Gazette'],
      ['Who wrote the story?', '“Harbour bridge reopens after two-year repair” was written by Mira Holm.', 'Mira Holm'],
      ['What is the link to the article?', '“Harbour bridge reopens after two-year repair” is online at https://news.example/bridge?id=7', 'https://news.example/bridge?id=7'],
    ];
    for (const [question, text, short] of cases) {
      const answer = ask(b, question);
      expect(answer.kind, question).toBe('about');
      expect(answer.text).toBe(text);
      expect(answer.shortAnswer).toBe(short);
      expect(answer.citations).toEqual([]);
    }
  });

  it('says the story file does not say when a field is missing, rather than "the stories don’t say"', () => {
    const answer = ask(library(), 'Who wrote the story?');
    expect(answer.kind === 'abstained' && answer.reason).toBe('not-in-file');
    expect(answer.text).toBe('The story file for “Council approves new central library” doesn’t say who wrote it.');
    expect(ask(library(), 'Who published this article?').text).toMatch(/story file .* doesn’t say where it was published/);
  });

  it('with several stories, gives each story’s value or says its file lacks it', () => {
    const answer = ask(both(), 'Who wrote the story?');
    expect(answer.kind).toBe('about');
    expect(answer.text.split('\n')).toEqual([
      '• “Harbour bridge reopens after two-year repair”: written by Mira Holm',
      '• “Council approves new central library”: the story file doesn’t say who wrote it',
    ]);
  });
});

describe('which stories the bot knows', () => {
  it('lists titles with source and date, newest first, the same for "what’s new"', () => {
    for (const question of ['Which stories do you know?', "What's new?"]) {
      const answer = ask(both(), question);
      expect(answer.kind === 'about' && answer.topic).toBe('stories');
      expect(answer.text).toBe(
        'I know 2 stories, newest first:\n• “Harbour bridge reopens after two-year repair” (The Kestrel Gazette, 2 March 2026)\n• “Council approves new central library” (1 December 2025)',
      );
    }
  });

  it('lists stories newest first in /sources too', () => {
    expect(both().stories().map((story) => story.id)).toEqual(['bridge', 'library']);
  });
});

describe('small talk and help', () => {
  it('greets, thanks, introduces itself and helps with two or three questions the stories can answer', () => {
    const b = both();
    for (const [message, intent] of [['hello', 'greeting'], ['thanks!', 'thanks'], ['who are you?', 'identity'], ['help', 'help'], ['What can I ask?', 'help']] as const) {
      const answer = ask(b, message);
      expect(answer.kind === 'chat' && answer.intent, message).toBe(intent);
      if (answer.kind !== 'chat') continue;
      expect(answer.citations).toEqual([]);
      expect(answer.suggestions.length).toBeGreaterThanOrEqual(2);
      expect(answer.suggestions.length).toBeLessThanOrEqual(3);
      for (const suggestion of answer.suggestions) {
        expect(answer.text).toContain(`“${suggestion}”`);
        expect(['answer', 'about'], suggestion).toContain(ask(b, suggestion).kind);
      }
    }
  });

  it('answers small talk beyond greetings and thanks with small talk, never a refusal or a quotation', () => {
    const b = both();
    const expected = { lol: 'reaction', ok: 'thanks', cool: 'thanks', nice: 'thanks', 'good bot': 'thanks', 'bad bot': 'complaint', wow: 'reaction', '👍': 'thanks', '😂': 'reaction', ':)': 'thanks' };
    for (const [message, intent] of Object.entries(expected)) {
      const answer = ask(b, message);
      expect(answer.kind === 'chat' && answer.intent, message).toBe(intent);
      expect(answer.citations, message).toEqual([]);
    }
    expect(ask(b, 'bad bot').text).toMatch(/^Sorry that didn’t help\./);
  });

  it('offers two questions even when a story is too plain to mine any from', () => {
    const plain = bot(['plain.md', 'the tide came in slowly over the flat grey sand that morning.\n'] as [string, string]);
    const answer = ask(plain, 'hello');
    expect(answer.kind === 'chat' && answer.suggestions).toEqual(['What is the story about?', 'Which stories do you know?']);
  });

  it('declines a request outside its job in one line, with a question it can answer', () => {
    const b = bridge();
    const answer = ask(b, 'Write me a poem about cats');
    expect(answer.kind === 'abstained' && answer.reason).toBe('out-of-scope');
    expect(answer.text).not.toContain('\n');
    expect(answer.text).toMatch(/only answer questions about the news stories/);
    const example = answer.kind === 'abstained' ? answer.suggestions[0] : undefined;
    expect(example && answer.text.includes(example)).toBe(true);
    expect(ask(b, example ?? '').kind).toBe('answer');
  });

  it('answers a weather question from a story that reports the weather, and declines it otherwise', () => {
    expect(ask(bridge(), 'What was the weather forecast for the reopening weekend?').kind).toBe('answer');
    const elsewhere = ask(library(), "What's the weather like in Paris?");
    expect(elsewhere.kind === 'abstained' && elsewhere.reason).toBe('out-of-scope');
  });
});
