import { describe, expect, it } from 'vitest';
import { paraphrasesByTerm, paraphraseTerms } from '../../src/text/paraphrase.js';
import { termOf } from '../../src/text/terms.js';
import { PIPELINE_OPTIONS } from '../../src/answer/options.js';

const SENSES = PIPELINE_OPTIONS.fitted.retrieve.paraphraseSenses;

const term = (word: string): string => termOf(word)!;

describe('paraphrases: the words a story may use for a question’s word', () => {
  it('finds WordNet synonyms of the commonest senses: "injured" / "wounded", "bought" / "purchased"', () => {
    expect(paraphraseTerms('injured', SENSES)).toContain(term('wounding'));
    expect(paraphraseTerms('bought', SENSES)).toContain(term('purchased'));
  });

  it('a kind of a made thing stands for it ("plane" / "jet", "boat" / "ferry"), a kind of an act or a group does not', () => {
    expect(paraphraseTerms('plane', SENSES)).toContain(term('jet'));
    expect(paraphraseTerms('boat', SENSES)).toContain(term('ferry'));
    expect(paraphraseTerms('strike', SENSES)).not.toContain(term('walkout'));
    expect(paraphraseTerms('department', SENSES)).not.toContain(term('treasury'));
  });

  it('grades a superlative\'s synonyms alike: "biggest" / "largest", "bigger" / "larger"', () => {
    expect(paraphraseTerms('biggest', SENSES)).toContain(term('largest'));
    expect(paraphraseTerms('bigger', SENSES)).toContain(term('larger'));
    expect(paraphraseTerms('largest', SENSES)).toContain(term('biggest'));
  });

  it('paraphrases a word used as a verb by its verb senses only: "did the bridge close?" is no "last" (the close of day)', () => {
    expect(paraphraseTerms('close', SENSES)).toContain(term('last'));
    expect(paraphraseTerms('close', SENSES, 'verb')).not.toContain(term('last'));
    expect(paraphraseTerms('close', SENSES, 'verb')).toContain(term('shut'));
  });

  it('paraphrases a word after an article or a possessive by its noun senses only: "the pictures" are no "see"', () => {
    expect(paraphraseTerms('pictures', SENSES)).toContain(term('see'));
    expect(paraphrasesByTerm('what did the pictures show?', SENSES).get(term('pictures')!) ?? new Set()).not.toContain(term('see'));
    expect(paraphrasesByTerm('when did the bridge close?', SENSES, 'close').get(term('close'))).not.toContain(term('last'));
  });

  it('reads a past form after "was" as the verb, and never as its "-able" adjective: "was elected" is not "eligible"', () => {
    expect(paraphrasesByTerm('who was elected?', SENSES).get(term('elected')) ?? new Set()).not.toContain(term('eligible'));
    expect(paraphraseTerms('elected', SENSES, 'verb')).not.toContain(term('eligible'));
  });

  it('finds derived forms: "died" / "death"', () => {
    expect(paraphraseTerms('died', SENSES)).toContain(term('death'));
  });

  it('keeps the hand-kept looser groups: "speak" / "told", "hurt" / "injured"', () => {
    expect(paraphraseTerms('speak', SENSES)).toContain(term('tell'));
    expect(paraphraseTerms('hurt', SENSES)).toContain(term('injured'));
  });

  it('gives nothing for stop words, figures and light verbs whose synonyms would match anything', () => {
    expect(paraphraseTerms('the', SENSES).size).toBe(0);
    expect(paraphraseTerms('2024', SENSES).size).toBe(0);
    expect(paraphraseTerms('made', SENSES).size).toBe(0);
    expect(paraphraseTerms('get', SENSES).size).toBe(0);
  });

  it('never gives a word as its own paraphrase, and leaves multi-word phrases out ("take place")', () => {
    const occur = paraphraseTerms('occur', SENSES);
    expect(occur.size).toBeGreaterThan(0);
    expect(occur).not.toContain(term('occur'));
    for (const found of occur) expect(found).not.toMatch(/\s/);
  });

  it('reads a phrasal verb whole: "come down" may be written "fall", "hand over" "deliver"', () => {
    expect(paraphrasesByTerm('where exactly did it come down?', SENSES).get(term('come'))).toContain(term('fall'));
    expect(paraphrasesByTerm('who did she hand it over to?', SENSES).get(term('hand'))).toContain(term('deliver'));
    // "come" alone is too light to paraphrase, and "came" is read as the verb it is.
    expect(paraphrasesByTerm('where did they come from?', SENSES).has(term('come'))).toBe(false);
    expect(paraphrasesByTerm('the tower came down', SENSES).get(term('came'))).toContain(term('descend'));
  });

  it('maps each term of a question to its paraphrases', () => {
    const found = paraphrasesByTerm('How many people were injured?', SENSES);
    expect(found.get(term('injured'))).toContain(term('wounded'));
    expect(found.has(term('how'))).toBe(false);
  });
});
