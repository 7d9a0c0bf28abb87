import { describe, expect, it } from 'vitest';
import { removeInvisible } from '../../src/text/invisible.js';

describe('removeInvisible', () => {
  it('removes bidirectional overrides, isolates and marks, so text reads as it is stored', () => {
    expect(removeInvisible('invoice\u202Egnp.exe\u202C and \u2067isolated\u2069 \u200Fmark')).toBe('invoicegnp.exe and isolated mark');
  });

  it('removes zero-width characters without splitting the word they hide in', () => {
    expect(removeInvisible('pass\u200Bword, no\u200Cjoin, wo\u2060rd, \uFEFFbom')).toBe('password, nojoin, word, bom');
  });

  it('turns control characters (terminal escapes start with one) into spaces, keeping tabs and newlines', () => {
    expect(removeInvisible('a\u001B]0;title\u0007b\tc\nd\u009Be')).toBe('a ]0;title b\tc\nd e');
  });
});
