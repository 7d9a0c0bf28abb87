import { describe, expect, it } from 'vitest';
import { datesOtherEvent } from '../../../src/answer/retrieve/date-rules.js';
import { termOf } from '../../../src/text/terms.js';
import { tokens } from '../../../src/text/tokenize.js';

const wordsOf = (text: string) => tokens(text).map((token) => ({ term: termOf(token.raw), start: token.start, end: token.start + token.raw.length }));
const spanOf = (text: string, part: string) => ({ text: part, start: text.indexOf(part), end: text.indexOf(part) + part.length });
const shut = { verbForms: new Set([termOf('shut')!]), speechVerb: false, questionTerms: new Set([termOf('shut')!]) };

describe('a date of another event than the asked one', () => {
  const sentence = 'Acme announced on Tuesday that it will shut down Zorbnet, the app it launched in 2019, on June 30.';

  it('is the saying\'s ("announced on Tuesday") or an aside\'s ("the app it launched in 2019"), never the asked verb\'s ("June 30")', () => {
    expect(datesOtherEvent('when will Acme shut Zorbnet?', sentence, wordsOf(sentence), spanOf(sentence, 'on Tuesday'), shut)).toBe(true);
    expect(datesOtherEvent('when will Acme shut Zorbnet?', sentence, wordsOf(sentence), spanOf(sentence, '2019'), shut)).toBe(true);
    expect(datesOtherEvent('when will Acme shut Zorbnet?', sentence, wordsOf(sentence), spanOf(sentence, 'June 30'), shut)).toBe(false);
  });

  it('is the first clause\'s, for a question whose words are only in a clause joined after it with a time of its own ("two days later")', () => {
    const told = 'It found the leak on May 9 and informed the regulator two days later.';
    const asked = (...words: string[]) => ({ verbForms: undefined, speechVerb: true, questionTerms: new Set(words.map((word) => termOf(word)!)) });
    expect(datesOtherEvent('when was the regulator told?', told, wordsOf(told), spanOf(told, 'May 9'), asked('regulator'))).toBe(true);
    expect(datesOtherEvent('when was the leak found?', told, wordsOf(told), spanOf(told, 'May 9'), asked('leak', 'found'))).toBe(false);
  });

  it('is the sentencing\'s, for an act the sentence names only as what someone was sentenced for', () => {
    const jailed = 'A court on Thursday sentenced Tom Berg to six years for taking bribes.';
    const take = { verbForms: new Set([termOf('take')!, termOf('taking')!]), speechVerb: false, questionTerms: new Set([termOf('take')!, termOf('bribes')!]) };
    expect(datesOtherEvent('when did he take the bribes?', jailed, wordsOf(jailed), spanOf(jailed, 'on Thursday'), take)).toBe(true);
    const engine = 'The engine was used in 1712 for pumping water from a mine.';
    const pump = { verbForms: new Set([termOf('pump')!, termOf('pumping')!]), speechVerb: false, questionTerms: new Set([termOf('pump')!]) };
    expect(datesOtherEvent('when did the engine pump water?', engine, wordsOf(engine), spanOf(engine, '1712'), pump)).toBe(false);
  });

  it('is a future date for a past question: "when did …?" over "will face … on May 16"', () => {
    const final = 'Riverton will face Zorbco United in the final on May 16.';
    const none = { verbForms: undefined, speechVerb: undefined, questionTerms: new Set<string>() };
    expect(datesOtherEvent('when did Riverton reach the final?', final, wordsOf(final), spanOf(final, 'May 16'), none)).toBe(true);
    expect(datesOtherEvent('when is the final?', final, wordsOf(final), spanOf(final, 'May 16'), none)).toBe(false);
  });
});
