import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { isGroupNoun, isOrganisationNoun, isPlaceNoun } from '../../text/lexicon.js';
import { nameKey } from '../../text/names.js';
import { entityByFirstName, entityBySurname } from '../../corpus/entities.js';

/**
 * "how many votes did mason get?": a word typed in lower case that the stories write only with a
 * capital, and know as a name, is that name ("Mason"), though English has the word too ("mason").
 * `vocabulary` holds each story word as the stories show it: capitalised only if never lower.
 */
export function caseKnownNames(kb: KnowledgeBase, text: string, vocabulary: () => ReadonlyMap<string, number>): string {
  return text.replace(LOWER_WORD, (word) => {
    if (!kb.entities.byKey.has(nameKey(word)) && !isOnlySurname(kb, word) && !isOnlyFirstName(kb, word)) return word;
    const shown = capitalise(word);
    return vocabulary().has(shown) ? shown : word;
  });
}

/** A word in lower case letters, with its apostrophes ("mason's"), as chat types names. */
const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*(?![\p{L}])/gu;

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** "who does roe blame?": the surname of one person of the stories ("Jane Roe"), though the stories never write it alone. */
function isOnlySurname(kb: KnowledgeBase, word: string): boolean {
  const owner = entityBySurname(kb.entities, word);
  // Only a person's: one the stories give a role ("spokesman"), and no word for a group or place ("Acme Wireless").
  return owner !== undefined && owner.roles.size > 0 && !isGroupNoun(word) && !isOrganisationNoun(word) && !isPlaceNoun(word);
}

/**
 * "how old is jane?": the first name of one person of the stories ("Jane Roe"). The stories
 * write it only with a capital (the caller checks), so no English word is taken for it.
 */
function isOnlyFirstName(kb: KnowledgeBase, word: string): boolean {
  const owner = entityByFirstName(kb.entities, word);
  if (owner === undefined) return false;
  const parts = owner.name.split(' ');
  const last = parts.at(-1) ?? '';
  // A person's name: two or three words, none a word for a group, place or numbered event ("Acme Cup 50").
  return parts.length <= 3 && !/\d/.test(owner.name) && !isGroupNoun(last) && !isOrganisationNoun(last) && !isPlaceNoun(last);
}
