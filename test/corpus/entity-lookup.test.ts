import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { mineEntities } from '../../src/corpus/entities.js';
import { askedRole, findPerson, foldName, holderOf } from '../../src/corpus/entity-lookup.js';
import { parseStory } from '../../src/knowledge/parse.js';

const STORY = `---
title: Harbour fair
---
The harbour's mayor, Zofia Kędzior, opened the fair on Friday.

Zofia Brandt, a fisherman's daughter, sold smoked eel.

Per Halvorsen, treasurer of the Harbour Society, counted the takings.

Anna Halvorsen, the society's secretary, kept the minutes.
`;

const entities = () => mineEntities(buildCorpus([parseStory('fair.md', Buffer.from(STORY))]));

describe('finding the person a question means', () => {
  it('folds accents and case', () => {
    expect(foldName('Kędzior')).toBe('kedzior');
    expect(findPerson(entities(), 'zofia kedzior')?.name).toBe('Zofia Kędzior');
  });

  it('takes a first name or surname only when one person has it', () => {
    expect(findPerson(entities(), 'kedzior')?.name).toBe('Zofia Kędzior');
    expect(findPerson(entities(), 'per')?.name).toBe('Per Halvorsen');
    // Two Zofias, two Halvorsens: no guess.
    expect(findPerson(entities(), 'zofia')).toBeUndefined();
    expect(findPerson(entities(), 'halvorsen')).toBeUndefined();
  });

  it('reads the role a "who is the …" question asks about', () => {
    expect(askedRole('Who is the mayor?')).toBe('mayor');
    expect(askedRole("who's the society's secretary")).toBe("society's secretary");
    expect(askedRole('Who is Zofia?')).toBeUndefined();
  });

  it('names the one holder of a role, by its head and all its words', () => {
    expect(holderOf(entities(), 'mayor')?.entity.name).toBe('Zofia Kędzior');
    expect(holderOf(entities(), "society's secretary")?.entity.name).toBe('Anna Halvorsen');
    expect(holderOf(entities(), 'treasurer')?.entity.name).toBe('Per Halvorsen');
    expect(holderOf(entities(), "council's secretary")).toBeUndefined();
    expect(holderOf(entities(), 'daughter')?.entity.name).toBe('Zofia Brandt');
  });
});
