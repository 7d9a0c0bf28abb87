import { describe, expect, it } from 'vitest';
import { takesOtherSide } from '../../../src/answer/retrieve/sides.js';
import { termOf } from '../../../src/text/terms.js';

describe('the side a verb takes', () => {
  const vote = new Set([termOf('voted')!]);
  const sentence = 'Six of the nine members voted for the increase.';

  it('"how many voted against?" meets those who "voted for" as the other side', () => {
    expect(takesOtherSide('how many voted against?', sentence, vote)).toBe(true);
    expect(takesOtherSide('how many voted against the rise?', 'Three members voted in favour of it.', vote)).toBe(true);
    expect(takesOtherSide('how many voted against?', 'Councillors voted 31 to 18 in favour of the stadium.', vote)).toBe(true);
  });

  it('the same side, or a question that takes none, is no conflict', () => {
    expect(takesOtherSide('how many voted for the increase?', sentence, vote)).toBe(false);
    expect(takesOtherSide('how many members voted?', sentence, vote)).toBe(false);
    expect(takesOtherSide('how many voted against?', 'Three members voted against.', vote)).toBe(false);
  });
});
