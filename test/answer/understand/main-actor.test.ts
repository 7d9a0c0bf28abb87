import { describe, expect, it } from 'vitest';
import { describedEntity, fitsGender, genderIn, mainActor } from '../../../src/answer/understand/main-actor.js';
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
});

describe('the pronouns a story uses for someone', () => {
  it('are counted in the sentences naming them, and a question’s "he" or "the woman" must fit', () => {
    const kb = kbOf('Ada Stone opened a shop. Stone said she was proud. Later, Stone sold her kiln.');
    expect(genderIn(kb, 's', 'Ada Stone')).toBe('female');
    expect(fitsGender('where is she from?', 'female')).toBe(true);
    expect(fitsGender('What did the man say?', 'female')).toBe(false);
    expect(fitsGender('where is he from?', undefined)).toBe(true);
    expect(fitsGender('what did the baker sell?', undefined)).toBe(true);
  });
});
