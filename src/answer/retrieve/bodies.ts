import { isAdjectiveWord, isNoun, isOrganisationKind, isVerbForm } from '../../text/lexicon.js';
import { STOP_WORDS } from '../../text/stopwords.js';
import type { Span } from './spans.js';

/**
 * "The national air accident board has opened an investigation": an organisation the story
 * describes rather than names answers "who?" as a name does, with at least one word saying which
 * ("the board" alone says nothing).
 */
export function describedBodies(sentence: string): Span[] {
  const out: Span[] = [];
  for (const match of sentence.matchAll(THE_THEN_WORDS)) {
    const words = [...match[1]!.matchAll(/\S+/g)];
    const from = match.index + match[0].length - match[1]!.length;
    // The first organisation noun after at least one modifier ends it ("the air accident board said"),
    // unless a noun follows it ("the local hospital staff").
    const at = words.findIndex((word, k) => k > 0 && /^\p{Ll}+$/u.test(word[0]) && isOrganisationKind(word[0]) && !continuesPhrase(words[k + 1]?.[0]));
    if (at < 0 || !words.slice(1, at).every((word) => isModifier(word[0]))) continue;
    const start = match.index;
    const end = from + words[at]!.index + words[at]![0].length;
    // "the technology company Acme" describes the name after it, which answers instead.
    if (/^\s+\p{Lu}/u.test(sentence.slice(end))) continue;
    out.push({ text: sentence.slice(start, end), start, end, phrase: true });
  }
  return out;
}

/** A word that may stand before a noun in a phrase: "national", "accident", not "said" or "the". */
function isModifier(word: string): boolean {
  return /^[\p{Ll}-]+$/u.test(word) && !STOP_WORDS.has(word) && !isVerbForm(word) && (isNoun(word) || isAdjectiveWord(word));
}

/** Whether a word goes on with the noun phrase before it: "hospital staff". */
function continuesPhrase(word: string | undefined): boolean {
  return word !== undefined && /^\p{Ll}+$/u.test(word) && !STOP_WORDS.has(word) && isNoun(word) && !isVerbForm(word);
}

/** "the" and up to five words of one phrase after it, the first of them possibly capitalised ("the Acme competition authority"). */
const THE_THEN_WORDS = /\b[Tt]he\s+((?:\p{Lu}[\p{L}'’-]*|[\p{Ll}-]+)(?:\s+[\p{Ll}-]+){0,4})/gu;
