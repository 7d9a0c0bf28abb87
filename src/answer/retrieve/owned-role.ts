import { storyOfSentence, type Sentence } from '../../corpus/corpus.js';
import { compoundHead, headOf } from '../../corpus/noun-phrase.js';
import { findPerson, foldName } from '../../corpus/entity-lookup.js';
import { findEntity, type Entity } from '../../corpus/entities.js';
import { genderIn } from '../understand/main-actor.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { CHIEF_ADJECTIVES, isPersonNoun, literal, rolePhrases } from '../../text/lexicon.js';
import { words } from '../../text/tokenize.js';
import { termOf } from '../../text/terms.js';
import { isCalendarWord } from '../../text/values.js';
import { baseForm, isKindOf, synonymsOf } from '../../text/wordnet.js';
import { describedBodies } from './bodies.js';

/**
 * "Who is Acme's main rival?" over "… Acme's sales fell. Zorbian Corp, its main rival, …": a
 * description written with a possessive names the one it describes for a question about the
 * owner, when the owner is the last name the text gave before the possessive.
 */

/** "who's Acme's biggest competitor?", "what is Jane Roe's lawyer called": owner, up to two modifiers, noun. */
const OWNED_ROLE_QUESTION = /^(?:who|what|which)\s*(?:is|was|are|were|['’]s)\s+(?:the\s+)?(\S+(?:\s+\S+){0,3}?)['’]s?\s+((?:\p{Ll}+\s+){0,2})(\p{Ll}+)\s*[?.!]*$/iu;

/** How many sentences before the description, in its paragraph, the owner is looked for. */
const OWNER_WINDOW = 2;

export interface OwnedRole {
  /** "Acme's main rival": the owner as the text writes it, then the story's own words for the role. */
  subject: string;
  name: string;
  sentence: Sentence;
}

/** The one entity the stories describe as the asked owner's role; undefined when none or several. */
export function ownedRoleHolder(kb: KnowledgeBase, question: string): OwnedRole | undefined {
  const asked = OWNED_ROLE_QUESTION.exec(question.trim());
  if (!asked) return undefined;
  const [, owner = '', modifiers = '', noun = ''] = asked;
  const asksFor = headMatcher(noun);
  const phrases = rolePhrases(noun);
  const found: OwnedRole[] = [];
  for (const entity of kb.entities.all) {
    for (const relation of entity.relations) {
      const sentence = kb.corpus.sentences[relation.sentence];
      const [determiner = '', ...role] = relation.text.split(/\s+/);
      const written = role.join(' ');
      if (!sentence || !(asksFor(headOf(written)) || endsOnPhrase(written, phrases)) || !fitsModifiers(role, modifiers.split(/\s+/).filter(Boolean))) continue;
      // A person the stories name is the owner when the possessive fits them ("his" past "Foreign
      // Affairs" to Maxime Bernier); anything else when nothing named stands between.
      const resolved = relationOwner(kb, sentence, entity, determiner);
      const whose = resolved !== undefined && findPerson(kb.entities, owner)?.name === resolved ? resolved : ownerBefore(kb, sentence, entity.name, owner);
      if (whose) found.push({ subject: `${possessiveOf(whose)} ${written}`, name: entity.name, sentence });
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Whether a sentence can answer "who is Roe's lawyer?": it says the asked role (or a synonym or a
 * kind of it). "Tom Berg, 42, and his wife Jane Berg" names no lawyer. True for other questions.
 */
export function saysAskedRole(question: string, sentence: string): boolean {
  const owned = OWNED_ROLE_QUESTION.exec(question.trim())?.[3];
  // "Who is the father?" over "Jane Roe is a proud mother": a role asked alone is said too, in any case ("Judge Jane Roe").
  const noun = owned ?? DEFINITE_ROLE_QUESTION.exec(question.trim())?.[1];
  if (noun === undefined || !isPersonNoun(noun)) return true;
  const fits = headMatcher(noun);
  return words(sentence).some((word) => (owned === undefined || /^\p{Ll}/u.test(word)) && fits(word.toLowerCase())) || rolePhrases(noun).some((phrase) => sentence.toLowerCase().includes(phrase));
}

/** "Who is the father?", "who was the judge?": a role the story's people may hold, asked with "the". */
const DEFINITE_ROLE_QUESTION = /^(?:who)\s*(?:is|was|are|were|['’]s)\s+the\s+(\p{Ll}+)\s*[?.!]*$/iu;

/** Whether a role as written ends on one of the asked role's names of several words ("Acme's chief executive" for "ceo"). */
function endsOnPhrase(role: string, phrases: readonly string[]): boolean {
  const lower = role.toLowerCase();
  return phrases.some((phrase) => lower === phrase || lower.endsWith(` ${phrase}`));
}

/** "Acme Ferries’", "Acme’s", "The charity’s": a name ending in s takes the apostrophe alone; a common noun its article. */
export function possessiveOf(owner: string): string {
  const owned = `${owner}${/s$/i.test(owner) ? '’' : '’s'}`;
  return /^\p{Ll}/u.test(owned) ? `The ${owned}` : owned;
}

/**
 * Whether a role's head answers the asked noun: the same, a WordNet synonym, or a kind of it
 * ("attorney" for "lawyer"). Remembered per head: a large archive repeats its role words.
 */
function headMatcher(noun: string): (head: string | undefined) => boolean {
  const synonyms = new Set(synonymsOf(noun));
  const known = new Map<string, boolean>();
  return (head) => {
    if (!head) return false;
    let fits = known.get(head);
    const bare = compoundHead(head);
    if (fits === undefined) known.set(head, (fits = termOf(bare) === termOf(noun) || synonyms.has(bare) || isKindOf(bare, noun)));
    return fits;
  };
}

/** Each asked modifier is the story's, or both rank first ("biggest" for "main"): "smallest competitor" is not "main rival". */
function fitsModifiers(role: readonly string[], modifiers: readonly string[]): boolean {
  const own = new Set(role.map((word) => termOf(word)));
  const chief = role.some((word) => CHIEF_ADJECTIVES.has(word.toLowerCase()));
  return modifiers.every((word) => own.has(termOf(word)) || (chief && CHIEF_ADJECTIVES.has(word.toLowerCase())));
}

/**
 * The owner as the text writes it, when it is the last name before the described entity: in its
 * sentence or the paragraph's sentences just before. Another name in between may be whose it is.
 */
function ownerBefore(kb: KnowledgeBase, sentence: Sentence, name: string, owner: string): string | undefined {
  const at = sentence.text.indexOf(name);
  if (at < 0) return undefined;
  const text = [...paragraphBefore(kb, sentence), sentence.text.slice(0, at)].join(' ');
  // Folding keeps offsets where it keeps the length ("é" → "e"); else plain lower case does.
  const folded = foldName(text).length === text.length ? foldName(text) : text.toLowerCase();
  const mention = [...folded.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${literal(foldName(owner))}(?![\\p{L}\\p{N}])`, 'gu'))].at(-1);
  if (mention?.index === undefined) return undefined;
  const end = mention.index + mention[0].length;
  return namesAnother(text.slice(end)) ? undefined : text.slice(mention.index, end);
}

/** Whether a stretch of text names someone: a capitalised word inside a sentence, not a day or a month. */
function namesAnother(text: string): boolean {
  for (const match of text.matchAll(/(?<=[\p{L}\p{N},;:)]\s+)\p{Lu}[\p{L}'’-]+/gu)) if (!isCalendarWord(match[0])) return true;
  return false;
}

/**
 * Whose the possessive of a relation is ("Tom Berg resigned after … his then-girlfriend Jane
 * Roe"): the last entity named before it, in its sentence or the paragraph's two before, that the
 * possessive fits ("his" a man, "her" a woman, "its" no person). "Their" is left unread.
 */
export function relationOwner(kb: KnowledgeBase, sentence: Sentence, entity: Entity, determiner: string): string | undefined {
  const at = sentence.text.indexOf(entity.name);
  if (at < 0) return undefined;
  const text = [...paragraphBefore(kb, sentence), sentence.text.slice(0, at)].join(' ');
  const story = storyOfSentence(kb.corpus, sentence);
  let last: { entity: Entity; index: number } | undefined;
  for (const other of kb.entities.all) {
    const surname = other.name.split(' ').at(-1)!;
    // Most entities of an archive are not in the paragraph: a plain search rules them out first.
    if (other === entity || !text.includes(surname)) continue;
    const index = Math.max(lastWordIndex(text, other.name), findEntity(kb.entities, surname) === other ? lastWordIndex(text, surname) : -1);
    if (index >= 0 && (!last || index > last.index) && fitsPossessive(kb, story, other, determiner)) last = { entity: other, index };
  }
  // "The national air accident board has opened an investigation. Its chief inspector, …": a body described, not named.
  const body = determiner.toLowerCase() === 'its' ? describedBodies(text).at(-1) : undefined;
  if (body && (!last || body.start > last.index)) return body.text.replace(/^the\s+/i, '');
  return last?.entity.name;
}

function fitsPossessive(kb: KnowledgeBase, story: string, entity: Entity, determiner: string): boolean {
  const gender = genderIn(kb, story, entity.name);
  const person = gender !== undefined && !endsInPluralNoun(entity.name);
  return { his: person && gender === 'male', her: person && gender === 'female', its: !person }[determiner.toLowerCase()] ?? false;
}

/** "Foreign Affairs", "Hells Angels": a name ending in a plural common noun is no one person's. */
function endsInPluralNoun(name: string): boolean {
  const last = name.split(' ').at(-1)!.toLowerCase();
  return /[^s]s$/.test(last) && baseForm(last.slice(0, -1), 'noun') === last.slice(0, -1);
}

function lastWordIndex(text: string, word: string): number {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${literal(word)}(?![\\p{L}\\p{N}])`, 'gu'))].at(-1)?.index ?? -1;
}

/**
 * The story's sentences before this one, at most OWNER_WINDOW of them, in order: a paragraph may
 * open on "Her apprentice, Tom Berg," whose owner the paragraph before names.
 */
function paragraphBefore(kb: KnowledgeBase, sentence: Sentence): string[] {
  const story = storyOfSentence(kb.corpus, sentence);
  const before: string[] = [];
  for (let id = sentence.id - 1; id >= 0 && sentence.id - id <= OWNER_WINDOW; id--) {
    const earlier = kb.corpus.sentences[id];
    if (!earlier || storyOfSentence(kb.corpus, earlier) !== story) break;
    before.unshift(earlier.text);
  }
  return before;
}
