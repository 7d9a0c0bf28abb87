import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { mineEntities } from '../../src/corpus/entities.js';
import { askedRoles, findPerson, foldName, holderOf } from '../../src/corpus/entity-lookup.js';
import { parseStory } from '../../src/knowledge/parse.js';

const STORY = `---
title: Harbour fair
---
The harbour's mayor, Zofia Kędzior, opened the fair on Friday.

Zofia Brandt, a fisherman's daughter, sold smoked eel.

Per Halvorsen, treasurer of the Harbour Society, counted the takings.

Anna Halvorsen, the society's secretary, kept the minutes.

Army chief General Omar al-Rashid inspected the boats.
`;

const entities = () => mineEntities(buildCorpus([parseStory('fair.md', Buffer.from(STORY))]));

describe('finding the person a question means', () => {
  it('folds accents and case', () => {
    expect(foldName('Kędzior')).toBe('kedzior');
    expect(findPerson(entities(), 'zofia kedzior')?.name).toBe('Zofia Kędzior');
  });

  it('finds a name by its tail when the story writes a title the miner keeps: "General Omar al-Rashid"', () => {
    expect(findPerson(entities(), 'omar al-rashid')?.name).toBe('General Omar al-Rashid');
  });

  it('takes a first name or surname only when one person has it', () => {
    expect(findPerson(entities(), 'kedzior')?.name).toBe('Zofia Kędzior');
    expect(findPerson(entities(), 'per')?.name).toBe('Per Halvorsen');
    // Two Zofias, two Halvorsens: no guess.
    expect(findPerson(entities(), 'zofia')).toBeUndefined();
    // Unless asked for a whole name only.
    expect(findPerson(entities(), 'per', false)).toBeUndefined();
    expect(findPerson(entities(), 'halvorsen')).toBeUndefined();
  });

  it('reads the role a "who is the …" question asks about', () => {
    expect(askedRoles('Who is the mayor?')).toEqual(['mayor']);
    expect(askedRoles("who's the society's secretary")).toEqual(["society's secretary"]);
    expect(askedRoles('Who is Zofia?')).toEqual([]);
    expect(askedRoles("who is Kędzior's deputy?")).toEqual(["Kędzior's deputy"]);
  });

  it('reads "who\'s prosecuting …" as asking for the prosecutor', () => {
    expect(askedRoles("who's prosecuting the case?")).toEqual(['prosecutor']);
    expect(askedRoles('who is managing the fair')).toEqual(['manager']);
    expect(askedRoles('who is going to win')).toEqual([]);
  });

  it('names the one holder of a role, by its head and all its words', () => {
    expect(holderOf(entities(), 'mayor')?.entity.name).toBe('Zofia Kędzior');
    expect(holderOf(entities(), "society's secretary")?.entity.name).toBe('Anna Halvorsen');
    expect(holderOf(entities(), 'treasurer')?.entity.name).toBe('Per Halvorsen');
    expect(holderOf(entities(), "council's secretary")).toBeUndefined();
    expect(holderOf(entities(), 'daughter')?.entity.name).toBe('Zofia Brandt');
  });
});
