import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../../src/answer/types.js';
import { formatAnswer, safeLink, sourceLine } from '../../../adapters/slack/format.js';
import { SLACK_LIMITS } from '../../../adapters/slack/limits.js';

const citation = (over: Partial<Citation> = {}): Citation => ({
  marker: 1,
  documentId: 'doc',
  documentTitle: 'A story',
  passageId: 'doc#p3',
  paragraph: 3,
  kind: 'body',
  text: 'The envoy said so.',
  ...over,
});

const answered = (text: string, citations: Citation[] = [citation()], notices: string[] = []): Answer => ({
  question: 'q',
  kind: 'answer',
  abstained: false,
  text,
  confidence: 0.8,
  notices,
  shortAnswer: null,
  citations,
});

/** Every string Slack will render, from every block. */
const rendered = (answer: Answer): string => JSON.stringify(formatAnswer(answer));

describe('formatAnswer', () => {
  it('lays out the answer, a divider and one context line per source', () => {
    const message = formatAnswer(
      answered('The envoy said so [1]. He did [2].', [
        citation(),
        citation({ marker: 2, paragraph: 9, kind: 'caption', text: 'A photo.', url: 'https://news.example/a', source: 'The Paper' }),
      ]),
    );
    expect(message.blocks.map((block) => block.type)).toEqual(['section', 'divider', 'context', 'context']);
    expect(message.text).toBe('The envoy said so [1]. He did [2].');
    const lines = message.blocks.slice(2).map((block) => (block as { elements: Array<{ text: string }> }).elements[0]?.text);
    expect(lines[0]).toBe('*[1]* “The envoy said so.” — _A story_, paragraph 3');
    expect(lines[1]).toBe('*[2]* “A photo.” — <https://news.example/a|A story> (The Paper), paragraph 9 (photo caption)');
  });

  it('names a cited headline as the headline, not by a paragraph number', () => {
    const headline = citation({ paragraph: 0, kind: 'headline', text: 'Bridge reopens after repairs', url: 'https://news.example/a', source: 'The Paper' });
    expect(sourceLine(headline)).toBe('*[1]* “Bridge reopens after repairs” — <https://news.example/a|A story> (The Paper) (headline)');
  });

  it('makes broadcast mentions, user mentions and links in story text inert', () => {
    const hostile = '<!channel> <!here> <!everyone> <@U123> <!subteam^S1|@team> <https://evil.example|click> & more';
    const out = rendered(answered(`${hostile} [1]`, [citation({ text: hostile, documentTitle: hostile, source: hostile })], [hostile]));
    expect(out).not.toMatch(/<[!@#]/);
    expect(out).not.toContain('<https://evil');
    expect(out).toContain('&lt;!channel&gt;');
    expect(out).toContain('&amp; more');
  });

  it('keeps within Slack limits for a huge answer and huge passages', () => {
    const long = `${'word '.repeat(2_000)}[1]`;
    const message = formatAnswer(answered(long, [citation({ text: 'x&<>'.repeat(3_000) })], Array(80).fill('notice')));
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const block of message.blocks) {
      const texts = JSON.stringify(block).match(/"text":"(?:[^"\\]|\\.)*"/g) ?? [];
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(JSON.parse(`{${text}}`).text.length).toBeLessThanOrEqual(SLACK_LIMITS.textObject);
    }
    const section = message.blocks[0] as { text: { text: string } };
    expect(section.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(section.text.text.endsWith('…')).toBe(true);
    expect(message.text.length).toBeLessThanOrEqual(3_000);
  });

  it('never splits an escape entity when cutting', () => {
    const line = sourceLine(citation({ text: '&'.repeat(1_000) }));
    expect(line).toMatch(/“(&amp;)+…”/);
  });

  it('offers the suggestions when the story does not say', () => {
    const message = formatAnswer({
      question: 'q',
      kind: 'abstained',
      abstained: true,
      reason: 'not-in-story',
      text: "The story doesn't say.",
      confidence: 0.1,
      notices: [],
      shortAnswer: null,
      citations: [],
      suggestions: ['Who <b>?', 'When?'],
    });
    expect(message.blocks.map((block) => block.type)).toEqual(['section', 'context']);
    expect(JSON.stringify(message.blocks[1])).toContain('• Who &lt;b&gt;?\\n• When?');
  });

  it('sets verbatim so Slack does not auto-link names and URLs in the text', () => {
    const section = formatAnswer(answered('See https://x.example [1].')).blocks[0] as { text: { verbatim?: boolean } };
    expect(section.text.verbatim).toBe(true);
  });
});

describe('safeLink', () => {
  it('links only http(s) URLs and keeps them from breaking out of <url|label>', () => {
    expect(safeLink('javascript:alert(1)')).toBeUndefined();
    expect(safeLink('not a url')).toBeUndefined();
    expect(safeLink(undefined)).toBeUndefined();
    expect(safeLink('https://a.example/x|<!channel>?q=1&r=2')).toBe('https://a.example/x%7C%3C!channel%3E?q=1&amp;r=2');
  });
});
