import { describe, expect, it } from 'vitest';
import { changesBetween, describeChanges } from '../../src/knowledge/changes.js';
import type { FileEntry } from '../../src/knowledge/refresh.js';
import type { Story } from '../../src/knowledge/types.js';

const entry = (id: string): FileEntry => ({ story: { id, file: `${id}.md`, title: id, passages: [] } as Story, hash: id });

describe('what a reload changed', () => {
  it('names the files added, updated and removed, in that order', () => {
    const kept = entry('kept');
    const before = new Map([['kept.md', kept], ['bridge.md', entry('bridge')], ['old.md', entry('old')]]);
    const after = new Map([['kept.md', kept], ['bridge.md', entry('bridge')], ['millbrook-library.md', entry('millbrook-library')]]);
    expect(describeChanges(changesBetween(before, after))).toBe('added millbrook-library.md; updated bridge.md; removed old.md');
  });

  it('counts the rest once a list grows long (a deploy adds hundreds)', () => {
    const after = new Map(Array.from({ length: 8 }, (_, at) => [`s${at}.md`, entry(`s${at}`)] as const));
    expect(describeChanges(changesBetween(new Map(), after))).toBe('added s0.md, s1.md, s2.md, s3.md, s4.md and 3 more');
    expect(describeChanges(changesBetween(new Map(), new Map([...after].slice(0, 2))))).toBe('added s0.md and s1.md');
  });
});
