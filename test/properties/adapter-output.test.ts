import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatAnswer, safeLink } from '../../adapters/slack/format.js';
import { answerEmbed } from '../../adapters/discord/format.js';
import { embedLength, LIMITS } from '../../adapters/discord/limits.js';
import { questionFromSlack } from '../../adapters/slack/question.js';
import { AnswerSchema, type Answer } from '../../src/answer/types.js';
import type { StoryBot } from '../../src/bot.js';
import { openBot } from '../../src/open.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { testCacheDir } from '../support/cache-dir.js';

/**
 * Whatever text reaches an adapter (a hostile question, a story copied from the web), what it
 * sends must never ping, never carry a link the story did not contain, and stay within the
 * platform's limits. Checked on arbitrary Answers and on the real core's answers to hostile input.
 */
const INJECTIONS = ['@everyone', '@here', '<@123>', '<@&123>', '<#123>', '<!channel>', '<!here>', '<!everyone>', '<@U123>', '<!subteam^S1>', '[click](http://evil.example)', '<http://evil.example|click>', '&lt;!channel&gt;', '\\<@1>', '](', '||spoiler||', '# heading', '> quote', '`', '\ud800', '😀', '\u202e'];
const hostileText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 10 })), { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.constantFrom(...INJECTIONS).map((part) => part.repeat(400)),
);
const nonEmpty = hostileText.map((text) => (text.length > 0 ? text : 'x'));
const citation = fc.record({
  marker: fc.integer({ min: 1, max: 3 }),
  documentId: fc.constant('story'),
  documentTitle: nonEmpty,
  passageId: fc.constant('story#1'),
  paragraph: fc.integer({ min: 1, max: 999 }),
  kind: fc.constantFrom('body' as const, 'caption' as const),
  text: nonEmpty,
  url: fc.option(fc.oneof(fc.webUrl(), hostileText, fc.constant('javascript:alert(1)'), fc.constant('https://ok.example/a|b<c>')), { nil: undefined }),
  source: fc.option(nonEmpty, { nil: undefined }),
});
const arbitraryAnswer: fc.Arbitrary<Answer> = fc.oneof(
  fc.record({
    question: hostileText,
    text: nonEmpty,
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    notices: fc.array(nonEmpty, { maxLength: 2 }),
    abstained: fc.constant(false as const),
    shortAnswer: fc.option(nonEmpty, { nil: null }),
    citations: fc.array(citation, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    question: hostileText,
    text: nonEmpty,
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    notices: fc.array(nonEmpty, { maxLength: 2 }),
    abstained: fc.constant(true as const),
    reason: fc.constantFrom('empty' as const, 'not-in-story' as const, 'no-context' as const),
    shortAnswer: fc.constant(null),
    citations: fc.constant([] as Answer['citations']),
    suggestions: fc.array(nonEmpty, { maxLength: 3 }),
  }),
);

/** Every mrkdwn string of a Slack message. */
function slackTexts(message: ReturnType<typeof formatAnswer>): string[] {
  const texts = [message.text];
  for (const block of message.blocks) {
    if (block.type === 'section' && block.text) texts.push(block.text.text);
    if (block.type === 'context') for (const element of block.elements) if ('text' in element) texts.push(element.text);
  }
  return texts;
}

function expectInertSlack(message: ReturnType<typeof formatAnswer>, urls: Array<string | undefined>): void {
  expect(message.blocks.length).toBeLessThanOrEqual(50);
  // The only markup allowed is a link built from a citation's own http(s) url.
  const own = new Set(urls.map(safeLink).filter((link): link is string => link !== undefined));
  for (const text of slackTexts(message)) {
    expect(text.length).toBeLessThanOrEqual(3000);
    const withoutOwnLinks = text.replace(/<([^|<>]*)\|[^<>]*>/g, (whole, link: string) => (own.has(link) ? '' : whole));
    expect(withoutOwnLinks).not.toMatch(/[<>]/);
  }
}

function discordStrings(embed: ReturnType<typeof answerEmbed>): string[] {
  return [embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '', ...(embed.fields ?? []).flatMap((field) => [field.name, field.value])];
}

function expectInertDiscord(embed: ReturnType<typeof answerEmbed>): void {
  expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  expect((embed.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  for (const text of discordStrings(embed)) {
    expect(text).not.toMatch(/@(everyone|here)/i);
    // `<` only escaped, or opening a preview-free link `<https://…>` built from a story url.
    const withoutLinks = text.replace(/<https?:\/\/[^\s<>]+>/g, '');
    expect(withoutLinks).not.toMatch(/(^|[^\\])</);
    // No masked link: `](` only with the bracket escaped.
    expect(text).not.toMatch(/(^|[^\\])\]\(/);
  }
}

describe('adapter output for arbitrary answers (property-based)', () => {
  it('Slack blocks are inert and within limits', () => {
    fc.assert(
      fc.property(arbitraryAnswer, (answer) => {
        AnswerSchema.parse(answer);
        const urls = answer.abstained ? [] : answer.citations.map((c) => c.url);
        expectInertSlack(formatAnswer(answer), urls);
      }),
      { numRuns: 300 },
    );
  });

  it('Discord embeds are inert and within limits', () => {
    fc.assert(
      fc.property(arbitraryAnswer, (answer) => {
        expectInertDiscord(answerEmbed(answer));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the real core behind each adapter, fed hostile questions (property-based)', () => {
  let bot: StoryBot;
  beforeAll(async () => {
    bot = await openBot({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir: testCacheDir() });
  });

  it('a Slack message text never throws and its reply is inert', () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const answer = bot.ask(questionFromSlack(`<@U0BOT> ${raw}`, 'U0BOT'));
        const message = formatAnswer(answer);
        expectInertSlack(message, answer.abstained ? [] : answer.citations.map((c) => c.url));
        expect(slackTexts(message).join('\n')).not.toMatch(/<![a-z]/);
      }),
      { numRuns: 150 },
    );
  });

  it('a Discord /ask question never throws and its reply is inert', () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        expectInertDiscord(answerEmbed(bot.ask(raw.slice(0, 500))));
      }),
      { numRuns: 150 },
    );
  });
});
