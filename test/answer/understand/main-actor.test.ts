import { describe, expect, it } from 'vitest';
import { describedEntity, descriptionGender, fitsGender, genderIn, mainActor, mainPersonOf, pronounGender, resolveDescriptions } from '../../../src/answer/understand/main-actor.js';
import { buildKnowledgeBase } from '../../../src/knowledge-base/knowledge-base.js';
import { parseStory } from '../../../src/knowledge/parse.js';

const kbOf = (text: string) => buildKnowledgeBase([parseStory('s.md', Buffer.from(`---\ntitle: T\n---\n${text}`))]);

describe('the main actor of a story', () => {
  it('is the person named in the most sentences by a clear margin', () => {
    const kb = kbOf('Ada Stone, a potter from Vell, opened a shop. Customers say Stone sells bowls. Later, Stone hired Ben Hale. The shop is busy, Stone said.\n\nBen Hale agreed.');
    expect(mainActor(kb, 's')?.name).toBe('Ada Stone');
  });

  it('is nobody when two people are named about as often', () => {
    const kb = kbOf('Ada Stone met Ben Hale. Then Stone spoke. Then Hale spoke. Later, Stone left. Later, Hale stayed.');
    expect(mainActor(kb, 's')).toBeUndefined();
  });
});

describe('a description names the one entity with that role', () => {
  it('"the mayor" is the person titled Mayor, and nobody when two share the role', () => {
    const kb = kbOf('Mayor Jane Roe opened the bridge. Coach Sam Lee and Coach Kim Park cheered.');
    expect(describedEntity(kb, 'What did the mayor say?')?.name).toBe('Jane Roe');
    expect(describedEntity(kb, 'What did the coach say?')).toBeUndefined();
  });

  it('"the ceo" is the one the story calls its chief executive (WordNet: "chief executive officer"); "the pm" is no economy minister', () => {
    const kb = kbOf('Chief executive Anna Vask said the mill would close.\n\nThe regional economy minister, Karl Dunn, will visit on Friday.');
    expect(describedEntity(kb, 'what did the ceo say?')?.name).toBe('Anna Vask');
    expect(describedEntity(kb, 'what did the pm say?')).toBeUndefined();
    expect(resolveDescriptions(kb, 'what did the ceo say?', undefined)).toBe('what did Anna Vask say?');
  });

  it('"who is the ceo of Acme?" is kept whole as the question, for the answer to name whom it asks', () => {
    const kb = kbOf("Acme's chief executive, Anna Vask, said the mill would close.");
    expect(resolveDescriptions(kb, 'who is the ceo of Acme?', undefined)).toBe('who is the ceo of Acme?');
  });

  it('"the dad" and "the mother" are the parents a stated couple is to "their child"; "the parent" is neither', () => {
    const kb = kbOf('Tom Berg, 44, and his wife Jane Berg, 41, of Riverton, are on trial over the death of their six-month-old child.');
    expect(resolveDescriptions(kb, 'how old is the dad?', undefined)).toBe('how old is Tom Berg?');
    expect(resolveDescriptions(kb, 'how old is the mother?', undefined)).toBe('how old is Jane Berg?');
    expect(resolveDescriptions(kb, 'what did the husband say?', undefined)).toBe('what did Tom Berg say?');
    expect(describedEntity(kb, 'what did the parent say?')).toBeUndefined();
  });
});

describe('the pronouns a story uses for someone', () => {
  it('of a couple sharing a surname, are what the story says each is to the other, not the child’s "her"', () => {
    const kb = kbOf('Tom Berg, 44, and his wife Jane Berg, 41, are on trial over the death of their baby. Her skin broke. Her parents kept her home.\n\nThe Bergs gave her drops.');
    expect(genderIn(kb, 's', 'Tom Berg')).toBe('male');
    expect(genderIn(kb, 's', 'Jane Berg')).toBe('female');
  });

  it('are read in the narration, not in a quotation, and in the next sentence when it names no one', () => {
    const kb = kbOf('Tom Berg beat Ada Stone. Berg conceded nothing. "I wish her well," he said. He smiled.\n\nStone campaigned hard. In her speech she thanked voters.');
    expect(genderIn(kb, 's', 'Tom Berg')).toBe('male');
    expect(genderIn(kb, 's', 'Ada Stone')).toBe('female');
  });

  it('are counted in the sentences naming them, and a question’s "he" or "the woman" must fit', () => {
    const kb = kbOf('Ada Stone opened a shop. Stone said she was proud. Later, Stone sold her kiln.');
    expect(genderIn(kb, 's', 'Ada Stone')).toBe('female');
    expect(fitsGender('where is she from?', 'female')).toBe(true);
    expect(fitsGender('What did the man say?', 'female')).toBe(false);
    expect(fitsGender('where is he from?', undefined)).toBe(true);
    expect(fitsGender('what did the baker sell?', undefined)).toBe(true);
  });
});

describe('the person a story mostly calls "she" (or "he")', () => {
  const trial = 'Tom Berg and his wife Ann Berg are on trial over the death of their baby, Lina. She died in May.\n\nLina had been ill for months, and her skin broke. Doctors said Lina needed care, but she was kept at home.\n\nA nurse said Lina cried every night, and her parents knew it.';

  it('is the name its sentences give most among those the story calls by that pronoun, though no one is the main actor', () => {
    const kb = kbOf(trial);
    expect(mainActor(kb, 's')).toBeUndefined();
    expect(mainPersonOf(kb, 's', 'female')).toBe('Lina');
  });

  it('is never a place or a word for a nation’s people, whatever pronouns stand near them', () => {
    const kb = kbOf('Oslo was cold. She said Oslo was grey. In Oslo, she walked. Her coat was wet in Oslo.');
    expect(mainPersonOf(kb, 's', 'female')).toBeUndefined();
  });

  it('is asked for by the question’s own pronoun, not by the nouns around it ("his sister")', () => {
    expect(pronounGender('what did his sister beg him to do')).toBe('male');
    expect(pronounGender('what did she die from?')).toBe('female');
    expect(pronounGender('what did the parents say?')).toBeUndefined();
  });
});

describe('descriptions of a person', () => {
  it('"the woman" is the person in focus whom the story calls "she"; "the baby" is no product the story calls "it"', () => {
    const people = kbOf('Jane Roe won the bread prize. Roe said she was proud.');
    expect(resolveDescriptions(people, 'what did the woman say?', 'Jane Roe')).toBe('what did Jane Roe say?');
    const product = kbOf('Quillon Browser is ten years old. It has many flaws, and its makers want it gone.');
    expect(resolveDescriptions(product, 'when did they take the baby on a trip?', 'Quillon Browser')).toBe('when did they take the baby on a trip?');
  });

  it('a description says its gender by its noun, after at most one adjective: "the little girl", "the dad"', () => {
    expect(descriptionGender("what was the little girl's name?")).toBe('female');
    expect(descriptionGender('how old is the dad?')).toBe('male');
    expect(descriptionGender('what did the crane operator say?')).toBeUndefined();
  });
});
