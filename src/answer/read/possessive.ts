import { alternation, isNoun, POSSESSIVE_DETERMINERS } from '../../text/lexicon.js';
import { isStopWord, termOf, withoutPossessive } from '../../text/terms.js';
import { words } from '../../text/tokenize.js';
import { PIPELINE_OPTIONS } from '../options.js';

/** "Acme's market share": who owns what, as the question puts it. */
export interface Possessive {
  owner: string;
  owned: string;
}

/** How far apart owner and owned may stand in a sentence and still be one phrase ("Roe's new deputy"). */
const OWNER_WINDOW = PIPELINE_OPTIONS.fitted.read.ownerWindow;
/** Words that give the thing after them another owner: "its market share", "their plan". */
const OWNING = new RegExp(`^${alternation(POSSESSIVE_DETERMINERS)}$|['’]s$`, 'i');

/**
 * The possessives a question asks about: "what's acme's market share?" asks for Acme's share,
 * the owned thing being the first noun after the possessive ("microsoft's new website" → website).
 */
export function possessivesOf(text: string): Possessive[] {
  const found: Possessive[] = [];
  // The owned words are looked ahead at, so "what's acme's share" still finds acme's.
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.'’-])([\p{L}\p{N}.-]+)['’]s\s+(?=((?:[\p{L}-]+\s*){1,3}))/gu)) {
    const owner = match[1] ?? '';
    const owned = (match[2] ?? '').trim().split(/\s+/).find((word) => /^\p{Ll}/u.test(word) && !isStopWord(word) && isNoun(word));
    if (owned && !isStopWord(owner)) found.push({ owner, owned });
  }
  return found;
}

/**
 * Whether a sentence may speak of the owner's thing: it names the owner shortly before it
 * ("Acme's … share", "Acme, whose share") or writes "share of Acme", opens on "its" after a
 * sentence (`before`, in the same paragraph) that names the owner, or at least gives the thing no
 * other owner ("its market share" in a sentence about a rival does not answer for Acme).
 */
export function relatesPossessive(sentence: string, possessive: Possessive, before = ''): boolean {
  const all = words(sentence);
  const terms = all.map((word) => termOf(withoutPossessive(word)));
  const owner = termOf(possessive.owner);
  const owned = termOf(possessive.owned);
  if (owner === null || owned === null) return true;
  const owneds = terms.flatMap((term, at) => (term === owned ? [at] : []));
  if (owneds.length === 0) return true;
  const near = owneds.some((at) => terms.slice(Math.max(0, at - OWNER_WINDOW), at).includes(owner) || (all[at + 1]?.toLowerCase() === 'of' && terms.slice(at + 2, at + 2 + OWNER_WINDOW).includes(owner)));
  if (near) return true;
  // "The mill opened in 1911 and at its peak …": "its" is the mill's when the mill stands before it with no other name between.
  if (owneds.some((at) => ownedByNamedBefore(all, terms, at, owner))) return true;
  // "Marrow employs 4,300 people. Its profits fell …": an opening "its" is the owner's the sentence before names.
  if (before && owneds.some((at) => openingDeterminer(all, at) || afterOpeningPronoun(all, at)) && words(before).some((word) => termOf(withoutPossessive(word)) === owner)) return true;
  const ownedByAnother = (at: number): boolean => all.slice(Math.max(0, at - 2), at).some((word) => OWNING.test(word));
  return !owneds.every(ownedByAnother);
}

/** Whether the thing at `at` follows a possessive determiner that opens the sentence ("Its profits …"). */
function openingDeterminer(all: readonly string[], at: number): boolean {
  return [at - 1, at - 2].some((index) => index === 0 && POSSESSIVE_DETERMINER.test(all[index]!));
}

/**
 * "Roe denied it. She and her lawyer …": in a sentence that opens on a personal pronoun and names
 * nobody before the thing, "her" is the pronoun's, whom the sentence before names.
 */
function afterOpeningPronoun(all: readonly string[], at: number): boolean {
  const determiner = [at - 1, at - 2].find((index) => index > 0 && POSSESSIVE_DETERMINER.test(all[index]!));
  if (determiner === undefined || !OPENING_PRONOUN.test(all[0] ?? '')) return false;
  return !all.slice(1, determiner).some((word) => /^\p{Lu}/u.test(word));
}

const OPENING_PRONOUN = /^(?:he|she|it|they)$/i;

/** Whether the thing at `at` follows "its"/"his"/"their" that the owner, named earlier in the sentence with no name between, stands for. */
function ownedByNamedBefore(all: readonly string[], terms: readonly (string | null)[], at: number, owner: string): boolean {
  const determiner = [at - 1, at - 2].find((index) => index >= 0 && POSSESSIVE_DETERMINER.test(all[index]!));
  if (determiner === undefined || determiner === 0) return false;
  const named = terms.lastIndexOf(owner, determiner - 1);
  return named >= 0 && !all.slice(named + 1, determiner).some((word) => /^\p{Lu}/u.test(word));
}

const POSSESSIVE_DETERMINER = new RegExp(`^${alternation(POSSESSIVE_DETERMINERS)}$`, 'i');
