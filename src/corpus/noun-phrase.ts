import { LEMMA } from '../text/lemmas.js';
import { isPersonNoun, isTitle } from '../text/lexicon.js';
import { bareWord, isPossessive, isStopWord } from '../text/terms.js';

/**
 * Tests on the words around a name that decide whether they say who the person is: a noun phrase
 * ("the town's mayor", "editor at large at the Gazette") is a description; a clause cut off by the
 * name ("the room named after") is not.
 */

/** Words that end a clause cut off by the name, or start a post-modifier ("editor at …"). */
const PREPOSITION = /^(?:about|after|against|at|before|by|for|from|in|into|of|on|over|to|under|with|without|and|or|but|who|which|that)$/;
/** A verb form by its ending: "named", "leading"; "-ly" is an adverb. */
const VERB_ENDING = /(?:ed|ing|ly)$/;
/** Post-nominal letters after a name and a comma ("Jane Roe, QC, said"): initials, not a word. */
/** Post-nominal letters, as a pattern source for callers that embed them ("Jane Roe, QC, said"). */
export const POST_NOMINAL_LETTERS = String.raw`(?:[A-Z]{2,4}|PhD|MBE|OBE|CBE|Jr|Sr)`;
const POST_NOMINAL = new RegExp(`^${POST_NOMINAL_LETTERS}$`);

function bare(word: string): string {
  return bareWord(word).toLowerCase();
}

/** The noun a description is about: the word before its first preposition, else its last word. */
export function headOf(description: string): string | undefined {
  const words = description.split(/\s+/).filter((word) => word.length > 0);
  const stop = words.findIndex((word, at) => at > 0 && PREPOSITION.test(word.toLowerCase()));
  const head = stop > 0 ? words[stop - 1] : words.at(-1);
  return head === undefined || isPossessive(head) ? undefined : bare(head);
}

/** Whether a word may be read as a verb form rather than a noun ("named", "hired", "told"). */
function verbLike(word: string): boolean {
  return LEMMA.has(word) || (VERB_ENDING.test(word) && !isPersonNoun(word));
}

/**
 * Whether a mined description reads as a noun phrase about the person: it does not end in a
 * preposition or stop word, and its head is no verb form ("the children's room named after").
 */
export function isNounPhrase(description: string): boolean {
  const words = description.split(/\s+/).filter((word) => word.length > 0);
  const last = words.at(-1);
  if (last === undefined || PREPOSITION.test(last.toLowerCase()) || isStopWord(bare(last))) return false;
  const head = headOf(description);
  return head !== undefined && head.length > 1 && !verbLike(head) && !isStopWord(head);
}

/** Whether a description with no article before it ("editor at large at …") is about a person's role. */
export function isRolePhrase(description: string): boolean {
  const first = bare(description.split(/\s+/)[0] ?? '');
  const head = headOf(description);
  if (!head || isStopWord(first) || verbLike(first)) return false;
  return isNounPhrase(description) && (isPersonNoun(head) || isTitle(head) || (OF_AFTER_HEAD.test(description) && isPersonNoun(head, Infinity)));
}

/** "head of products", "chair of the board": a noun before "of" is someone's post in any of its person senses. */
const OF_AFTER_HEAD = /^\S+\s+of\s/i;

/** Whether a token after a name and a comma is post-nominal letters ("SC", "QC", "PhD"). */
export function isPostNominal(token: string): boolean {
  return POST_NOMINAL.test(token);
}

/** "then-girlfriend", "ex-wife": the noun of a hyphened word is the part after the hyphen. */
export function compoundHead(word: string): string {
  return word.replace(/^.*-(?=\p{L}{3,}$)/u, '');
}

/** Whether a role before a name ("the town's mayor", "the chief prosecutor") ends in a person noun. */
export function endsInPersonNoun(description: string): boolean {
  const last = compoundHead(bare(description.split(/\s+/).at(-1) ?? ''));
  return last.length > 1 && (isPersonNoun(last) || isTitle(last)) && !verbLike(last);
}
