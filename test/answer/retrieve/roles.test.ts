import { describe, expect, it } from 'vitest';
import { isNamedPlace, isRoleOfAsked } from '../../../src/answer/retrieve/roles.js';
import { termsOf } from '../../../src/text/terms.js';

const spanOf = (sentence: string, text: string) => ({ text, start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length });

describe('roles around names', () => {
  it('where a person is from is a place, no one who did anything', () => {
    const sentence = 'Jane Roe, a retired teacher from Riverton, set out alone on Friday.';
    expect(isNamedPlace(sentence, spanOf(sentence, 'Riverton'))).toBe(true);
    expect(isNamedPlace(sentence, spanOf(sentence, 'Jane Roe'))).toBe(false);
    const town = 'She grew up in the fishing town of Quillon.';
    expect(isNamedPlace(town, spanOf(town, 'Quillon'))).toBe(true);
  });

  it('a role is the asked person\'s when it introduces her name or stands in apposition after it', () => {
    const sentence = 'Striker Tom Berg scored twice, and goalkeeper Jane Roe saved a penalty.';
    expect(isRoleOfAsked(sentence, spanOf(sentence, 'goalkeeper'), termsOf('Jane Roe'))).toBe(true);
    expect(isRoleOfAsked(sentence, spanOf(sentence, 'Striker'), termsOf('Jane Roe'))).toBe(false);
    const captain = 'The captain, Jane Roe, said the crew had done well.';
    expect(isRoleOfAsked(captain, spanOf(captain, 'captain'), termsOf('Jane Roe'))).toBe(true);
    const apposed = 'Jane Roe, the club\'s goalkeeper, saved a penalty.';
    expect(isRoleOfAsked(apposed, spanOf(apposed, 'goalkeeper'), termsOf('Roe'))).toBe(true);
  });
});
