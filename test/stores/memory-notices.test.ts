import { describe, expect, it } from 'vitest';
import { createNoticeLedger } from '../../src/stores/memory-notices.js';

describe('createNoticeLedger', () => {
  it('tells a user once per announced wait, then again once it is over', () => {
    const ledger = createNoticeLedger();
    expect(ledger.due('T:U1', 5_000, 0)).toBe(true);
    expect([1, 100, 4_999].map((now) => ledger.due('T:U1', 5_000, now))).toEqual([false, false, false]);
    expect(ledger.due('T:U2', 5_000, 10)).toBe(true);
    expect(ledger.due('T:U1', 5_000, 5_000)).toBe(true);
  });

  it('stays bounded, forgetting the oldest first', () => {
    const ledger = createNoticeLedger(3);
    for (const key of ['a', 'b', 'c', 'd']) ledger.due(key, 60_000, 1);
    expect(ledger.size).toBe(3);
    expect(ledger.due('d', 60_000, 2)).toBe(false);
    expect(ledger.due('a', 60_000, 2)).toBe(true);
  });
});
