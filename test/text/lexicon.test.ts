import { describe, expect, it } from 'vitest';
import {
  isPersonOrPeopleName,
  isPlaceOrPeopleName,
  namesAnotherKind,
  alternation, ARTICLE, DETERMINERS, THING_PRONOUNS, literal, FEMALE_PRONOUNS, MALE_PRONOUNS, PERSON_PRONOUNS, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS, THIRD_PERSON, wordOf,
  isAuxiliary, isColourWord, isGroupNoun, isMoneyNoun, isOccupationNoun, isPersonNoun, isPlaceNoun, isProportionNoun, isRateNoun,
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
    // WordNet files "minutes" (of a meeting) as a noun of its own; it is still the unit's plural.
    expect(isTimeNoun('minutes')).toBe(true);
    expect(isColourWord('crimson')).toBe(true);
    expect(isColourWord('table')).toBe(false);
    expect(isMoneyNoun('salary')).toBe(true);
    expect(isProportionNoun('percentage')).toBe(true);
    // "what was its market share?" asks a percentage: WordNet gives "share" the synonym "percentage".
    expect(isProportionNoun('share')).toBe(true);
    expect(isProportionNoun('part')).toBe(false);
    // "what street was it on?" asks for a place; "what is the jobless rate?" for no date.
    expect(isPlaceNoun('street')).toBe(true);
    expect(isTimeNoun('rate')).toBe(false);
    expect(isRateNoun('mph')).toBe(true);
    expect(isQuantityNoun('count')).toBe(true);
    expect(isOccupationNoun('profession')).toBe(true);
  });

  it('keeps the pronouns by case, so "he", "him" and "his" all stand for the person named before', () => {
    expect(PERSON_PRONOUNS.subject).toEqual(['he', 'she', 'they']);
    expect(PERSON_PRONOUNS.object).toContain('him');
    expect(PERSON_PRONOUNS.possessive).toContain('his');
    // "it" is a pronoun, but never a person's.
    expect(SUBJECT_PRONOUNS).toContain('it');
    expect(Object.values(PERSON_PRONOUNS).flat()).not.toContain('it');
    expect(THIRD_PERSON.has('their')).toBe(true);
    expect(THIRD_PERSON.has('our')).toBe(false);
    expect(MALE_PRONOUNS).toContain('himself');
    expect(FEMALE_PRONOUNS).toContain('hers');
    // "more about that" is about the last answer, not a person.
    expect(THING_PRONOUNS).toEqual(['it', 'this', 'that']);
  });

  it('reads a determiner as an article, a possessive or a demonstrative', () => {
    const determiner = wordOf(DETERMINERS);
    expect(['The', 'their', 'these', 'an'].every((word) => determiner.test(word))).toBe(true);
    expect(determiner.test('theirs')).toBe(false);
    expect(POSSESSIVE_DETERMINERS).toContain('its');
  });

  it('matches a whole word of a class, in any case unless told otherwise', () => {
    expect(wordOf(SUBJECT_PRONOUNS).test('They')).toBe(true);
    expect(wordOf(SUBJECT_PRONOUNS, '').test('They')).toBe(false);
    expect(wordOf(SUBJECT_PRONOUNS).test('there')).toBe(false);
    expect(alternation(['a', 'an', 'an'])).toBe('(?:an|a)');
  });

  it('embeds an article or a piece of text as written in a bigger pattern', () => {
    expect(new RegExp(`^${ARTICLE}\\s`, 'i').test('An envoy')).toBe(true);
    expect(new RegExp(`^${ARTICLE}\\s`, 'i').test('Another envoy')).toBe(false);
    expect(new RegExp(literal('J. Roe (Acme)')).test('said J. Roe (Acme) today')).toBe(true);
    expect(new RegExp(literal('J. Roe')).test('said JX Roe')).toBe(false);
  });
});

describe('lexicon: the kind of a name, by WordNet', () => {
  it('a place, a group or a nation’s people is no person’s name; a person or a people is no place’s', () => {
    for (const name of ['Oslo', 'New Oslo', 'Polish']) expect(isPlaceOrPeopleName(name), name).toBe(true);
    expect(isPlaceOrPeopleName('Tom Berg')).toBe(false);
    for (const name of ['Abraham Lincoln', 'Polish']) expect(isPersonOrPeopleName(name), name).toBe(true);
    expect(isPersonOrPeopleName('Oslo')).toBe(false);
    expect(isPersonOrPeopleName('Quillon')).toBe(false);
  });

  it('a name WordNet knows is of another kind than a noun it shares no class with: "Oslo" is no hospital, but may be a city or stand for a team', () => {
    expect(namesAnotherKind('Oslo', 'hospital')).toBe(true);
    expect(namesAnotherKind('Oslo', 'city')).toBe(false);
    expect(namesAnotherKind('Oslo', 'team')).toBe(false);
    expect(namesAnotherKind('Quillon', 'hospital')).toBe(false);
  });
});
