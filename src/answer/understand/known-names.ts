import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { isGroupNoun, isOrganisationNoun, isPlaceNoun } from '../../text/lexicon.js';
import { nameKey } from '../../text/names.js';

/**
 * "how many votes did mason get?": a word typed in lower case that the stories write only with a
 * capital, and know as a name, is that name ("Mason"), though English has the word too ("mason").
 * `vocabulary` holds each story word as the stories show it: capitalised only if never lower.
 */
export function caseKnownNames(kb: KnowledgeBase, text: string, vocabulary: () => ReadonlyMap<string, number>): string {
  return text.replace(LOWER_WORD, (word) => {
    if (!kb.entities.byKey.has(nameKey(word)) && !isOnlySurname(kb, nameKey(word))) return word;
    const shown = capitalise(word);
    return vocabulary().has(shown) ? shown : word;
  });
}

/** A word in lower case letters, with its apostrophes ("mason's"), as chat types names. */
const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*(?![\p{L}])/gu;

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** "who does moss blame?": the surname of one person of the stories ("Daniel Moss"), though the stories never write it alone. */
function isOnlySurname(kb: KnowledgeBase, key: string): boolean {
  let counts = SURNAMES.get(kb.entities);
  if (!counts) {
    counts = new Map();
    for (const entity of kb.entities.all) {
      const last = entity.name.split(' ').at(-1) ?? '';
      // Only a person's surname: one the stories give a role ("spokesman"), and no word for a group or place ("Acme Wireless", "Zorb Company").
      if (entity.roles.size === 0 || isGroupNoun(last) || isOrganisationNoun(last) || isPlaceNoun(last)) continue;
      const surname = nameKey(last);
      counts.set(surname, (counts.get(surname) ?? 0) + 1);
    }
    SURNAMES.set(kb.entities, counts);
  }
  return counts.get(key) === 1;
}

/** How many people of the stories have each surname, counted once per knowledge base. */
const SURNAMES = new WeakMap<object, Map<string, number>>();
