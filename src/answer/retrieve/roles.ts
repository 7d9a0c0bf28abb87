import { isAdjectiveWord, isAuxiliary, isCollectiveNoun, isGroupNoun, isNoun, isPersonNoun, isPlaceNoun, isTitle, isVerbForm } from '../../text/lexicon.js';
import { DOTTED_NAME_WORD } from '../../text/names.js';
import { baseForm, isKindOf, synonymsOf } from '../../text/wordnet.js';
import { isStopWord, termsOf } from '../../text/terms.js';
import { ATTRIBUTION_VERBS } from '../../corpus/claims.js';

/**
 * Roles around names, by WordNet's classes rather than lists of positions and titles: which
 * words are roles, whether a role introduces a name or a name modifies a role, and role spans.
 */

/** A stretch of a sentence: a name span, a role span. */
export interface Range {
  text: string;
  start: number;
  end: number;
}

/** The word right after a span (past a possessive) and the word right before it. */
const WORD_AFTER = /^(?:['’]s?)?\s{1,3}([\p{Ll}][\p{Ll}-]*)/u;
const WORDS_BEFORE = /(?:([\p{Ll}][\p{Ll}-]*)\s)?([\p{Ll}][\p{Ll}-]*)\s{1,3}$/u;

/**
 * -1 when the name modifies a role or a group after it ("Festival Prize nominee", "Zorbia Radio analyst",
 * "the Rovers defence"), 1 when a role introduces it ("nominee Jane Roe"), else 0. What counts
 * as a role is WordNet's: a noun whose leading sense is a kind of person.
 */
export function roleContext(sentence: string, span: Range): number {
  const after = WORD_AFTER.exec(sentence.slice(span.end, span.end + 24))?.[1];
  if (after && !isVerbForm(after) && (isPersonNoun(after) || isGroupNoun(after) || isCollectiveNoun(after))) return -1;
  // A noun right before a name stands in apposition ("nominee Jane Roe"), so any of its senses
  // may be the role; a compound ("tight end") is looked up whole.
  const before = WORDS_BEFORE.exec(sentence.slice(Math.max(0, span.start - 32), span.start));
  if (before?.[2] && isRoleBefore(before[1], before[2])) return 1;
  return 0;
}

/** A word that opens a noun phrase before a name used as a modifier: "the", "its", "60-year-old". */
const PHRASE_OPENER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|[\p{L}\d]+-[\p{L}-]+)$/u;

/**
 * Whether a name only modifies a thing after it: "the 60-year-old Brenvar Tarn dam", "the Roe
 * case", "a sensitive Acme document" (a noun phrase opened before the name, a common noun after it that is no person, group
 * or verb). A possessive ("the Rovers' coach") owns what follows and is left alone. Such a name
 * is no one's: "who found the cracks?" is not answered by "Brenvar Tarn".
 */
export function modifiesThing(sentence: string, span: Range): boolean {
  const rest = sentence.slice(span.end, span.end + 24);
  const [, after, next] = /^\s{1,3}([\p{Ll}][\p{Ll}-]*)(?:\s+(\p{Ll}+))?/u.exec(rest) ?? [];
  if (!after || isStopWord(after) || !isNoun(after) || isVerbForm(after)) return false;
  // "The Riverton Post first reported …": an adverb before the verb, no noun the name modifies.
  if (next !== undefined && isVerbForm(next) && baseForm(after, 'adverb') !== undefined) return false;
  // "Acme says", and "the Rovers beat Oslo": a verb after its subject, not a noun the name modifies.
  const verb = baseForm(after, 'verb');
  if (verb !== undefined && (verb !== after || /s$/.test(span.text))) return false;
  if (isPersonNoun(after) || isGroupNoun(after) || isCollectiveNoun(after)) return false;
  const [, earlier, before] = /(?:([\p{L}\d-]+)\s+)?([\p{L}\d-]+)\s+$/u.exec(sentence.slice(Math.max(0, span.start - 48), span.start)) ?? [];
  if (before === undefined) return false;
  if (PHRASE_OPENER.test(before.toLowerCase())) return true;
  // "a sensitive Acme document": an adjective may stand between the opener and the name.
  return earlier !== undefined && /^\p{Ll}/u.test(before) && isAdjectiveWord(before) && PHRASE_OPENER.test(earlier.toLowerCase());
}

const ALL_SENSES = Infinity;

/** A role noun (or two-word compound) that may stand before a name as its description. */
function isRoleBefore(first: string | undefined, last: string): boolean {
  return isPersonNoun(last, ALL_SENSES) || (first !== undefined && isPersonNoun(`${first} ${last}`));
}


const BY_AGENT = /\bby\s+(?:the\s+|a\s+|an\s+)?(?:(?:([\p{Ll}][\p{Ll}-]*)\s+)?([\p{Ll}][\p{Ll}-]*)\s+)?$/u;

/** Whether "by" introduces the span, directly, through an article or through a role: "tackled by (safety) Jane Roe", "funded by the Acme Trust". */
export function isAgentOfPassive(sentence: string, span: Range): boolean {
  const match = BY_AGENT.exec(sentence.slice(Math.max(0, span.start - 40), span.start));
  if (!match) return false;
  const [, first, last] = match;
  return last === undefined || isRoleBefore(first, last);
}

const LEXICAL_WORD = /[\p{L}][\p{L}-]*/gu;

/**
 * Words (or two-word WordNet compounds: "navy blue", "finance minister", "running back") that pass
 * a WordNet test, as spans; a compound is preferred to its last word alone.
 */
export function lexicalSpans(sentence: string, test: (word: string) => boolean): Range[] {
  const out: Range[] = [];
  let previous: { text: string; start: number; end: number } | undefined;
  for (const match of sentence.matchAll(LEXICAL_WORD)) {
    const word = { text: match[0], start: match.index, end: match.index + match[0].length };
    const joined = previous && /^[\s-]$/.test(sentence.slice(previous.end, word.start)) ? sentence.slice(previous.start, word.end) : undefined;
    const compound = joined && /^\p{Ll}/u.test(joined) && isNoun(joined) && test(joined);
    if (compound && previous) {
      if (out.at(-1)?.start === previous.start) out.pop();
      out.push({ text: joined, start: previous.start, end: word.end });
    } else if (lowerOrTitle(sentence, word) && test(word.text.toLowerCase())) out.push({ ...word });
    previous = word;
  }
  return out;
}

/** Text that ends in a capitalised word: the word after it continues a name. */
const NAME_BEFORE = new RegExp(String.raw`${DOTTED_NAME_WORD}\s+$`, 'u');

/**
 * A lower-case word, or a capitalised one that opens the sentence or stands as a title before a
 * name ("Linebacker Jane Roe"); not a word inside a name ("Jan van Roe").
 */
function lowerOrTitle(sentence: string, word: { text: string; start: number; end: number }): boolean {
  if (/^\p{Ll}/u.test(word.text)) return true;
  const before = sentence.slice(0, word.start);
  return !NAME_BEFORE.test(before) && (before.trim() === '' || /^\s+\p{Lu}/u.test(sentence.slice(word.end)));
}

/**
 * A role, rank or position: a singular common noun WordNet counts as a kind of person
 * ("linebacker", "finance minister"), not a word for anyone at all ("individual", "person").
 */
export function isRoleWord(word: string): boolean {
  return isPersonNoun(word) && !isAuxiliary(word) && baseForm(word) === word && !ANYONE().has(word);
}

/** WordNet's own words for a person in general ("individual", "someone"): no role. Read on first use. */
let anyone: ReadonlySet<string> | undefined;
const ANYONE = (): ReadonlySet<string> => (anyone ??= new Set(['person', ...synonymsOf('person', 'noun', 1)]));

/** A person's name carries no figure: "Zorbian Cup XLVII" is not "Cup XLVII" titled "Zorbian". */
const NUMBERED = /\d|^[IVXLCDM]+$/;

/** "Linebacker Jane Roe" opening a sentence: a title or a role noun, then a name with no figure. */
export function isLeadingRole(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  if (words.slice(1).some((word) => NUMBERED.test(word))) return false;
  return isTitle(first) || isRoleWord(first.toLowerCase());
}


/** A name's words as the sentence's speaker: "Jane Roe said …", "Jane Roe, 51, told …", "… said Jane Roe". */
const SPEAKS_AFTER = new RegExp(`^(?:,[^,]{1,40},|,)?\\s+(?:${ATTRIBUTION_VERBS})\\b`, 'i');
const SPEAKS_BEFORE = new RegExp(`\\b(?:${ATTRIBUTION_VERBS}|according\\s+to)\\s+(?:[\\p{Ll}-]+\\s+){0,3}$`, 'iu');

/**
 * Whether the span is who speaks in the sentence: "Mayor Tom Berg said the council would ask
 * Riverton for the money" names who said it, not who will pay.
 */
export function isSpeakerIn(sentence: string, span: Range): boolean {
  return SPEAKS_AFTER.test(sentence.slice(span.end)) || SPEAKS_BEFORE.test(sentence.slice(Math.max(0, span.start - 60), span.start));
}

/** "mayor of Riverton", "director of the Acme Fund": a leader's post and what it is over. */
const POST_OF = /\b(\p{Ll}+)\s+of\s+(?:the\s+)?$/u;

/**
 * Whether the span is what someone leads ("elected mayor of Riverton"): the place or body a post
 * is over, never the person who holds it. Kin ("the daughter of Jane Roe") is no post.
 */
export function isDomainOfPost(sentence: string, span: Range): boolean {
  const post = POST_OF.exec(sentence.slice(Math.max(0, span.start - 40), span.start))?.[1];
  return post !== undefined && ['leader', 'administrator', 'head'].some((kind) => isKindOf(post, kind, 'noun', 2));
}

/** Whether the span is a place by the noun before its "of": "the fishing town of Quillon" names no one. */
export function isNamedPlace(sentence: string, span: Range): boolean {
  const before = sentence.slice(Math.max(0, span.start - 40), span.start);
  const kind = POST_OF.exec(before)?.[1];
  // "a retired teacher from Riverton": where a person is from is a place (or a body), no one else.
  const person = PERSON_FROM.exec(before)?.[1];
  return (kind !== undefined && isPlaceNoun(kind)) || (person !== undefined && isPersonNoun(person));
}

/** "teacher from ", "a woman from the ": a person noun, then "from" before a name. */
const PERSON_FROM = /\b(\p{Ll}+)\s+from\s+(?:the\s+)?$/u;

/** Capitalised words (a name, maybe with a title) right after a role, or set off by a comma: "linebacker Jane Roe", "the captain, Jane Roe,". */
const NAME_AFTER = /^,?\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)/u;
/** A name, then a comma and at most a determiner and three words before the role: "Jane Roe, the club's goalkeeper". */
const NAME_THEN_ROLE = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){0,3}$/u;

/**
 * Whether a role is one of the asked person's: "what position does Roe play?" over "striker Tom
 * Berg scored, and midfielder Jane Roe added a third" is the role that introduces Roe, or stands
 * in apposition after her, never another player's. `names` are the question's name terms.
 */
export function isRoleOfAsked(sentence: string, span: Range, names: readonly string[]): boolean {
  const after = NAME_AFTER.exec(sentence.slice(span.end))?.[1];
  const before = NAME_THEN_ROLE.exec(sentence.slice(Math.max(0, span.start - 80), span.start))?.[1];
  return [after, before].some((name) => name !== undefined && termsOf(name).some((term) => names.includes(term)));
}
