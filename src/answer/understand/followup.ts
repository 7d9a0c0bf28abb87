import { alternation, FEMALE_PRONOUNS, MALE_PRONOUNS, PERSON_PRONOUNS, THING_PRONOUNS } from '../../text/lexicon.js';

const { subject, object, possessive } = PERSON_PRONOUNS;
/** What "more about …" may be about: the last answer ("it", "that") or its person ("her"). */
const ABOUT = alternation([...THING_PRONOUNS, ...object]);

/** Follow-up phrasings that refer to the previous answer rather than ask something new. */
export const FOLLOW_UP = {
  sources: /^(?:sources?|citations?|cite|references?|where (?:does it|did you read) (?:say )?(?:that|this)|proof|link)\s*[?.!]*$/i,
  more: new RegExp(String.raw`^(?:(?:tell me |say |give me )?more(?: about ${ABOUT})?|any ?more|anything more|go on|continue|what else|anything else|and\??|more details?|keep going)\s*[?.!]*$`, 'i'),
};
const anyOf = (words: readonly string[]): RegExp => new RegExp(`\\b${alternation(words)}\\b`, 'i');

/** A personal pronoun a question may use for the person the conversation is about. */
export const PERSON_PRONOUN = anyOf([...subject, ...object, ...possessive]);
const SUBJECT = anyOf(subject);
const OBJECT = anyOf(object);
/** "his", "their" before a noun: "her" is read as the object above, "hers" stands alone and stays. */
const POSSESSIVE = anyOf(possessive.filter((word) => !object.includes(word) && word !== 'hers'));

/** "they", "them", "their": the pronouns of a group, which a name of one person cannot stand for. */
const PLURAL = new Set(['they', 'them', 'their']);
const singular = (words: readonly string[]): string[] => words.filter((word) => !PLURAL.has(word));
const SINGULAR_SUBJECT = anyOf(singular(subject));
const SINGULAR_OBJECT = anyOf(singular(object));
const SINGULAR_POSSESSIVE = anyOf(singular(possessive).filter((word) => !object.includes(word) && word !== 'hers'));

/**
 * "Who did he speak to?" after a question about X → "Who did X speak to?". "they" stands for a
 * group ("the Rovers", a plural name), never for one person: "when will they decide?" after
 * "who's the governor?" asks about the officials the story says will decide.
 */
export function resolvePronouns(question: string, focus: string | undefined): string {
  if (!focus || !PERSON_PRONOUN.test(question)) return question;
  const group = /s$/i.test(focus);
  return question
    .replace(group ? SUBJECT : SINGULAR_SUBJECT, focus)
    .replace(group ? OBJECT : SINGULAR_OBJECT, focus)
    .replace(group ? POSSESSIVE : SINGULAR_POSSESSIVE, `${focus}'s`);
}

/** "he", "she" and their other cases: one person, whom a question cannot leave unnamed. */
const ONE_PERSON = anyOf([...MALE_PRONOUNS, ...FEMALE_PRONOUNS]);
/** What may come before a pronoun and be what it stands for: "the baby … she", "Roe … her". */
const ANTECEDENT = /\b(?:the|a|an|this|that|my|our|your)\s+\p{L}|(?<!^)\b\p{Lu}/u;

/**
 * The pronoun of one person that no name or description before it can stand for, `names` telling
 * whether a stretch of the question names someone: "what state was she in?" → "she", "what did
 * he tell yuri roe?" → "he"; "where was roe when he left?" → none. With nobody in focus, the
 * bot cannot know who is meant.
 */
export function pronounBeforeNames(question: string, names: (text: string) => boolean): string | undefined {
  const found = ONE_PERSON.exec(question);
  if (!found || ANTECEDENT.test(question.slice(0, found.index)) || names(question.slice(0, found.index))) return undefined;
  return found[0].toLowerCase();
}

/** Whether a person in focus is one the question does not name: "what did he tell Roe?" after a turn on Doe. */
export function focusUnnamed(question: string, focus: string): boolean {
  const surname = focus.split(/\s+/).at(-1)!.toLowerCase();
  return !question.toLowerCase().split(/[^\p{L}'’-]+/u).includes(surname);
}

