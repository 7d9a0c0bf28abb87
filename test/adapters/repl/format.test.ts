import { describe, expect, it } from 'vitest';
import { formatAnswer, PLAIN } from '../../../adapters/repl/format.js';
import type { Answer, Citation } from '../../../src/answer/types.js';

const citation = (marker: number, text: string): Citation => ({ marker, documentId: 'd', documentTitle: 'Harbour report', passageId: `d#${marker}`, paragraph: marker + 2, kind: 'body', text });

/** An answer shaped as the core composes them: a lead line, then the quotations with their markers. */
const answer = (text: string, citations: Citation[]): Answer => ({
  kind: 'answer',
  question: 'q',
  text,
  abstained: false,
  confidence: 0.9,
  shortAnswer: null,
  citations,
  notices: [],
});

describe('an answer as the terminal shows it', () => {
  it('starts each reply line with a capital, leaving the quotation’s own words as written', () => {
    const shown = formatAnswer(answer('the mayor said: “the bridge opens on Monday.” [1]', [citation(1, 'the bridge opens on Monday.')]), PLAIN);
    expect(shown.split('\n')[0]).toBe('The mayor said: “the bridge opens on Monday.” [1]');
  });

  it('quotes a source under Sources only when the answer does not already quote it', () => {
    const shown = formatAnswer(answer('Here are the sources: [1]', [citation(1, 'The bridge opens on Monday.')]), PLAIN);
    expect(shown).toContain('[1] “The bridge opens on Monday.”\n    — Harbour report, paragraph 3');
    const quoted = formatAnswer(answer('Monday [1].\n“The bridge opens on Monday.” [1]', [citation(1, 'The bridge opens on Monday.')]), PLAIN);
    expect(quoted.match(/The bridge opens on Monday\./g)).toHaveLength(1);
    expect(quoted).toContain('\n[1] Harbour report, paragraph 3');
  });

  it('names a cited headline as the headline, not by a paragraph number', () => {
    const headline = { ...citation(1, 'Bridge reopens after repairs'), paragraph: 0, kind: 'headline' as const };
    expect(formatAnswer(answer('Here are the sources: [1]', [headline]), PLAIN)).toContain('[1] “Bridge reopens after repairs”\n    — Harbour report (headline)');
    expect(formatAnswer(answer('“Bridge reopens after repairs” [1]', [headline]), PLAIN)).toContain('\n[1] Harbour report (headline)');
  });

  it('wraps at word boundaries to a width, continuing a source under its text; a long link stays whole', () => {
    const words = 'The harbour master released the inspection report on Friday after a long delay';
    const link = `https://news.example/${'x'.repeat(60)}`;
    const shown = formatAnswer({ ...answer(`“${words}.” [1] ${link}`, [citation(1, `${words}.`)]) }, PLAIN, { width: 40 });
    const lines = shown.split('\n');
    for (const line of lines) expect(line.length <= 40 || line.trim() === link, line).toBe(true);
    expect(lines.map((line) => line.trim()).join(' ')).toContain(`“${words}.” [1] ${link}`);
    expect(formatAnswer(answer(`“${words}.” [1]`, [citation(1, `${words}.`)]), PLAIN).split('\n')[0]).toBe(`“${words}.” [1]`);
  });
});
