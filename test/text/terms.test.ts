import { describe, expect, it } from 'vitest';
import { isPossessive, termOf, termsOf } from '../../src/text/terms.js';

describe('index terms: one term for the ways a word is written', () => {
  it('numbers written in words or figures meet: "eight" / "8"', () => {
    expect(termOf('eight')).toBe(termOf('8'));
  });

  it('ordinals written in words or figures meet: "fourth place" / "4th place", "21st" kept as written', () => {
    expect(termsOf('fourth place')).toEqual(termsOf('4th place'));
    expect(termOf('first')).toBe(termOf('1st'));
    expect(termOf('second')).toBe(termOf('2nd'));
    expect(termOf('third')).toBe(termOf('3rd'));
    expect(termOf('21st')).toBe('21st');
  });

  it('a short verb in -ie has one term in every form: "die" / "died" / "dies" / "dying", and "tie" / "tied"', () => {
    expect(new Set(['die', 'died', 'dies', 'dying'].map(termOf))).toEqual(new Set([termOf('die')]));
    expect(termOf('tied')).toBe(termOf('tie'));
    // Longer words in -ies keep their stem: "studies" is "study", not a verb in -ie.
    expect(termOf('studies')).toBe(termOf('study'));
  });

  it('British and American spellings of one word meet: "defence" / "defense", "organised" / "organized", "centres" / "centers"', () => {
    expect(termOf('defence')).toBe(termOf('defense'));
    expect(termOf('Colour')).toBe(termOf('color'));
    expect(termOf('organised')).toBe(termOf('organized'));
    expect(termOf('organisation')).toBe(termOf('organization'));
    expect(termOf('centres')).toBe(termOf('centers'));
    expect(termOf('travelled')).toBe(termOf('traveled'));
    expect(termOf('analysed')).toBe(termOf('analyzed'));
    expect(termOf('programme')).toBe(termOf('program'));
    // Two words that only look like a spelling pair stay apart.
    expect(termOf('tour')).not.toBe(termOf('tor'));
    expect(termOf('timbre')).not.toBe(termOf('timber'));
  });

  it('an irregular form meets its base in every form: "said" / "say" / "saying", "paid" / "pay", "left" / "leave"', () => {
    expect(new Set(['say', 'says', 'said', 'saying'].map(termOf))).toEqual(new Set([termOf('say')]));
    expect(termOf('paid')).toBe(termOf('pay'));
    expect(termOf('paying')).toBe(termOf('pay'));
    expect(termOf('left')).toBe(termOf('leave'));
    expect(termOf('became')).toBe(termOf('become'));
  });

  it('the irregular verbs of news reports meet their base: "broke down" / "break down", "sank" / "sink", "fled" / "flee", "sought" / "seek"', () => {
    expect(new Set(['break', 'broke', 'broken'].map(termOf))).toEqual(new Set([termOf('break')]));
    expect(new Set(['sink', 'sank', 'sunk'].map(termOf))).toEqual(new Set([termOf('sink')]));
    expect(termOf('fled')).toBe(termOf('flee'));
    expect(termOf('sought')).toBe(termOf('seek'));
    expect(termOf('withdrew')).toBe(termOf('withdraw'));
    // "a bit more" is no form of "bite".
    expect(termOf('bit')).not.toBe(termOf('bite'));
  });
});

describe('possessives', () => {
  it('reads "Roe\'s", "Roe’s" and a plural\'s straight apostrophe ("Acme Wings\'") as possessives, not a quotation\'s closing mark', () => {
    expect(['Roe\'s', 'Roe’s', 'Wings\''].map(isPossessive)).toEqual([true, true, true]);
    expect(['conditions’', 'Roe'].map(isPossessive)).toEqual([false, false]);
  });
});
