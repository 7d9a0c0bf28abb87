import { termOf } from '../text/terms.js';
import type { Corpus } from './corpus.js';

/**
 * People and organisations named in the stories, with the descriptions the text gives them
 * ("the mayor's chief aide Jane Roe", "John Doe — a close adviser to the mayor —"), mined
 * from the text so a new story needs no hand-written aliases.
 */
export interface Entity {
  name: string;
  descriptions: { text: string; sentence: number }[];
  /** Index terms of the role nouns the text calls it by ("envoy", "aide"): "his envoy" may mean it. */
  roles: Set<string>;
}

export interface EntityIndex {
  /** Lower-case full names and unambiguous surnames to their entity. */
  byKey: Map<string, Entity>;
  all: Entity[];
}

// Every pattern starts at a word boundary (the lookbehind), or the regex engine would retry it
// from every letter of a long sentence: quadratic time on a large archive.
const START = String.raw`(?<![\p{L}\p{M}\p{N}'’-])`;
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
const NAME = String.raw`${CAP}(?:\s+${CAP}){1,3}`;
const POSSESSOR = String.raw`${START}(?:${CAP}\s+){0,2}[\p{L}\p{M}-]+['’]s`;
const DESCRIPTOR = String.raw`(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*`;

/** "the mayor's special envoy Jane Roe": possessor, descriptor words, name. */
const BEFORE_NAME = new RegExp(String.raw`(${POSSESSOR}\s+${DESCRIPTOR})\s+(${NAME})`, 'gu');
/** "John Doe — a close adviser to the mayor —" / "Jane Roe, the coach," */
const APPOSITIVE = new RegExp(String.raw`${START}(${NAME})\s*(?:—|–|,|\(|\s-\s)\s*((?:a|an|the)\s+[^—–,;.()]{3,90}?)\s*(?:—|–|,|;|\)|\.|$)`, 'gu');
/** "Jane Roe is a former coach" */
const COPULA = new RegExp(String.raw`${START}(${NAME})\s+(?:is|was)\s+((?:a|an|the)\s+[^,;.]{3,90})`, 'gu');
const RUNS = new RegExp(String.raw`${START}${CAP}(?:\s+${CAP})*`, 'gu');

const NOT_A_NAME_START = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'On', 'In', 'At', 'But', 'And', 'During', 'After', 'When', 'Mr', 'Mrs', 'Ms']);

function cleanName(name: string): string {
  const words = name.replace(/['’]s$/, '').split(/\s+/);
  while (words.length > 1 && NOT_A_NAME_START.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

const PREPOSITION = /^(?:to|of|on|in|for|at|with|from|by|and|who|which|that)$/;

/** The role noun of a description: the word before its first preposition, else its last word. */
export function roleNoun(description: string): string | undefined {
  const words = description.split(/\s+/).filter((word) => !/['’]s$/.test(word));
  const stop = words.findIndex((word) => PREPOSITION.test(word));
  const noun = stop > 0 ? words[stop - 1] : words.at(-1);
  return noun && /^\p{Ll}/u.test(noun) ? noun : undefined;
}

function describe(entity: Entity, description: string, sentence: number): void {
  entity.descriptions.push({ text: description.trim(), sentence });
  const role = roleNoun(description);
  const term = role ? termOf(role) : null;
  if (term) entity.roles.add(term);
}

export function mineEntities(corpus: Corpus): EntityIndex {
  const byName = new Map<string, Entity>();
  const entity = (raw: string): Entity => {
    const name = cleanName(raw);
    const key = name.toLowerCase();
    let found = byName.get(key);
    if (!found) byName.set(key, (found = { name, descriptions: [], roles: new Set() }));
    return found;
  };
  // Capitalised words seen on their own: only those can be a surname alias ("Roe said").
  const standalone = new Set<string>();
  for (const sentence of corpus.sentences) {
    const text = sentence.text;
    for (const match of text.matchAll(RUNS)) {
      const run = cleanName(match[0]);
      if (run.includes(' ')) entity(run);
      else if (match.index > 0) standalone.add(run.toLowerCase());
    }
    for (const match of text.matchAll(BEFORE_NAME)) {
      const [, description = '', name = ''] = match;
      describe(entity(name), description, sentence.id);
    }
    for (const pattern of [APPOSITIVE, COPULA]) {
      for (const match of text.matchAll(pattern)) {
        const [, name = '', description = ''] = match;
        describe(entity(name), description, sentence.id);
      }
    }
  }
  const all = [...byName.values()].filter((found) => found.name.includes(' '));
  const byKey = new Map<string, Entity>();
  const surnames = new Map<string, Entity[]>();
  for (const found of all) {
    byKey.set(found.name.toLowerCase(), found);
    const surname = found.name.split(' ').at(-1)?.toLowerCase() ?? '';
    surnames.set(surname, [...(surnames.get(surname) ?? []), found]);
  }
  // A surname is an alias only when one entity has it ("Roe" → "Jane Roe").
  for (const [surname, owners] of surnames) {
    if (owners.length === 1 && standalone.has(surname) && !byKey.has(surname)) byKey.set(surname, owners[0]!);
  }
  return { byKey, all };
}

/** The entity a phrase names, by full name or unambiguous surname, case-insensitively. */
export function findEntity(entities: EntityIndex, phrase: string): Entity | undefined {
  return entities.byKey.get(phrase.trim().toLowerCase().replace(/['’]s$/, ''));
}
