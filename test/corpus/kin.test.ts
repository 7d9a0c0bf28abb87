import { describe, expect, it } from 'vitest';
import { kinRoles } from '../../src/corpus/kin.js';

const roles = (sentence: string): string[] => kinRoles(sentence).map(({ name, role }) => `${name}: ${role}`);

describe('kin a sentence states between named people', () => {
  it('"X and his wife Y": she is his wife, he her husband', () => {
    expect(roles('Tom Berg and his wife Jane Berg opened the bakery in 1998.')).toEqual(['Jane Berg: wife', 'Tom Berg: husband']);
  });

  it('"… their child" after the couple makes them its father and mother', () => {
    expect(roles('Tom Berg, 44, and his wife, Jane Berg, 41, are on trial over the death of their infant son.')).toEqual(
      expect.arrayContaining(['Tom Berg: father', 'Jane Berg: mother', 'Tom Berg: parent', 'Jane Berg: parent']),
    );
  });

  it('"her brother": the other is her brother, she his sister', () => {
    expect(roles('Anna Roe and her brother Karl Roe sold the farm.')).toEqual(['Karl Roe: brother', 'Anna Roe: sister']);
  });

  it('states no tie it does not read: two names joined by "and" alone are no kin', () => {
    expect(roles('Tom Berg and Jane Berg opened the bakery.')).toEqual([]);
  });
});
