import { describe, expect, it } from 'vitest';
import {
  DOTTED_NAME_WORD, NAME_WORD, capitalisedRuns, capitalisedWords, isCapitalised, isNameJoiner, isNameToken, isParticleName, isSentenceOpener, nameKey, nameRun,
} from '../../src/text/names.js';

const texts = (matches: RegExpExecArray[]): string[] => matches.map((match) => match[0]);

describe('the name finder', () => {
  it('finds "Jane Roe" and "Acme Corp" as names in "Jane Roe joined Acme Corp"', () => {
    expect(texts(capitalisedRuns('Jane Roe joined Acme Corp on Monday.'))).toEqual(['Jane Roe', 'Acme Corp', 'Monday']);
  });

  it('takes only runs of two words or more as name phrases when asked', () => {
    expect(texts(capitalisedRuns('Roe met Jane Doe-Smith at the Harbour Arena', 2))).toEqual(['Jane Doe-Smith', 'Harbour Arena']);
  });

  it('keeps apostrophes, hyphens and accents inside a name word', () => {
    expect(texts(capitalisedWords('O’Neill and Roe-Smith met Zoë'))).toEqual(['O’Neill', 'Roe-Smith', 'Zoë']);
    const accented = 'Jose\u0301 Roe'; // an accent written as a combining mark
    expect(texts(capitalisedRuns(accented))).toEqual([accented]);
  });

  it('lets initials and abbreviations into a name only where a caller asks for them', () => {
    const dotted = new RegExp(nameRun(DOTTED_NAME_WORD, 1, 4), 'gu');
    expect('said J. Q. Roe'.match(dotted)).toEqual(['J. Q. Roe']);
    const plain = new RegExp(nameRun(NAME_WORD), 'gu');
    expect('said J. Q. Roe'.match(plain)).toEqual(['J', 'Q', 'Roe']);
  });

  it('caps a run at the most words a caller allows', () => {
    const upToTwo = new RegExp(nameRun(NAME_WORD, 1, 2), 'gu');
    expect('Jane Mary Ann Roe'.match(upToTwo)).toEqual(['Jane Mary', 'Ann Roe']);
  });

  it('reads "AT&T" and "U.S." as name tokens, but not a single capital or a lower-case word', () => {
    expect(['AT&T', 'U.S.', 'Roe'].every(isNameToken)).toBe(true);
    expect(['A', 'roe', '42nd'].some(isNameToken)).toBe(false);
  });

  it('joins name parts with "of", "van", "de" and "&", not with "and"', () => {
    expect(['of', 'van', 'de', '&'].every(isNameJoiner)).toBe(true);
    expect(isNameJoiner('and')).toBe(false);
  });

  it('lets al-Rashid style particles join a name, but not an ordinary hyphened word', () => {
    expect(isParticleName('al-Rashid')).toBe(true);
    expect(isParticleName('bin-Roe')).toBe(true);
    expect(isParticleName('as-yet')).toBe(false);
    expect(isParticleName('all-Star')).toBe(false);
  });
});

describe('name keys and capitals', () => {
  it('files "Roe\'s" and "ROE’S" under the same key as "Roe"', () => {
    expect(nameKey("Roe's")).toBe('roe');
    expect(nameKey('ROE’S')).toBe('roe');
    expect(isCapitalised('Élodie')).toBe(true);
    expect(isCapitalised('élodie')).toBe(false);
  });
});

describe('words capitalised by position', () => {
  it('knows "However", "Despite" and "Maybe" open sentences, and a name does not', () => {
    expect(['However', 'Despite', 'Maybe', 'The'].every(isSentenceOpener)).toBe(true);
    expect(['Roe', 'Acme', 'however'].some(isSentenceOpener)).toBe(false);
  });
});
