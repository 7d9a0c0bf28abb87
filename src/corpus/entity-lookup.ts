import { findEntity, type Entity, type EntityIndex } from './entities.js';
import { ARTICLE, isPersonNoun } from '../text/lexicon.js';
import { headOf } from './noun-phrase.js';
import { bareWord, isStopWord } from '../text/terms.js';

/**
 * Finding the person a "who is" question means when it does not write the name as the story
 * does: without accents, in lower case, by first name or surname alone, or by the role the story
 * gives them ("the mayor").
 */

/** In lower case, without accents: "Łucja Ńowak" → "lucja nowak". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function bareWords(text: string): string[] {
  return foldName(text)
    .split(/\s+/)
    .map(bareWord)
    .filter((word) => word.length > 0);
}

/** The one entity that `pick` selects, or none when no entity or several do. */
function onlyOne(entities: EntityIndex, pick: (entity: Entity) => boolean): Entity | undefined {
  const found = entities.all.filter(pick);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The entity a name means: as written, else without accents, else the one entity whose name ends
 * with it, else (one word) the one whose first name or surname it is ("jane" → Jane Roe).
 * Without `partial`, only the whole name matches.
 */
export function findPerson(entities: EntityIndex, phrase: string, partial = true): Entity | undefined {
  const exact = findEntity(entities, phrase);
  if (exact) return exact;
  const words = bareWords(phrase);
  if (words.length === 0) return undefined;
  const folded = words.join(' ');
  const byName = onlyOne(entities, (entity) => bareWords(entity.name).join(' ') === folded);
  if (byName || !partial) return byName;
  // "Suleiman al-Amr" as the tail of "General Suleiman al-Amr", a title the miner does not know.
  if (words.length > 1) return onlyOne(entities, (entity) => ` ${bareWords(entity.name).join(' ')}`.endsWith(` ${folded}`));
  return onlyOne(entities, (entity) => {
    const name = bareWords(entity.name);
    return name[0] === folded || name.at(-1) === folded;
  });
}

/** "Who is the mayor?", "who's the library's manager", "who is Roe's aide": the role asked about, without its article. */
const ROLE_QUESTION = new RegExp(String.raw`^who\s*(?:is|was|['’]s)\s+(?:${ARTICLE}\s+(.+?)|(\S+['’]s\s+.+?))[\s?.!]*$`, 'i');

/** "Who's prosecuting the case?": the -ing verb whose doer the question asks for. */
const DOER_QUESTION = /^who\s*(?:is|was|['’]s)\s+(\p{Ll}{3,}ing)\b/u;

/**
 * The roles a "who is" question asks about: "the mayor" as written, or the doer nouns of the verb
 * in "who's prosecuting …" ("prosecutor"), as far as WordNet knows them as kinds of person.
 */
export function askedRoles(question: string): string[] {
  const text = question.trim();
  const asked = ROLE_QUESTION.exec(text);
  const role = asked?.[1] ?? asked?.[2];
  if (role) return [role];
  const stem = DOER_QUESTION.exec(text.toLowerCase())?.[1]?.slice(0, -'ing'.length);
  if (!stem) return [];
  return [`${stem}or`, `${stem}er`].filter((noun) => isPersonNoun(noun));
}

/**
 * The one person the stories give a role: a description whose head is the role's last word and
 * which holds all its words ("mayor" → "the town's mayor"). None when no one or several have it.
 */
export function holderOf(entities: EntityIndex, role: string): { entity: Entity; description: Entity['descriptions'][number] } | undefined {
  const words = bareWords(role);
  const head = headOf(words.join(' '));
  if (!head) return undefined;
  const holders: { entity: Entity; description: Entity['descriptions'][number] }[] = [];
  for (const entity of entities.all) {
    const description = entity.descriptions.find((candidate) => {
      if (candidate.introduced || headOf(foldName(candidate.text)) !== head) return false;
      const own = new Set(bareWords(candidate.text));
      // "chief executive of Acme" is "Acme's chief executive": the "of" is no word of the role.
      return words.every((word) => own.has(word) || isStopWord(word));
    });
    if (description) holders.push({ entity, description });
  }
  return holders.length === 1 ? holders[0] : undefined;
}
