import { describe, expect, it } from 'vitest';
import { synonymsOf } from '../../src/text/synonyms.js';
import { termOf } from '../../src/text/terms.js';

const near = (a: string, b: string): boolean => synonymsOf(termOf(a)!).has(termOf(b)!);

describe('the hand-kept groups of words a question may use for the story’s', () => {
  it('"security holes" and "flaws" are the story’s "vulnerabilities"', () => {
    expect(near('holes', 'vulnerabilities')).toBe(true);
    expect(near('flaws', 'vulnerabilities')).toBe(true);
  });

  it('"begged him" is the story’s "pleaded with him"', () => {
    expect(near('beg', 'pleaded')).toBe(true);
  });

  it('keeps groups apart: a flaw is no plea', () => {
    expect(near('flaw', 'plead')).toBe(false);
  });
});
