import { describe, expect, it } from 'vitest';
import { datesAnotherYear } from '../../../src/answer/read/another-year.js';

describe('a sentence set in another year', () => {
  it('answers no question about 1917 from a sentence about 1914', () => {
    expect(datesAnotherYear('Who led the Acme Trust in 1917?', 'Jane Roe led the Acme Trust in 1914.')).toBe(true);
  });

  it('leaves a sentence with the asked year, a range that covers it, or no year at all', () => {
    expect(datesAnotherYear('Who led the Acme Trust in 1917?', 'Jane Roe led it from 1914, and Tom Berg in 1917.')).toBe(false);
    expect(datesAnotherYear('Who led the Acme Trust in 1917?', 'Jane Roe led it between 1914 and 1920.')).toBe(false);
    expect(datesAnotherYear('Who led the Acme Trust in 1917?', 'Jane Roe led it during the war (1914–18).')).toBe(false);
    expect(datesAnotherYear('Who led the Acme Trust in 1917?', 'Jane Roe led the Acme Trust.')).toBe(false);
  });

  it('reads no count or sum as a year', () => {
    expect(datesAnotherYear('How many people lived there in 1917?', 'About 2,019 people lived there.')).toBe(false);
  });
});
