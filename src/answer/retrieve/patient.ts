import { DETERMINERS, isPastForm, isPersonHead, isVerbForm, isVerbWord, LIGHT_VERBS, OBJECT_PRONOUNS, PREPOSITIONS, wordOf } from '../../text/lexicon.js';
import { synonymsOf as closeSynonyms } from '../../text/synonyms.js';
import { termOf, termsOf } from '../../text/terms.js';
import { tokens, type Token } from '../../text/tokenize.js';
import { wordRange, type WordAt } from './figures.js';
import type { Span } from './spans.js';

/**
 * Whether a span is what underwent the question's verb, for a passive question ("who was
 * elected?", "what was stolen?"): the subject of the verb's passive ("Jane Roe has been elected
 * mayor") or the object of its active ("thieves stole a box of rings"). A sentence that has
 * the verb only as a noun ("the last election", "the theft was discovered") says nothing of who
 * or what underwent it.
 */
export function underwentVerb(sentence: string, span: Span, words: readonly WordAt[], forms: ReadonlySet<string>): boolean {
  const [first, last] = wordRange(words, span);
  // "advised Doe's aide": the owner is not what the verb acted on.
  if (POSSESSIVE_AFTER.test(sentence.slice(span.end))) return false;
  const subject = !OF_BEFORE.test(sentence.slice(Math.max(0, span.start - 8), span.start)) && passiveSubject(sentence, words, last, forms);
  return subject || activeObject(sentence, words, first, forms);
}

/** Words that may stand between a passive's subject and its verb: "has been", "was later", "had been formally". */
const PASSIVE_AUXILIARY: ReadonlySet<string> = new Set(termsOf('is are was were be been being has have had will would got get gets also later formally officially finally'));
const BE: ReadonlySet<string> = new Set(termsOf('is are was were be been being got get gets'));
/** A clause break between the span and the verb makes the verb another clause's. */
const CLAUSE_BREAK = /[,;:—–()]/;

const POSSESSIVE_AFTER = /^['’]s?\b/;

/** "Of the Acme Trust was sentenced": the end of an "of" phrase is not the subject, its head noun is. */
const OF_BEFORE = /(?:\b(?:of|for|from|with)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+)?|['’]s\s+)$/iu;

const rawOf = (sentence: string, word: WordAt): string => sentence.slice(word.start, word.end);

function passiveSubject(sentence: string, words: readonly WordAt[], last: number, forms: ReadonlySet<string>): boolean {
  let sawBe = false;
  // "a bundle of blueprints for a new headquarters … were found": the head's own "of"/"for" phrases stand before its verb.
  const from = postmodifiersEnd(sentence, words, last);
  for (let at = from + 1; at <= from + 4 && at < words.length; at++) {
    const word = words[at]!;
    if (CLAUSE_BREAK.test(sentence.slice(words[at - 1]!.end, word.start))) return false;
    if (word.term !== null && forms.has(word.term)) return sawBe && isPastForm(rawOf(sentence, word));
    if (word.term === null || !PASSIVE_AUXILIARY.has(word.term)) return false;
    sawBe ||= BE.has(word.term);
  }
  return false;
}

/** Prepositions that open a phrase after a noun, saying more of it: "blueprints for a new headquarters", "a man with a dog". */
const POSTMODIFIER: ReadonlySet<string> = new Set(termsOf('of for from with'));
/** At most this many words of such phrases after a subject's head. */
const POSTMODIFIER_REACH = 10;

/** The last word of the "of"/"for" phrases right after `last` (no clause break, no verb form among them), or `last` itself. */
function postmodifiersEnd(sentence: string, words: readonly WordAt[], last: number): number {
  if (!POSTMODIFIER.has(words[last + 1]?.term ?? '')) return last;
  let end = last;
  for (let at = last + 1; at <= last + POSTMODIFIER_REACH && at < words.length; at++) {
    const word = words[at]!;
    if (CLAUSE_BREAK.test(sentence.slice(words[at - 1]!.end, word.start)) || isVerbForm(rawOf(sentence, word)) || (word.term !== null && PASSIVE_AUXILIARY.has(word.term))) break;
    end = at;
  }
  return end;
}

/** At most this many words (an article, a figure, adjectives) between an active verb and the span it acts on. */
const OBJECT_REACH = 4;

function activeObject(sentence: string, words: readonly WordAt[], first: number, forms: ReadonlySet<string>): boolean {
  for (let at = first - 1; at >= Math.max(0, first - 1 - OBJECT_REACH); at--) {
    const word = words[at]!;
    if (CLAUSE_BREAK.test(sentence.slice(word.end, words[at + 1]!.start))) return false;
    if (word.term !== null && forms.has(word.term)) {
      const before = words[at - 1];
      return isVerbWord(rawOf(sentence, word)) && !BE.has(before?.term ?? '') && !(before && NOUN_BEFORE.test(rawOf(sentence, before)));
    }
  }
  return false;
}

/** A determiner or quantifier before a verb's form makes it a noun: "his sentence", "another recording". */
const NOUN_BEFORE = wordOf([...DETERMINERS, 'another', 'each', 'every', 'any', 'some', 'no']);

/** Whether a sentence uses the verb as a verb ("was sentenced", "stole"), not as the noun of the act ("his sentence", "the theft"). */
export function usesAsVerb(sentence: string, forms: ReadonlySet<string>): boolean {
  return usesOf(sentence, forms).some((use) => use.verb);
}

/**
 * Whether a sentence has the verb only as the noun of the act ("his sentence", "the theft", "the
 * last election"): it says nothing of who or what underwent it. One that says the act in other
 * words ("the first pick") is not held to this.
 */
export function onlyAsNoun(sentence: string, forms: ReadonlySet<string>): boolean {
  const uses = usesOf(sentence, forms);
  return uses.length > 0 && uses.every((use) => !use.verb);
}

function usesOf(sentence: string, forms: ReadonlySet<string>): { verb: boolean }[] {
  const list = tokens(sentence);
  return list
    .map((token, at) => ({ token, at, term: termOf(token.raw.toLowerCase()) }))
    .filter(({ term }) => term !== null && forms.has(term))
    .map(({ token, at }) => ({ verb: isVerbWord(token.raw) && !NOUN_BEFORE.test(list[at - 1]?.raw ?? '') }));
}

/** Words that end a noun phrase: other prepositions than "of", conjunctions, relative words. */
const PHRASE_END = wordOf([...PREPOSITIONS.filter((word) => word !== 'of'), 'and', 'or', 'but', 'that', 'which', 'who', 'whose', 'while', 'as', 'than', 'because', 'after', 'before']);
/** The longest object phrase taken: "a box of 60 silver rings". */
const PHRASE_WORDS = 8;

/**
 * For "what was stolen?": the noun phrase after the verb's active use ("stole a box of 60 silver
 * rings worth …" → "a box of 60 silver rings"), or undefined. It ends at a clause
 * break, another preposition, a conjunction or another verb form.
 */
export function objectOf(sentence: string, forms: ReadonlySet<string>): Span | undefined {
  const list = tokens(sentence);
  const at = list.findIndex((token, index) => forms.has(termOf(token.raw.toLowerCase()) ?? '') && isVerbWord(token.raw) && !NOUN_BEFORE.test(list[index - 1]?.raw ?? '') && !BE_WORD.test(list[index - 1]?.raw ?? ''));
  if (at < 0) return undefined;
  let end = at;
  for (let next = at + 1; next < list.length && next - at <= PHRASE_WORDS; next++) {
    const token = list[next]!;
    if (/[,;:—–()."“”]/.test(sentence.slice(endOf(list[next - 1]!), token.start)) || PHRASE_END.test(token.raw) || (next > at + 1 && isVerbForm(token.raw) && !/^\p{Lu}/u.test(token.raw))) break;
    end = next;
  }
  if (end === at || PHRASE_END.test(list[at + 1]!.raw) || OBJECT_PRONOUN.test(list[at + 1]!.raw)) return undefined;
  // "of" cannot end the phrase: "a box of" says nothing.
  while (end > at && /^of$/i.test(list[end]!.raw)) end--;
  const start = list[at + 1]!.start;
  return { text: sentence.slice(start, endOf(list[end]!)), start, end: endOf(list[end]!), phrase: true };
}

/** "took them": a pronoun object names nothing the reader can use. */
const OBJECT_PRONOUN = wordOf([...OBJECT_PRONOUNS, 'it', 'this', 'that', 'these', 'those']);

/**
 * For "what was discovered?": the noun phrase before the verb's passive ("The cracks were
 * discovered during …" → "The cracks"), back to the clause's start; undefined when there is none
 * or it is a negative ("Nothing else was taken" says what was not).
 */
export function passiveSubjectOf(sentence: string, forms: ReadonlySet<string>): Span | undefined {
  const list = tokens(sentence);
  const at = list.findIndex((token, index) => index > 1 && forms.has(termOf(token.raw.toLowerCase()) ?? '') && isPastForm(token.raw) && BE_WORD.test(list[index - 1]!.raw));
  if (at < 0) return undefined;
  // "the dead have been taken": the auxiliaries before the participle are no part of the subject.
  let last = at - 2;
  while (last > 0 && PASSIVE_AUXILIARY.has(termOf(list[last]!.raw.toLowerCase()) ?? '')) last--;
  let first = last;
  while (first > 0 && last - first < PHRASE_WORDS && !/[,;:—–()"“”]/.test(sentence.slice(endOf(list[first - 1]!), list[first]!.start)) && !PHRASE_END.test(list[first - 1]!.raw)) first--;
  if (NEGATIVE.test(list[first]!.raw) || OBJECT_PRONOUN.test(list[first]!.raw) || SUBJECT_PRONOUN.test(list[first]!.raw)) return undefined;
  const start = list[first]!.start;
  return { text: sentence.slice(start, endOf(list[last]!)), start, end: endOf(list[last]!), phrase: true };
}

const NEGATIVE = /^(?:nothing|no|none|nobody|neither)$/i;
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you|who|which|what)$/i;
const endOf = (token: Token): number => token.start + token.raw.length;
const BE_WORD = wordOf(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'got', 'get', 'gets']);

/**
 * Whether a question asks who or what underwent its verb, the "be" form right after "who" or
 * "what" ("who was elected?", "what has been stolen?"): "who called for Roe to be fired?" asks who
 * called, and "what system is activated …?" names what it asks about.
 */
export function asksUndergoer(text: string, verb: string): boolean {
  const match = UNDERGOER_QUESTION.exec(text);
  // "Who is investigating?" is the progressive: its subject does the verb.
  return match !== null && match[1]!.toLowerCase() === verb.toLowerCase() && !/ing$/i.test(verb);
}

const UNDERGOER_QUESTION = /^\s*(?:who|what)\s+(?:(?:has|have|had|will|would|could|may|might|must|should)\s+)?(?:be|been|was|were|is|are|got|get|gets)\s+(?:been\s+)?(?:\p{L}+ly\s+)?(\p{L}+)/iu;

/** "A former director of the Acme Trust", "12 passengers", "a 40-year-old man": a phrase whose head noun is a person. */
export function namesPerson(phrase: Span): boolean {
  const head = phrase.text.split(/\s+of\s+/i)[0]!.split(/\s+/).at(-1) ?? '';
  return /^\p{Ll}/u.test(head) && isPersonHead(head);
}

/**
 * The verb's forms a sentence must use to say who or what underwent it: its own and the hand-kept
 * close synonyms ("injure" / "hurt"), not WordNet's rarer senses ("arrest" / "stop", so "users
 * stop using the old app" says nobody was arrested).
 */
export function undergoerForms(own: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const term of own) {
    out.add(term);
    // A light verb of the group says too much else: "took place" is no theft.
    for (const close of closeSynonyms(term)) if (!LIGHT_TERMS.has(close)) out.add(close);
  }
  return out;
}

const LIGHT_TERMS: ReadonlySet<string> = new Set([...LIGHT_VERBS, 'took', 'taken', 'made', 'gave', 'given', 'got', 'gotten'].map((word) => termOf(word) ?? word));
