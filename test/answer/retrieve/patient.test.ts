import { describe, expect, it } from 'vitest';
import { asksUndergoer, namesPerson, objectOf, onlyAsNoun, passiveSubjectOf, undergoerForms, underwentVerb, usesAsVerb } from '../../../src/answer/retrieve/patient.js';
import { termOf } from '../../../src/text/terms.js';
import { tokens } from '../../../src/text/tokenize.js';
import type { Span } from '../../../src/answer/retrieve/spans.js';

const forms = (...list: string[]): Set<string> => new Set(list.map((word) => termOf(word)!));
const spanOf = (sentence: string, text: string): Span => ({ text, start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length });
const wordsOf = (sentence: string) => tokens(sentence).map((token) => ({ term: termOf(token.raw.toLowerCase()), start: token.start, end: token.start + token.raw.length }));

describe('a passive question: who or what underwent the verb', () => {
  it('is asked with "be" right after "who" or "what", and not by "who called for Roe to be fired?"', () => {
    expect(asksUndergoer('who was elected?', 'elected')).toBe(true);
    expect(asksUndergoer('what has been stolen from the museum?', 'stolen')).toBe(true);
    expect(asksUndergoer('who called for Roe to be fired?', 'fired')).toBe(false);
    expect(asksUndergoer('what system is activated by it?', 'activated')).toBe(false);
    // The progressive is active: "who is investigating?" asks who investigates.
    expect(asksUndergoer('who is investigating?', 'investigating')).toBe(false);
  });

  it('is answered by the passive\'s subject, not by the end of its "of" phrase nor by the noun of the act', () => {
    const elected = 'Jane Roe of the Green Party has been elected mayor of Riverton.';
    expect(underwentVerb(elected, spanOf(elected, 'Jane Roe of the Green Party'), wordsOf(elected), forms('elect'))).toBe(true);
    const sentenced = "A former director of the Acme Children's Trust was sentenced to six years.";
    expect(underwentVerb(sentenced, spanOf(sentenced, 'Trust'), wordsOf(sentenced), forms('sentence'))).toBe(false);
    // The head of "a crate of plans for the new Acme depot were found": its "of" and "for" phrases stand between it and the verb.
    const crate = 'In May, a crate of plans for the new Acme depot were found in a skip.';
    expect(underwentVerb(crate, spanOf(crate, 'crate of plans'), wordsOf(crate), forms('find'))).toBe(true);
    expect(underwentVerb(crate, spanOf(crate, 'new Acme depot'), wordsOf(crate), forms('find'))).toBe(false);
    const turnout = 'Turnout was 46 percent, up from 38 percent at the last election.';
    expect(underwentVerb(turnout, spanOf(turnout, 'Turnout'), wordsOf(turnout), forms('elect', 'election'))).toBe(false);
  });

  it('is answered by the active verb\'s object: "police have arrested a 34-year-old man"', () => {
    const arrested = 'Police have arrested a 34-year-old man on suspicion of arson.';
    expect(underwentVerb(arrested, spanOf(arrested, 'a 34-year-old man'), wordsOf(arrested), forms('arrest'))).toBe(true);
    expect(underwentVerb(arrested, spanOf(arrested, 'Police'), wordsOf(arrested), forms('arrest'))).toBe(false);
  });

  it('never takes a possessive\'s owner as what the verb acted on: "advised Putin\'s aide"', () => {
    const advised = "Roe advised Doe's aide on the plan.";
    expect(underwentVerb(advised, spanOf(advised, 'Doe'), wordsOf(advised), forms('advise'))).toBe(false);
  });

  it('leaves the auxiliaries out of a passive\'s subject, and a light verb out of the forms: "took place" is no theft', () => {
    expect(passiveSubjectOf('The injured have been taken to hospital.', forms('take'))?.text).toBe('The injured');
    expect(undergoerForms([termOf('steal')!]).has(termOf('took')!)).toBe(false);
    expect(undergoerForms([termOf('steal')!]).has(termOf('theft')!)).toBe(true);
  });

  it('reads a verb form after a determiner as a noun: "another recording reviewed by Acme" records no one', () => {
    const source = 'Roe spoke by phone with Doe, according to another recording reviewed by Acme.';
    expect(underwentVerb(source, spanOf(source, 'Acme'), wordsOf(source), forms('record'))).toBe(false);
    expect(usesAsVerb(source, forms('record'))).toBe(false);
  });

  it('finds the object phrase after the verb, up to another preposition or verb form', () => {
    const stole = 'Thieves broke into the museum and stole a collection of 340 gold coins valued at €2 million.';
    expect(objectOf(stole, forms('steal'))?.text).toBe('a collection of 340 gold coins');
    expect(objectOf('Whoever took them cannot sell them.', forms('take'))).toBeUndefined();
  });

  it('finds the passive\'s subject, but not a negative one ("Nothing else was taken")', () => {
    expect(passiveSubjectOf('The cracks were discovered during a routine inspection.', forms('discover'))?.text).toBe('The cracks');
    expect(passiveSubjectOf('Nothing else was taken.', forms('take'))).toBeUndefined();
  });

  it('tells the verb from the noun of the act: "his sentence", "the theft"', () => {
    expect(onlyAsNoun('Roe will be eligible for release after serving half of his sentence.', forms('sentence'))).toBe(true);
    expect(onlyAsNoun('Roe was sentenced to six years.', forms('sentence'))).toBe(false);
    expect(onlyAsNoun('Roe was named the first pick.', forms('sentence'))).toBe(false);
    expect(usesAsVerb('The theft was discovered at 6:30 am.', forms('steal', 'theft'))).toBe(false);
  });

  it('takes a phrase for "who" only when its head noun is a person', () => {
    expect(namesPerson({ text: "A former director of the Acme Children's Trust", start: 0, end: 1 })).toBe(true);
    expect(namesPerson({ text: '23 passengers', start: 0, end: 1 })).toBe(true);
    expect(namesPerson({ text: 'a collection of gold coins', start: 0, end: 1 })).toBe(false);
  });
});
