import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS } from '../../src/answer/understand/sanitize.js';
import { AnswerSchema, type Answer } from '../../src/answer/types.js';
import type { StoryBot } from '../../src/bot.js';
import { openBot } from '../../src/open.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { testCacheDir } from '../support/cache-dir.js';

/**
 * The core gets whatever a public Discord server or a big Slack workspace types. Whatever it is,
 * the bot must not throw, must return an Answer its own schema accepts, and must not spend
 * unbounded time on it (catastrophic regex backtracking would show up as a slow long question).
 */
let bot: StoryBot;
beforeAll(async () => {
  bot = await openBot({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir: testCacheDir() });
});

function askChecked(question: string, conversationId?: string): Answer {
  const answer = bot.ask(question, conversationId ? { conversationId } : {});
  const parsed = AnswerSchema.safeParse(answer);
  if (!parsed.success) throw new Error(`invalid Answer for ${JSON.stringify(question.slice(0, 80))}: ${parsed.error.message}`);
  return answer;
}

const fragments = [
  '', ' ', '\t\n\r', '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u200b', '\u202e', '\u2066', '\ufeff',
  '\ud800', '\udc00', '\udbff\udfff', '😀', '👩‍👩‍👧‍👦', '🇺🇦', 'שלום', 'مرحبا', '\u200f', 'Ω', 'ﬁ', 'İ',
  '**bold**', '`code`', '```', '> quote', '[link](http://evil.example)', '<script>alert(1)</script>', '&amp;', '<b>',
  '.*', '(a+)+$', '[^', '\\', '$1', '{999}', '(?<=x)', '|', '^', '?', '+', '*', '((((', '))))',
  '@everyone', '@here', '<@123>', '<@&123>', '<!channel>', '<!here>', '<@U123>', '<http://evil.example|click>',
  'Who', 'Witkoff', 'Ushakov', 'transcript', 'Putin', 'he', 'tell me more', 'source?', 'what', 'why', 'how many',
];

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...fragments), maxLength: 40 }),
  fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join(' ')),
  fc.tuple(fc.constantFrom(...fragments), fc.integer({ min: 1, max: 3_000 })).map(([part, times]) => part.repeat(times)),
);

describe('hostile and odd questions (property-based)', () => {
  it('never throws and always returns a schema-valid Answer', () => {
    fc.assert(
      fc.property(hostile, (question) => {
        askChecked(question);
      }),
      { numRuns: 400 },
    );
  });

  it('stays valid across a conversation of hostile follow-ups', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 6 }), (questions) => {
        const conversation = `c${n++}`;
        askChecked('Who released the transcript?', conversation);
        for (const question of questions) askChecked(question, conversation);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['whitespace and controls', '\t\n\u0000\u0007\u200b\u202e\r\n'],
    ['punctuation only', '?!?!...'],
  ])('answers an %s message with the help text, citing nothing', (_name, question) => {
    const answer = askChecked(question);
    expect(answer.abstained).toBe(true);
    expect(answer.citations).toHaveLength(0);
    expect(answer.text).toMatch(/for example: “.+”/);
  });

  it('answers an emoji only message as small talk, with questions to ask, citing nothing', () => {
    const answer = askChecked('😀🇺🇦👩‍👩‍👧‍👦');
    expect(answer.kind).toBe('chat');
    expect(answer.citations).toHaveLength(0);
    expect(answer.text).toMatch(/You could ask “.+”/);
  });
});

describe('over-long questions', () => {
  const huge = `Who released the transcript? ${'(a+)+$ .*.*.*[[[ '.repeat(7_000)}`.slice(0, 100_000);

  it(`cuts a 100,000-character question at MAX_QUESTION_CHARS (${MAX_QUESTION_CHARS}) and says so, quickly`, () => {
    expect(huge).toHaveLength(100_000);
    const started = performance.now();
    const answer = askChecked(huge);
    const elapsed = performance.now() - started;
    // Generous bound: this catches catastrophic backtracking, not speed (the bench measures that).
    expect(elapsed).toBeLessThan(1_000);
    expect(answer.question.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(answer.notices.join(' ')).toContain(`longer than ${MAX_QUESTION_CHARS} characters`);
  });

  it.each([
    ['a single unbroken word', 'a'.repeat(100_000)],
    ['whitespace', ' \t'.repeat(50_000)],
    ['lone surrogates', '\ud800x'.repeat(50_000)],
    ['emoji', '😀'.repeat(50_000)],
    ['nested brackets', '(['.repeat(50_000)],
    ['mentions', '<!channel> @everyone '.repeat(5_000)],
    ['right-to-left text', 'שלום עולם '.repeat(10_000)],
  ])('answers 100,000 characters of %s in bounded time', (_name, question) => {
    const started = performance.now();
    askChecked(question);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('does not cut a question at the limit', () => {
    const question = `Who released the transcript? ${'x'.repeat(MAX_QUESTION_CHARS - 30)}`.slice(0, MAX_QUESTION_CHARS);
    expect(askChecked(question).notices).toEqual([]);
  });
});

describe('suggestions and sources with hostile input', () => {
  it('suggest() never throws and returns strings', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: -5, max: 50 }), (typed, limit) => {
        const suggestions = bot.suggest(typed, limit);
        expect(Array.isArray(suggestions)).toBe(true);
        for (const suggestion of suggestions) expect(typeof suggestion).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
