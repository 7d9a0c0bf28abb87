import { describe, expect, it } from 'vitest';
import { endsInPersonNoun, headOf, isNounPhrase, isPostNominal, isRolePhrase } from '../../src/corpus/noun-phrase.js';

describe('descriptions that say who someone is', () => {
  it('are noun phrases about a person or thing', () => {
    expect(isNounPhrase("the town's mayor")).toBe(true);
    expect(isNounPhrase('a close adviser to the mayor')).toBe(true);
    expect(isNounPhrase('a retired structural engineer')).toBe(true);
  });

  it('are not a clause the name cuts off: a verb form or a preposition at the end', () => {
    expect(isNounPhrase("the children's room named after")).toBe(false);
    expect(isNounPhrase("the council's decision angered")).toBe(false);
    expect(isNounPhrase('the man who')).toBe(false);
  });

  it('without an article, must be headed by a person noun: "editor at large at …", not "said that"', () => {
    expect(isRolePhrase('editor at large at the Saudi Gazette')).toBe(true);
    expect(isRolePhrase('treasurer of the Friends of the Library')).toBe(true);
    expect(isRolePhrase('said that the roof leaked')).toBe(false);
    expect(isRolePhrase('who taught at the school')).toBe(false);
    expect(isRolePhrase('tired and hungry')).toBe(false);
  });

  it('find the head before a post-modifier', () => {
    expect(headOf('editor at large at the Saudi Gazette')).toBe('editor');
    expect(headOf("the town's mayor")).toBe('mayor');
  });

  it('before a name and a comma, end in a person noun: "the Crown prosecutor", not "the morning"', () => {
    expect(endsInPersonNoun('the Crown prosecutor')).toBe(true);
    expect(endsInPersonNoun('the morning')).toBe(false);
  });

  it('take post-nominal letters as letters, not words', () => {
    expect(isPostNominal('SC')).toBe(true);
    expect(isPostNominal('QC')).toBe(true);
    expect(isPostNominal('said')).toBe(false);
    expect(isPostNominal('The')).toBe(false);
  });
});
