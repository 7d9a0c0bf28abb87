import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatAnswer, safeLink } from '../../adapters/slack/format.js';
import { maskedLink } from '../../adapters/discord/escape.js';
import { answerEmbed, SENTENCE_LINK_LABEL } from '../../adapters/discord/format.js';
import { embedLength, LIMITS } from '../../adapters/discord/limits.js';
import { questionFromSlack } from '../../adapters/slack/question.js';
import { AnswerSchema, type Answer, type StoryFact } from '../../src/answer/types.js';
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
  paragraph: fc.integer({ min: 0, max: 999 }),
  kind: fc.constantFrom('headline' as const, 'body' as const, 'caption' as const),
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
    kind: fc.constant('answer' as const),
    abstained: fc.constant(false as const),
    shortAnswer: fc.option(nonEmpty, { nil: null }),
    citations: fc.array(citation, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    question: hostileText,
    text: nonEmpty,
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    notices: fc.array(nonEmpty, { maxLength: 2 }),
    kind: fc.constant('abstained' as const),
    abstained: fc.constant(true as const),
    reason: fc.constantFrom('empty' as const, 'not-in-story' as const, 'no-context' as const, 'not-in-file' as const, 'out-of-scope' as const),
    shortAnswer: fc.constant(null),
    citations: fc.constant([] as Answer['citations']),
    suggestions: fc.array(nonEmpty, { maxLength: 3 }),
  }),
  fc.record({
    question: hostileText,
    text: nonEmpty,
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    notices: fc.array(nonEmpty, { maxLength: 2 }),
    kind: fc.constant('about' as const),
    abstained: fc.constant(false as const),
    topic: fc.constantFrom('summary' as const, 'facts' as const, 'stories' as const),
    storyIds: fc.constant<string[]>(['story']),
    facts: fc.constant<StoryFact[]>([]),
    shortAnswer: fc.option(nonEmpty, { nil: null }),
    citations: fc.array(citation, { maxLength: 3 }),
  }),
  fc.record({
    question: hostileText,
    text: nonEmpty,
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    notices: fc.array(nonEmpty, { maxLength: 2 }),
    kind: fc.constant('chat' as const),
    abstained: fc.constant(false as const),
    intent: fc.constantFrom('greeting' as const, 'thanks' as const, 'identity' as const, 'help' as const),
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

function expectInertDiscord(embed: ReturnType<typeof answerEmbed>, urls: Array<string | undefined>): void {
  // The only masked link allowed is the one to a cited sentence, built from the citation's own url.
  const own = urls.map((url) => maskedLink(SENTENCE_LINK_LABEL, url)).filter((link): link is string => link !== null);
  expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  expect((embed.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  for (const shown of discordStrings(embed)) {
    const text = own.reduce((rest, link) => rest.split(link).join(''), shown);
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
        expectInertSlack(formatAnswer(answer), answer.citations.map((c) => c.url));
      }),
      { numRuns: 300 },
    );
  });

  it('Discord embeds are inert and within limits', () => {
    fc.assert(
      fc.property(arbitraryAnswer, (answer) => {
        expectInertDiscord(answerEmbed(answer), answer.citations.map((c) => c.url));
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
        expectInertSlack(message, answer.citations.map((c) => c.url));
        expect(slackTexts(message).join('\n')).not.toMatch(/<![a-z]/);
      }),
      { numRuns: 150 },
    );
  });

  it('a Discord /ask question never throws and its reply is inert', () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const answer = bot.ask(raw.slice(0, 500));
        expectInertDiscord(answerEmbed(answer), answer.citations.map((c) => c.url));
      }),
      { numRuns: 150 },
    );
  });
});
