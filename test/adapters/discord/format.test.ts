import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeDiscord, quietLink } from '../../../adapters/discord/escape.js';
import { answerEmbed, helpEmbed, sourcesEmbed } from '../../../adapters/discord/format.js';
import { cut, embedLength, LIMITS } from '../../../adapters/discord/limits.js';
import type { Answer, Citation } from '../../../src/answer/types.js';
import { seen } from './view.js';

// Strings heavy in what breaks Discord messages: markdown, mentions, links, astral characters.
const nasty = fc.stringMatching(/^(?:[\w ]|[*_~`|>#\-\\[\]()<@&!:.]|@everyone|@here|<@\d{3}>|\[x\]\(https:\/\/e\.x\)|😀|\n)*$/);
const longNasty = (max: number) => fc.array(nasty, { maxLength: 8 }).map((parts) => parts.join('').repeat(1 + (max % 7))).map((s) => s.slice(0, max));

const citation = (marker: number): fc.Arbitrary<Citation> =>
  fc.record({
    marker: fc.constant(marker),
    documentId: fc.constant('story'),
    documentTitle: longNasty(600).map((s) => `T${s}`),
    passageId: fc.constant(`story#${marker}`),
    paragraph: fc.integer({ min: 1, max: 999 }),
    kind: fc.constantFrom('headline' as const, 'body' as const, 'caption' as const),
    text: longNasty(5000).map((s) => `P${s}`),
    url: fc.option(fc.constantFrom('https://example.com/story', 'javascript:alert(1)', 'https://x.y/a b'), { nil: undefined }),
    source: fc.option(longNasty(300), { nil: undefined }),
  });

const answered: fc.Arbitrary<Answer> = fc.integer({ min: 1, max: 3 }).chain((n) =>
  fc.record({
    question: longNasty(3000),
    kind: fc.constant('answer' as const),
    abstained: fc.constant(false as const),
    text: longNasty(8000).map((s) => `A${s} [1]`),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    notices: fc.array(longNasty(400), { maxLength: 3 }),
    shortAnswer: fc.constant(null),
    citations: fc.tuple(...Array.from({ length: n }, (_, i) => citation(i + 1))),
  }),
);

function expectWithinLimits(embed: ReturnType<typeof answerEmbed>): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footerText);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeGreaterThan(0);
    expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(field.value.length).toBeGreaterThan(0);
    expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(embedLength(embed as Parameters<typeof embedLength>[0])).toBeLessThanOrEqual(LIMITS.embedTotal);
}

describe('answerEmbed', () => {
  it('fits every Discord limit whatever the answer and story contain', () => {
    fc.assert(fc.property(answered, (answer) => expectWithinLimits(answerEmbed(answer))), { numRuns: 150 });
  });

  it('numbers each citation, names its story and paragraph, quotes it and links to the cited sentence', () => {
    const embed = answerEmbed({
      question: 'Who?', kind: 'answer', abstained: false, text: 'Ann did [1], then Bo [2].', confidence: 0.75, notices: ['Your question was shortened.'], shortAnswer: 'Ann',
      citations: [
        { marker: 1, documentId: 's', documentTitle: 'A story', passageId: 's#3', paragraph: 3, kind: 'body', text: 'Ann did it.', url: 'https://news.example/a', source: 'The Paper' },
        { marker: 2, documentId: 's', documentTitle: 'A story', passageId: 's#9', paragraph: 9, kind: 'caption', text: 'Bo, pictured.' },
      ],
    });
    expect(seen(embed.description)).toBe('Ann did [1], then Bo [2].');
    expect(embed.fields?.map((field) => [seen(field.name), seen(field.value)])).toEqual([
      ['[1] A story, paragraph 3', '> Ann did it.\nThe Paper · [Open the cited sentence](<https://news.example/a>)'],
      ['[2] A story, paragraph 9 (photo caption)', '> Bo, pictured.'],
    ]);
    expect(embed.footer?.text).toBe('Your question was shortened. · Confidence 75%');
  });

  it('names a cited headline as the headline, not by a paragraph number', () => {
    const embed = answerEmbed({
      question: 'How many?', kind: 'answer', abstained: false, text: '107 [1].', confidence: 0.8, notices: [], shortAnswer: '107',
      citations: [{ marker: 1, documentId: 's', documentTitle: 'A story', passageId: 's#0', paragraph: 0, kind: 'headline', text: 'At least 107 hurt in storm' }],
    });
    expect(embed.fields?.map((field) => seen(field.name))).toEqual(['[1] A story (headline)']);
  });

  it('cuts a long passage with an ellipsis but keeps its link', () => {
    const text = 'word '.repeat(2000);
    const embed = answerEmbed({
      question: 'q', kind: 'answer', abstained: false, text: 'x [1]', confidence: 1, notices: [], shortAnswer: null,
      citations: [{ marker: 1, documentId: 's', documentTitle: 'S', passageId: 's#1', paragraph: 1, kind: 'body', text, url: 'https://e.x/s' }],
    });
    const value = embed.fields?.[0]?.value ?? '';
    expect(value).toMatch(/^> word word .*…\n\[Open the cited sentence\]\(<https:\/\/e\.x\/s>\)$/s);
    expect(value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  });

  it('offers the suggestions of an abstained answer', () => {
    const embed = answerEmbed({
      question: 'Capital of France?', kind: 'abstained', abstained: true, reason: 'not-in-story', text: "The story doesn't say.", confidence: 0.1,
      notices: [], shortAnswer: null, citations: [], suggestions: ['Who called whom?', 'When was the call?'],
    });
    expect(embed.fields).toEqual([{ name: 'You could ask', value: '• Who called whom?\n• When was the call?' }]);
  });

  it('shows the closest evidence an abstention cites, so its [1] has a source', () => {
    const embed = answerEmbed({
      question: 'Has Ann met Bo?', kind: 'abstained', abstained: true, reason: 'not-in-story', text: 'The story doesn’t say whether Ann has met Bo.\nThe closest it comes: “Ann is set to meet Bo.” [1]', confidence: 0.7,
      notices: [], shortAnswer: null, suggestions: [],
      citations: [{ marker: 1, documentId: 's', documentTitle: 'A story', passageId: 's#4', paragraph: 4, kind: 'body', text: 'Ann is set to meet Bo.' }],
    });
    expectWithinLimits(embed);
    expect(embed.fields?.map((field) => [seen(field.name), seen(field.value)])).toEqual([['[1] A story, paragraph 4', '> Ann is set to meet Bo.']]);
  });
});

describe('sourcesEmbed and helpEmbed', () => {
  it('lists at most what fits and says how many more stories there are', () => {
    const stories = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, title: `Story ${i} ${'x'.repeat(150)}`, source: 'Src', url: 'https://e.x', published: '2025-01-01', passageCount: 4 }));
    const embed = sourcesEmbed(stories);
    expectWithinLimits(embed);
    expect(embed.fields?.at(-1)?.value).toMatch(/^and \d+ more$/);
  });

  it('escapes the example question', () => {
    expect(helpEmbed('Who said *this* @everyone?').description).toContain('Who said \\*this\\* @\u200beveryone?');
  });
});

/** Syntax characters in `text` that no backslash escapes. */
function unescaped(text: string, syntax: string): string[] {
  const live: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (char === '\\') i += 1;
    else if (syntax.includes(char)) live.push(char);
  }
  return live;
}

describe('escapeDiscord', () => {
  it('renders back to the original text, minus zero-width spaces', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        expect(seen(escapeDiscord(text)).replace(/\u200b/g, '')).toBe(text);
      }),
    );
  });

  it('leaves no live mention, masked link, or formatting', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const out = escapeDiscord(text);
        expect(out).not.toMatch(/@(everyone|here)/i);
        expect(unescaped(out, '<[]()*_~`|')).toEqual([]);
      }),
    );
  });

  it('only emits http(s) links, wrapped so Discord shows no preview', () => {
    expect(quietLink('https://news.example/a?b=1')).toBe('<https://news.example/a?b=1>');
    expect(quietLink('javascript:alert(1)')).toBeNull();
    expect(quietLink('https://e.x/>[x](https://evil)')).toBeNull();
    expect(quietLink(undefined)).toBeNull();
  });

  it('cuts without splitting a surrogate pair or leaving a dangling escape', () => {
    expect(cut('ab😀cd', 4)).toBe('ab…');
    expect(cut('abc\\*def', 5)).toBe('abc…');
    expect(cut('short', 10)).toBe('short');
  });
});
