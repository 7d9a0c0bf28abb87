import { describe, expect, it } from 'vitest';
import { createEventDeduper } from '../../src/stores/memory-dedupe.js';

describe('createEventDeduper', () => {
  it('accepts an event id once within the TTL and again after it', () => {
    const dedupe = createEventDeduper({ ttlMs: 1_000 });
    expect(dedupe.firstSeen('Ev1', 0)).toBe(true);
    expect(dedupe.firstSeen('Ev1', 999)).toBe(false);
    expect(dedupe.firstSeen('Ev1', 1_001)).toBe(true);
  });

  it('stays bounded, forgetting the oldest first', () => {
    const dedupe = createEventDeduper({ ttlMs: 60_000, maxEntries: 3 });
    for (const id of ['a', 'b', 'c', 'd']) dedupe.firstSeen(id, 1);
    expect(dedupe.size).toBe(3);
    expect(dedupe.firstSeen('d', 2)).toBe(false);
    expect(dedupe.firstSeen('a', 2)).toBe(true);
  });

  it('sweeps expired ids as new ones arrive', () => {
    const dedupe = createEventDeduper({ ttlMs: 10 });
    for (let i = 0; i < 100; i += 1) dedupe.firstSeen(`Ev${i}`, i);
    expect(dedupe.size).toBeLessThanOrEqual(11);
  });
});
