import { describe, expect, it } from 'vitest';
import { inert } from '../../src/text/terminal.js';
import { CONTROL, HOSTILE } from '../support/escapes.js';

describe('inert', () => {
  it('shows every escape sequence a story tried as visible symbols, with no control character left', () => {
    for (const sequence of Object.values(HOSTILE)) {
      const shown = inert(`before ${sequence} after`);
      expect(shown).not.toMatch(CONTROL);
      expect(shown.startsWith('before ') && shown.endsWith(' after')).toBe(true);
    }
    expect(inert(HOSTILE.title)).toBe('␛]0;pwned␇');
    expect(inert(HOSTILE.clear)).toBe('␛[2J');
    expect(inert(HOSTILE.csi8bit)).toBe('\\x9B2J');
  });

  it('keeps newlines, tabs and ordinary text (accents, quotes, emoji) as they are', () => {
    const text = 'Café “quoted”\n\tnext line 🚀 – done';
    expect(inert(text)).toBe(text);
  });
});
