import { alternation } from './lexicon.js';
import { withoutPossessive } from './terms.js';

/**
 * The one name finder. English writes a name as a run of capitalised words ("Jane Roe", "Acme
 * Corp"), at times joined by a lower-case word ("Bank of Ruritania", "Ludwig van Roe") or led by
 * a particle ("al-Rashid"). The pieces are pattern sources as well as functions, so a caller that
 * embeds a name in a bigger pattern (an attribution, "according to …") shares them, not a copy.
 */

/** A capital, then letters, combining marks, apostrophes ("O’Neill"), hyphens ("Roe-Smith") and `extra`. */
function nameWordOf(extra: string, repeat: '*' | '+'): string {
  return String.raw`\p{Lu}[\p{L}\p{M}'’${extra}-]${repeat}`;
}

const CAPITAL_FIRST = /^\p{Lu}/u;

/** Whether a word starts with a capital letter, as names do (and first words of sentences). */
export function isCapitalised(word: string): boolean {
  return CAPITAL_FIRST.test(word);
}

/** The key a name is filed and looked up by: lower case, without its possessive ("Roe's" → "roe"). */
export function nameKey(name: string): string {
  return withoutPossessive(name.toLowerCase());
}

/** A capitalised word: "Roe", "O’Neill", "Roe-Smith". */
export const NAME_WORD = nameWordOf('', '*');
/** A capitalised word with the full stops of initials and abbreviations: "J.", "St.", "U.S.". */
export const DOTTED_NAME_WORD = nameWordOf('.', '*');
/** A capitalised word that may also hold an ampersand, as company names do: "AT&T". */
export const NAME_TOKEN = nameWordOf('.&', '*');

/** A run of `min` to `max` (unbounded if left out) name words apart by white space, as a pattern source. */
export function nameRun(word: string, min = 1, max?: number): string {
  return String.raw`${word}(?:\s+${word}){${min - 1},${max === undefined ? '' : max - 1}}`;
}

const WORDS = new RegExp(NAME_WORD, 'gu');
const RUNS = new RegExp(nameRun(NAME_WORD), 'gu');
const PHRASES = new RegExp(nameRun(NAME_WORD, 2), 'gu');

/** Every capitalised word of a text, with its offset. */
export function capitalisedWords(text: string): RegExpExecArray[] {
  return [...text.matchAll(WORDS)];
}

/**
 * Every run of capitalised words in a text, each taken whole: "Jane Roe joined Acme Corp" has
 * "Jane Roe" and "Acme Corp". With `minWords` 2, a lone capitalised word is no run.
 */
export function capitalisedRuns(text: string, minWords: 1 | 2 = 1): RegExpExecArray[] {
  return [...text.matchAll(minWords === 1 ? RUNS : PHRASES)];
}

/** A whole token that is a capitalised word of two letters or more, "AT&T" and "U.S." included. */
const LONG_NAME_TOKEN = new RegExp(`^${nameWordOf('.&', '+')}$`, 'u');

/** Whether a whole token is a capitalised word of two or more letters: "Roe", "AT&T", "U.S.". */
export function isNameToken(token: string): boolean {
  return LONG_NAME_TOKEN.test(token);
}

/**
 * Words in lower case that join the parts of one name: "Bank of Ruritania", "Zora de Roe", "Ludwig
 * van Roe", "Roe & Doe". Not "and": "Roe and Doe" are two people.
 */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'de', 'da', 'von', 'van', 'for', '&']);

/** Whether a word (as written, lower case) joins two parts of one name. */
export function isNameJoiner(word: string): boolean {
  return NAME_JOINERS.has(word);
}

/** Particles in lower case hyphened to a capitalised name part: "al-Rashid", "bin-Roe", "abu-Doe". */
export const NAME_PARTICLES = ['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'abu', 'bin', 'ibn', 'ben', 'bint'] as const;
const PARTICLE_NAME = new RegExp(String.raw`^${alternation(NAME_PARTICLES)}-\p{Lu}\p{Ll}`, 'u');
/** A name word led by a particle ("al-Rashid"), as a pattern source. */
export const PARTICLE_NAME_WORD = String.raw`(?:${alternation(NAME_PARTICLES)})-${NAME_WORD}`;

/** Whether a lower-case token is a name led by a particle: "al-Rashid" (but not "as-yet"). */
export function isParticleName(token: string): boolean {
  return PARTICLE_NAME.test(token);
}

/**
 * Capitalised words that open a sentence or a clause and are never a name by themselves: articles,
 * pronouns, prepositions, conjunctions, sentence adverbs ("However", "Meanwhile"), honorifics.
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  `The A An He She It They We I In On At But And This That These Those However During After Before When
While As If His Her Their Its There Mr Mrs Ms Despite With Although Though Then Later Following
Since Under Over Until Upon Because For From By Of To Also Both Each Some Many Most Several Only
Even Still Meanwhile Instead Once Now Today Yesterday Another Such My Our Your Without Within Among
Against Through Throughout Unlike Like Next Finally Eventually Overall Including Additionally
Furthermore Moreover Nevertheless Previously Originally Currently Initially Subsequently Yet So Or
Nor All Neither Either Every No Not Few Other Two Three One Dr Here You Maybe About Around Nearly Almost More`.split(/\s+/),
);

/** Whether a capitalised word is capitalised by position only ("The", "However", "Despite"), as written. */
export function isSentenceOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word);
}
