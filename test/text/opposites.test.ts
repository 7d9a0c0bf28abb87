import { describe, expect, it } from 'vitest';
import { antonymTermsOf } from '../../src/text/opposites.js';
import { termOf } from '../../src/text/terms.js';

describe('opposites of a verb', () => {
  it('are WordNet\'s for the verb and its spelling variants: "criticise" is opposed by "praise", "win" by "lose"', () => {
    expect(antonymTermsOf('criticise').has(termOf('praise')!)).toBe(true);
    expect(antonymTermsOf('win').has(termOf('lose')!)).toBe(true);
  });

  it('never borrow a synonym\'s opposites: "survive" is "live" in a sense, but "recorded" (the opposite of a live broadcast) is no opposite of surviving', () => {
    expect(antonymTermsOf('survive').has(termOf('recorded')!)).toBe(false);
    expect(antonymTermsOf('survive').has(termOf('first')!)).toBe(false);
  });
});
