import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

describe('splitting a paragraph into sentences', () => {
  it('keeps abbreviations and initials inside their sentence ("Mr.", "U.S.", "J.")', () => {
    expect(splitSentences('Mr. Roe met J. Berg in the U.S. capital. They talked.')).toEqual(['Mr. Roe met J. Berg in the U.S. capital.', 'They talked.']);
  });

  it('ends a sentence at a dotted abbreviation before a word that only opens sentences ("p.m. The")', () => {
    expect(splitSentences('The first drone was seen at about 5:30 p.m. The airport reopened before midnight.')).toEqual([
      'The first drone was seen at about 5:30 p.m.',
      'The airport reopened before midnight.',
    ]);
    expect(splitSentences('Talks with U.S. President Roe failed.')).toEqual(['Talks with U.S. President Roe failed.']);
    expect(splitSentences('The flight left at 6:15 p.m. About ten minutes later the crew saw a fire.')).toHaveLength(2);
  });
});
