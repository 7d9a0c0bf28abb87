import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { nameKey } from '../../text/names.js';

/**
 * "how many votes did mason get?": a word typed in lower case that the stories write only with a
 * capital, and know as a name, is that name ("Mason"), though English has the word too ("mason").
 * `vocabulary` holds each story word as the stories show it: capitalised only if never lower.
 */
export function caseKnownNames(kb: KnowledgeBase, text: string, vocabulary: () => ReadonlyMap<string, number>): string {
  return text.replace(LOWER_WORD, (word) => {
    if (!kb.entities.byKey.has(nameKey(word))) return word;
    const shown = capitalise(word);
    return vocabulary().has(shown) ? shown : word;
  });
}

/** A word in lower case letters, with its apostrophes ("mason's"), as chat types names. */
const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*(?![\p{L}])/gu;

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
