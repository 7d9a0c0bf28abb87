import { describe, expect, it } from 'vitest';
import { antonymsOf, baseForm, derivedFormsOf, isKindOf, kindsOf, leadsTo, primaryClass, senseClasses, synonymsOf } from '../../src/text/wordnet.js';

describe('WordNet', () => {
  it('knows which verbs bring another about: killing, or murdering, is a kind of causing to die; following is not', () => {
    expect(leadsTo('killed', 'die')).toBe(true);
    expect(leadsTo('murdered', 'die')).toBe(true);
    expect(leadsTo('drowned', 'die')).toBe(true);
    expect(leadsTo('followed', 'die')).toBe(false);
    expect(leadsTo('nonsenseword', 'die')).toBe(false);
  });

  it('lists the kinds of a noun\'s commonest sense, one level down, only where it has few', () => {
    expect(kindsOf('plane', 1, 40)).toEqual(expect.arrayContaining(['jet', 'airliner']));
    expect(kindsOf('person', 1, 40)).toEqual([]);
    expect(kindsOf('plane', 1, 40, 'noun.act')).toEqual([]);
  });

  it('gives the class of a noun’s most frequent sense', () => {
    expect(primaryClass('stadium')).toBe('noun.artifact');
    expect(primaryClass('city')).toBe('noun.location');
    expect(primaryClass('senator')).toBe('noun.person');
    expect(primaryClass('decade')).toBe('noun.time');
  });

  it('lists every sense’s class, most frequent first, and nothing for an unknown word', () => {
    expect(senseClasses('city')).toEqual(['noun.location', 'noun.location', 'noun.group']);
    expect(senseClasses('qzxv')).toEqual([]);
    expect(senseClasses('')).toEqual([]);
  });

  it('finds the base form of inflected words by WordNet’s detachment rules', () => {
    expect(baseForm('cities')).toBe('city');
    expect(baseForm('rated', 'verb')).toBe('rate');
    expect(baseForm('running', 'verb')).toBe('run');
    expect(baseForm('Prime Minister')).toBe('prime minister');
    expect(baseForm('qzxvs')).toBeUndefined();
  });

  it('walks hypernyms: a city is a location, turquoise a colour, a stadium no person', () => {
    expect(isKindOf('city', 'location')).toBe(true);
    expect(isKindOf('turquoise', 'color')).toBe(true);
    expect(isKindOf('stadium', 'person')).toBe(false);
  });

  it('gives synonyms from the leading senses and antonyms from lexical pointers', () => {
    expect(synonymsOf('buy', 'verb', 1)).toContain('purchase');
    expect(synonymsOf('buy', 'verb', 1)).not.toContain('buy');
    expect(antonymsOf('win', 'verb')).toContain('lose');
    expect(antonymsOf('increase', 'verb')).toContain('decrease');
    expect(antonymsOf('good')).toContain('bad');
  });

  it('gives a satellite adjective its head’s opposite: "packed" (like "crowded") → "uncrowded"', () => {
    expect(antonymsOf('packed')).toContain('uncrowded');
  });

  it('gives a comparative or superlative its base’s opposite in the same degree: "lowest" → "highest", "larger" → "smaller"', () => {
    expect(antonymsOf('lowest')).toContain('highest');
    expect(antonymsOf('larger')).toContain('smaller');
    expect(antonymsOf('water')).toEqual([]);
  });

  it('gives the forms derived from a word’s senses: "die" → "death", "injure" → "injury"', () => {
    expect(derivedFormsOf('die', 'verb', 1)).toContain('death');
    expect(derivedFormsOf('injure', 'verb', 2)).toContain('injury');
    expect(derivedFormsOf('qzxv', 'verb')).toEqual([]);
  });
});
