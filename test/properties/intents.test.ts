import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/answer/types.js';
import { createBot } from '../../src/engine.js';
import { parseStory } from '../../src/knowledge/parse.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';

const BODY = `The Kestrel Harbour bridge reopened to traffic on Monday after a repair that lasted two years and cost $48 million, the city's transport department said.

Mayor Lena Ortiz cut the ribbon at 9am. "This bridge carries 40,000 people a day," Ortiz said.

Photo: Crews removing the last barrier on Monday (City Transport)

The repair was needed after engineers found corrosion in the main cables in 2023, according to chief engineer Tomas Reyes.`;

const storyWithUrl = (url: string) => parseStory('bridge.md', Buffer.from(`---\ntitle: Bridge reopens\nurl: ${url}\n---\n${BODY}\n`));

/** Greetings, thanks, "who are you" and help as people type them: any case, punctuation, emoji, filler. */
const SMALL_TALK = ['hello', 'hi there', 'hey', 'good morning', 'thanks', 'thank you so much', 'cheers', 'who are you', 'what are you', 'help', 'what can I ask', 'what can you do', 'how does this work'];
const decorated = fc
  .tuple(
    fc.constantFrom(...SMALL_TALK),
    fc.constantFrom('', '!', '?', '!!', '.', ' 👋', ' 🙂', '?!', ' :)'),
    fc.constantFrom('lower', 'upper', 'title'),
    fc.constantFrom('', '  ', ' '),
  )
  .map(([phrase, end, casing, pad]) => {
    const cased = casing === 'upper' ? phrase.toUpperCase() : casing === 'title' ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
    return `${pad}${cased}${end}${pad}`;
  });

describe('intents over any story (property-based)', () => {
  it('no greeting, thanks, introduction or help reply carries a citation or a quotation', async () => {
    const corpora = [(await loadKnowledge(DEFAULT_KNOWLEDGE_DIR)).stories, [storyWithUrl('https://news.example/bridge')]].map((stories) => ({
      bot: createBot(stories),
      // The headline is the title a help reply names, not a quotation of the story.
      sentences: stories.flatMap((story) => story.passages.filter((passage) => passage.kind !== 'headline').flatMap((passage) => passage.sentences)),
    }));
    fc.assert(
      fc.property(decorated, fc.constantFrom(...corpora), (message, { bot, sentences }) => {
        const answer = AnswerSchema.parse(bot.ask(message));
        expect(answer.kind, message).toBe('chat');
        expect(answer.citations).toEqual([]);
        expect(answer.text).not.toMatch(/\[\d+\]/);
        expect(sentences.filter((sentence) => answer.text.includes(sentence))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('no story with a url ever produces a link to another host', () => {
    const questions = fc.constantFrom(
      'What is the story about?',
      'What is the link to the article?',
      'Who cut the ribbon?',
      'How much did the repair cost?',
      'Why was the repair needed?',
      'What did Ortiz say?',
      'tell me more',
      'source?',
      'What is the capital of France?',
    );
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.array(questions, { minLength: 1, maxLength: 4 }), (url, asked) => {
        const bot = createBot([storyWithUrl(url)]);
        const story = new URL(bot.stories()[0]?.url ?? url);
        for (const question of asked) {
          const answer = AnswerSchema.parse(bot.ask(question, { conversationId: 'c' }));
          for (const citation of answer.citations) {
            expect(citation.url, question).toBeDefined();
            const link = new URL(citation.url ?? '');
            expect(link.origin).toBe(story.origin);
            expect(link.pathname + link.search).toBe(story.pathname + story.search);
            expect(link.hash).toContain(':~:text=');
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
