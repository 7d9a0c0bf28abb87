import { describe, expect, it } from 'vitest';
import {
  isAuxiliary, isColourWord, isGroupNoun, isMoneyNoun, isOccupationNoun, isPersonNoun, isPlaceNoun, isProportionNoun,
  isQuantityNoun, isSettlementNoun, isStructureNoun, isTimeNoun, isTitle,
} from '../../src/text/lexicon.js';

describe('lexicon', () => {
  it('knows the auxiliary verbs, in any case', () => {
    expect(['Did', 'was', 'might', 'HAS'].every(isAuxiliary)).toBe(true);
    expect(isAuxiliary('played')).toBe(false);
  });

  it('knows titles written before names, with or without a full stop', () => {
    expect(isTitle('Sen.')).toBe(true);
    expect(isTitle('President')).toBe(true);
    expect(isTitle('Stadium')).toBe(false);
  });

  it('tells kinds of nouns apart through WordNet, with no list of roles or venues', () => {
    expect(['goalkeeper', 'nominee', 'ambassador'].every((word) => isPersonNoun(word))).toBe(true);
    expect(isPersonNoun('stadium')).toBe(false);
    expect(isGroupNoun('orchestra')).toBe(true);
    expect(isPlaceNoun('province')).toBe(true);
    expect(isStructureNoun('hotel')).toBe(true);
    expect(isGroupNoun('line')).toBe(false);
    expect(isStructureNoun('city')).toBe(false);
    expect(isSettlementNoun('village')).toBe(true);
    expect(isSettlementNoun('stadium')).toBe(false);
    expect(isTimeNoun('century')).toBe(true);
    expect(isColourWord('crimson')).toBe(true);
    expect(isColourWord('table')).toBe(false);
    expect(isMoneyNoun('salary')).toBe(true);
    expect(isProportionNoun('percentage')).toBe(true);
    expect(isQuantityNoun('count')).toBe(true);
    expect(isOccupationNoun('profession')).toBe(true);
  });
});
