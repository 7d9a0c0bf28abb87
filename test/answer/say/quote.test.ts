import { describe, expect, it } from 'vitest';
import { excerpt, spokenExcerpt } from '../../../src/answer/say/quote.js';

/** Every nested quotation mark in a text paired: no ‘ left open, no closing ’ (after punctuation) unopened. */
function paired(text: string): boolean {
  let depth = 0;
  for (const mark of text.matchAll(/‘|(?<=[,.!?;:…—–-])’/g)) {
    if (mark[0] === '‘') depth += 1;
    else if (--depth < 0) return false;
  }
  return depth === 0;
}

const SAID = '“I know what it’s going to take to get a peace deal done: a land swap somewhere,” he said.';

describe('quotations inside an answer’s own marks', () => {
  it('nests a quotation followed by its attribution in single marks', () => {
    expect(excerpt(SAID)).toBe('‘I know what it’s going to take to get a peace deal done: a land swap somewhere,’ he said.');
  });

  it('reads straight quotation marks as curly ones: "I had no choice," he said.', () => {
    expect(excerpt('"I had no choice. They told us to go now," he said.')).toBe('‘I had no choice. They told us to go now,’ he said.');
  });

  it('keeps the nested marks paired when the excerpt is cut out of a long quotation', () => {
    const long = `“${'The talks went on for many hours and nobody left the room, '.repeat(6)}I know a land swap somewhere,” he said.`;
    const tail = excerpt(long, long.indexOf('land swap'), 120);
    expect(tail).toMatch(/^…‘.*somewhere,’ he said\.$/);
    const head = excerpt(long, 0, 120);
    expect(head).toMatch(/^‘The talks .*…’$/);
    for (const cut of [tail, head]) expect(paired(cut), cut).toBe(true);
  });

  it('as a named speaker’s words, drops the marks only of a quotation that is the whole excerpt', () => {
    expect(spokenExcerpt(excerpt(SAID))).toBe(excerpt(SAID));
    expect(spokenExcerpt('‘I would go, and so would she.’')).toBe('I would go, and so would she.');
    expect(spokenExcerpt('‘It works,’ she said, ‘and it’s cheap.’')).toBe('‘It works,’ she said, ‘and it’s cheap.’');
    for (const quote of [excerpt(SAID), '‘I would go.’', 'No marks at all.']) expect(paired(`${spokenExcerpt(quote)}`), quote).toBe(true);
  });
});
