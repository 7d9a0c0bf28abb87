import { entityBySurname, findEntity, type Entity } from '../../corpus/entities.js';
import { genderOfKin } from '../../corpus/kin.js';
import type { Sentence } from '../../corpus/corpus.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { alternation, FEMALE_PRONOUNS, isPersonHead, isPlaceOrPeopleName, isTitle, MALE_PRONOUNS, rolePhrases } from '../../text/lexicon.js';
import { baseForm, isKindOf, senseClasses } from '../../text/wordnet.js';
import { capitalisedRuns, isSentenceOpener } from '../../text/names.js';
import { isStopWord, termOf, withoutPossessive } from '../../text/terms.js';
import { perVersion, type PerVersion } from './per-version.js';
import { askedNameOf } from '../retrieve/named-description.js';
import { speakerIn } from '../../corpus/claims.js';
import { isCalendarWord } from '../../text/values.js';

/** A story's main actor is named in at least this many sentences… */
export const MAIN_ACTOR_MIN_MENTIONS = 3;
/** …and in this many times as many sentences as anyone else (a clear margin, not a near tie). */
export const MAIN_ACTOR_MARGIN = 1.5;

const MAIN_ACTORS: PerVersion<Entity> = new WeakMap();

/**
 * The person or organisation a story is mostly about: the one its sentences name most often, by
 * a clear margin; undefined when two are named about as often. Counted once per story and version.
 */
export function mainActor(kb: KnowledgeBase, storyId: string): Entity | undefined {
  return perVersion(MAIN_ACTORS, kb, storyId, () => countMainActor(kb, storyId));
}

function countMainActor(kb: KnowledgeBase, storyId: string): Entity | undefined {
  const counts = new Map<Entity, number>();
  for (const sentence of storySentences(kb, storyId)) {
    const named = new Set<Entity>();
    for (const run of capitalisedRuns(sentence.text)) {
      const words = run[0].split(/\s+/).map(withoutPossessive);
      // Any word or pair of words of a capitalised run may be a known name ("President Roe").
      for (let i = 0; i < words.length; i++) {
        const found = findEntity(kb.entities, words.slice(i, i + 2).join(' ')) ?? findEntity(kb.entities, words[i]!);
        if (found) named.add(found);
      }
    }
    for (const entity of named) counts.set(entity, (counts.get(entity) ?? 0) + 1);
  }
  return clearLeader([...counts]);
}

/** The most mentioned, when named often enough and by the main actor's margin over the next; else none. */
function clearLeader<T>(counts: readonly (readonly [T, number])[], minMentions = MAIN_ACTOR_MIN_MENTIONS): T | undefined {
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < minMentions) return undefined;
  return !second || first[1] >= MAIN_ACTOR_MARGIN * second[1] ? first[0] : undefined;
}

const MAIN_PEOPLE: PerVersion<string> = new WeakMap();

/**
 * The person a story is mostly about among those it calls "she" (or "he"): the name its sentences
 * give most often, by the main actor's margin, of the names whose sentences use that gender's
 * words. Names of one word count ("Jane"): a story calls its child or its victim by a first name.
 */
export function mainPersonOf(kb: KnowledgeBase, storyId: string, gender: Gender): string | undefined {
  return perVersion(MAIN_PEOPLE, kb, `${storyId}\u0000${gender}`, () => {
    const counts = new Map<string, number>();
    for (const sentence of storySentences(kb, storyId)) {
      // "Tom Berg" and, later, "Berg" are one person when the stories know the surname as his.
      const names = new Set(personNamesIn(sentence.text).map((name) => findEntity(kb.entities, name)?.name ?? entityBySurname(kb.entities, name.split(' ').at(-1)!)?.name ?? name));
      for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return clearLeader([...counts].filter(([name]) => genderIn(kb, storyId, name) === gender), MAIN_PERSON_MIN_MENTIONS);
  });
}

/**
 * The person a story calls "he" (or "she") most is its "he" when named in at least this many
 * sentences: fewer than a main actor needs, since the pronoun already rules out the others.
 */
export const MAIN_PERSON_MIN_MENTIONS = 2;

/**
 * The names of a sentence as written that may be people's, without the words a capital only
 * opens ("However", "Mr"): not a place or a group WordNet knows ("Oslo"), nor a word for a
 * nation's people or language ("Zorbian" of the Zorbian aide).
 */
export function personNamesIn(text: string): string[] {
  return capitalisedRuns(text).flatMap((run) => {
    const words = run[0].split(/\s+/).map(withoutPossessive);
    // "The Glass Harbour", "A Zorbian Tale": a name opened by an article is a title or a thing's, never a person's.
    if (/^(?:the|a|an)$/i.test(words[0] ?? '') && words.length > 1 && !isSentenceStart(text, run.index)) return [];
    while (words.length > 0 && (isSentenceOpener(words[0]!) || isTitle(words[0]!) || isStopWord(words[0]!))) words.shift();
    // "on Friday", "in May": a day or a month is nobody's name.
    return words.length > 0 && !isPlaceOrPeopleName(words.at(-1)!) && !isCalendarWord(words.at(-1)!) ? [words.join(' ')] : [];
  });
}

/** Whether the text before `at` ends a sentence, or there is none: a capital there may be the sentence's own. */
function isSentenceStart(text: string, at: number): boolean {
  return /(?:^|[.!?]\s+)$/.test(text.slice(0, at));
}

/** The gender of the pronouns a question uses for a person ("his sister": his), if one. */
export function pronounGender(question: string): Gender | undefined {
  const male = MALE_PRONOUN.test(question);
  const female = FEMALE_PRONOUN.test(question);
  return male === female ? undefined : male ? 'male' : 'female';
}

/** "the uncle", "the old woman": the gender of a description by its noun, if it has one. */
export function descriptionGender(question: string): Gender | undefined {
  for (const [, first = '', second] of question.matchAll(BARE_DESCRIPTION)) {
    const { noun } = descriptionIn(first, second);
    const male = MALE_WORD.test(noun);
    if (male !== FEMALE_WORD.test(noun)) return male ? 'male' : 'female';
  }
  return undefined;
}

/** A word WordNet knows mostly as an adjective ("little", "old", not "young" or "ferry"): it does not head a description. */
function isAdjectiveOnly(word: string): boolean {
  return baseForm(word, 'adjective') !== undefined && senseClasses(word, 'adjective').length > senseClasses(word, 'noun').length;
}

const STORY_RANGES = new WeakMap<KnowledgeBase, Map<string, { from: number; to: number }>>();

/** A story's sentences (contiguous in the corpus), by a range per story found in one pass per version. */
export function storySentences(kb: KnowledgeBase, storyId: string): Sentence[] {
  let ranges = STORY_RANGES.get(kb);
  if (!ranges) {
    ranges = new Map();
    for (const sentence of kb.corpus.sentences) {
      const story = kb.corpus.passages[sentence.passage]!.storyId;
      const range = ranges.get(story);
      if (range) range.to = sentence.id + 1;
      else ranges.set(story, { from: sentence.id, to: sentence.id + 1 });
    }
    STORY_RANGES.set(kb, ranges);
  }
  const range = ranges.get(storyId);
  return range ? kb.corpus.sentences.slice(range.from, range.to) : [];
}

export type Gender = 'male' | 'female';
/** Words that say a person is a man or a woman: the pronouns, and nouns for men and women. */
const MALE = new RegExp(`\\b${alternation([...MALE_PRONOUNS, ...'man men boy father dad son husband brother uncle nephew grandfather king gentleman'.split(' ')])}\\b`, 'gi');
const FEMALE = new RegExp(`\\b${alternation([...FEMALE_PRONOUNS, ...'woman women girl mother mum mom daughter wife sister aunt niece grandmother queen lady'.split(' ')])}\\b`, 'gi');
/** One word that says a man or a woman ("dad", "aunt"). */
const MALE_WORD = new RegExp(`^(?:${MALE.source})$`, 'i');
const FEMALE_WORD = new RegExp(`^(?:${FEMALE.source})$`, 'i');
const MALE_PRONOUN = new RegExp(`\\b${alternation(MALE_PRONOUNS)}\\b`, 'i');
const FEMALE_PRONOUN = new RegExp(`\\b${alternation(FEMALE_PRONOUNS)}\\b`, 'i');
const GENDERS: PerVersion<Gender> = new WeakMap();

/**
 * Which pronouns a story uses for someone: "he" or "she" counted in the sentences naming them;
 * undefined when neither clearly wins (or for a group), so "the man" never means a woman.
 */
export function genderIn(kb: KnowledgeBase, storyId: string, name: string): Gender | undefined {
  return perVersion(GENDERS, kb, `${storyId}\u0000${name}`, () => {
    // "Tom Berg and his wife Jane Berg": what the story says she is to him settles it.
    const entity = findEntity(kb.entities, name);
    const kin = entity ? [...entity.roles].map(genderOfKin).find((gender) => gender !== undefined) : undefined;
    if (kin) return kin;
    const words = name.split(' ');
    const surname = words.at(-1) ?? name;
    // A surname two people of the stories share ("Tom Berg", "Jane Berg") names neither: the given name does.
    const key = words.length > 1 && (kb.entities.all.filter((other) => other.name.split(' ').at(-1) === surname).length > 1) ? words[0]! : surname;
    const sentences = storySentences(kb, storyId);
    const named = sentences.flatMap((sentence, at) => (sentence.text.includes(key) ? [sentence, ...continuing(sentences[at + 1], sentence, key)] : []));
    // A quotation speaks of others ("I wish her well," he said): only the narration's words count.
    const narration = [...new Set(named)].map((sentence) => withoutQuotations(sentence.text));
    const male = narration.reduce((sum, text) => sum + (text.match(MALE)?.length ?? 0), 0);
    const female = narration.reduce((sum, text) => sum + (text.match(FEMALE)?.length ?? 0), 0);
    return male > female ? 'male' : female > male ? 'female' : undefined;
  });
}

/** The next sentence of the paragraph when it names no one: "Roe conceded. “…,” he said." goes on about Roe. */
function continuing(next: Sentence | undefined, sentence: Sentence, key: string): Sentence[] {
  if (!next || next.passage !== sentence.passage || personNamesIn(withoutQuotations(next.text)).length > 0) return [];
  // "Roe said Berg had done well. “…,” she said.": the quotation goes on in the speaker's voice, not Berg's.
  const speaker = speakerIn(sentence.text);
  return speaker !== undefined && !speaker.includes(key) && ATTRIBUTION_ONLY.test(withoutQuotations(next.text)) ? [] : [next];
}

/** A sentence that is a quotation and its "she said", once the quotation is taken out. */
const ATTRIBUTION_ONLY = /^[\s,.]*(?:he|she|they)\s+(?:said|added|says|told\s+\p{L}+)[\s.]*$/iu;

export function withoutQuotations(text: string): string {
  return text.replace(/[“"][^“”"]*[”"]/g, ' ');
}

/**
 * Whether a question's pronouns and gendered nouns ("he", "the woman") can mean someone the story
 * calls this; anyone fits when the story uses no pronouns for them.
 */
export function fitsGender(question: string, gender: Gender | undefined): boolean {
  if (!gender) return true;
  return !new RegExp((gender === 'male' ? FEMALE : MALE).source, 'i').test(question);
}

/** The one story a conversation is about: the last turn's, else the only story there is. */
export function storyInFocus(kb: KnowledgeBase, lastShown: number | undefined): string | undefined {
  if (lastShown !== undefined) return kb.corpus.passages[lastShown]?.storyId;
  return kb.corpus.stories.length === 1 ? kb.corpus.stories[0]!.id : undefined;
}

/** "the envoy", "the special envoy", "the Brenvar manager": the role noun is one of the two lower-case words after "the" (and a name). */
const DESCRIPTION = /\bthe\s+(?:\p{Lu}[\p{L}'’-]*\s+)?(\p{Ll}+)(?:\s+(\p{Ll}+))?/gu;

/**
 * Who "the president" or "the envoy" is: the one entity the stories give that role (from titles
 * and appositions: "President Roe", "Jane Roe, the coach"); undefined when none or several have it.
 */
export function describedEntity(kb: KnowledgeBase, text: string): Entity | undefined {
  for (const match of text.matchAll(DESCRIPTION)) {
    for (const noun of [match[2], match[1]]) {
      const role = noun === undefined ? null : termOf(noun);
      const holders = role === null ? undefined : roleHolders(kb).get(role);
      if (holders?.length === 1) return holders[0];
      const ofKind = role === null || holders ? undefined : holdersOfKind(kb, noun!);
      if (ofKind?.length === 1) return ofKind[0];
    }
  }
  const noun = [...text.matchAll(DESCRIPTION)].at(0)?.[1];
  return noun === undefined ? undefined : spelledOutHolder(kb, noun);
}

/**
 * "the ceo" where the story writes "chief executive": the one entity whose descriptions hold two
 * words (or all, if fewer) of the noun's WordNet name in full ("chief executive officer"). One
 * shared word is not enough: "prime minister" is not "the economy minister".
 */
function spelledOutHolder(kb: KnowledgeBase, noun: string): Entity | undefined {
  // Each entity's descriptions are read: once per noun and version, not once per candidate.
  let known = SPELLED_OUT.get(kb);
  if (!known) SPELLED_OUT.set(kb, (known = new Map()));
  if (!known.has(noun)) {
    if (known.size >= MAX_SPELLED_OUT) known.clear();
    known.set(noun, findSpelledOutHolder(kb, noun));
  }
  return known.get(noun);
}

const SPELLED_OUT = new WeakMap<KnowledgeBase, Map<string, Entity | undefined>>();
/** Nouns remembered per version at most: questions bring new words without end. */
const MAX_SPELLED_OUT = 1_000;

function findSpelledOutHolder(kb: KnowledgeBase, noun: string): Entity | undefined {
  for (const synonym of rolePhrases(noun)) {
    const words = synonym.split(' ').map(termOf).filter((term): term is string => term !== null && !isStopWord(term));
    const needed = Math.min(2, words.length);
    const counts = new Map<Entity, number>();
    for (const word of words) for (const entity of describedBy(kb).get(word) ?? []) counts.set(entity, (counts.get(entity) ?? 0) + 1);
    const holders = [...counts].filter(([, count]) => count >= needed).map(([entity]) => entity);
    if (holders.length === 1) return holders[0];
  }
  return undefined;
}

const DESCRIBED_BY = new WeakMap<KnowledgeBase, Map<string, Set<Entity>>>();

/** Each term of the entities' descriptions → the entities described with it, built once per version. */
function describedBy(kb: KnowledgeBase): Map<string, Set<Entity>> {
  let index = DESCRIBED_BY.get(kb);
  if (!index) {
    index = new Map();
    for (const entity of kb.entities.all) {
      for (const description of entity.descriptions) {
        for (const term of description.text.toLowerCase().split(/\s+/).map(termOf)) {
          if (term === null) continue;
          const entities = index.get(term) ?? new Set<Entity>();
          entities.add(entity);
          index.set(term, entities);
        }
      }
    }
    DESCRIBED_BY.set(kb, index);
  }
  return index;
}

const ROLE_HOLDERS = new WeakMap<KnowledgeBase, Map<string, Entity[]>>();

/** Role term → the entities that have it, built once per version (a question must not walk every entity). */
function roleHolders(kb: KnowledgeBase): Map<string, Entity[]> {
  let holders = ROLE_HOLDERS.get(kb);
  if (!holders) {
    holders = new Map();
    for (const entity of kb.entities.all) for (const role of entity.roles) holders.set(role, [...(holders.get(role) ?? []), entity]);
    ROLE_HOLDERS.set(kb, holders);
  }
  return holders;
}

/**
 * The sole holders of roles the noun is a kind of: "the dad" is whoever the story makes a father
 * (a role two hold, as "parent", singles out no one).
 */
function holdersOfKind(kb: KnowledgeBase, noun: string): Entity[] {
  const found = new Set<Entity>();
  for (const [role, holders] of roleHolders(kb)) if (holders.length === 1 && isKindOf(noun, role, 'noun', KIND_SENSES)) found.add(holders[0]!);
  return [...found];
}

/** How many of a description noun's WordNet senses may make it a kind of a role ("dad" → father). */
const KIND_SENSES = 2;

/** "who is the dad?", "who's the mother", "who is the ceo of Acme?" (and "what's the baby's name?"): a question that only asks whom a description names. */
const WHO_IS_DESCRIBED = /^\s*who\s*(?:is|was|['’]s)\s+the\s+\p{Ll}+(?:\s+of\s+(?:the\s+)?\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3})?\s*[?.!]*\s*$/iu;

/** "the boy", "the old woman": a description, its noun after at most one adjective. */
const BARE_DESCRIPTION = /\bthe\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?\b/gu;

/** The noun of a description's two words, and the word after it that is not part of it ("the woman" of "the woman say"). */
function descriptionIn(first: string, second: string | undefined): { noun: string; rest: string } {
  // "the old woman": after an adjective, the noun is the next word; "the ferry operator" is no person's description by "ferry".
  return second !== undefined && isAdjectiveOnly(first) ? { noun: second, rest: '' } : { noun: first, rest: second === undefined ? '' : ` ${second}` };
}

/**
 * "the boy", "the woman" in a question naming nobody, when the stories never use that noun: the
 * one person the stories give that role under another name ("the ceo", their "chief executive"),
 * else the person the conversation is about (the last turn's, else the story's main actor), so
 * the question is searched by a name the story does use. A noun the stories use stays, for
 * retrieval to match as written.
 */
export function resolveDescriptions(kb: KnowledgeBase, text: string, focus: string | undefined): string {
  // "Who is the dad?" asks whom the description names: it is the question, kept for the answer to name.
  if (WHO_IS_DESCRIBED.test(text) || askedNameOf(text) !== undefined) return text;
  return text.replace(BARE_DESCRIPTION, (phrase: string, first: string, second: string | undefined) => {
    const { noun, rest } = descriptionIn(first, second);
    const term = termOf(noun);
    if (!term || kb.index.documentFrequency.has(term)) return phrase;
    // "the ceo" where the story writes "chief executive", "the mother" where it writes "… and his
    // wife Jane Roe … their child": the one person it gives that role.
    const holder = describedEntity(kb, `the ${noun}`);
    if (holder) return `${holder.name}${rest}`;
    // A role several hold is no one's in particular: not the conversation's person either.
    return focus && !roleHolders(kb).has(term) && isPersonHead(noun) && calledAsPerson(kb, focus) ? `${focus}${rest}` : phrase;
  });
}

/** The stories a name's sentences are looked for in: a name is in few stories, and each is a scan. */
const STORIES_OF_A_NAME = 3;

/** Whether a story calls someone "he" or "she": a product or a company is no "baby" and no "woman". */
function calledAsPerson(kb: KnowledgeBase, name: string): boolean {
  const surname = termOf(name.split(' ').at(-1) ?? name);
  if (!surname) return false;
  const stories = new Set(kb.index.search([surname], STORIES_OF_A_NAME).map((result) => kb.corpus.passages[kb.corpus.sentences[result.id as number]!.passage]!.storyId));
  return [...stories].some((story) => genderIn(kb, story, name) !== undefined);
}
