import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { onlyStoryWith } from '../../knowledge-base/story-terms.js';
import { AUXILIARY, isNoun, isPersonHead } from '../../text/lexicon.js';
import { isCapitalised } from '../../text/names.js';
import { isStopWord, termOf } from '../../text/terms.js';
import { words } from '../../text/tokenize.js';
import { primaryClass, synonymsOf } from '../../text/wordnet.js';
import { genderIn, mainActor, storySentences } from './main-actor.js';
import { perVersion, type PerVersion } from './per-version.js';

/** The thing a story is about is a noun of its title that its sentences repeat at least this often. */
export const MAIN_THING_MIN_MENTIONS = 3;

const MAIN_THINGS: PerVersion<string> = new WeakMap();
const MAIN_EVENTS: PerVersion<string> = new WeakMap();

/**
 * What "it" means in a question about a story: the common noun of its title that its sentences
 * mention most ("crane" in "At least 107 killed in crane collapse"); never a person, whom "he" or
 * "she" would name. Undefined when no title noun is repeated enough. Counted once per story and version.
 */
export function mainThing(kb: KnowledgeBase, storyId: string): string | undefined {
  return perVersion(MAIN_THINGS, kb, storyId, () => countMainThing(kb, storyId));
}

/**
 * What "it" means in "when did it happen?": the title's most repeated noun of an event or an act
 * ("fire", "landing" in "Jet makes emergency landing after engine fire"), never a thing ("engine").
 */
export function mainEvent(kb: KnowledgeBase, storyId: string): string | undefined {
  return perVersion(MAIN_EVENTS, kb, storyId, () => countMainThing(kb, storyId, (noun) => EVENT_CLASSES.has(primaryClass(noun, 'noun') ?? '')));
}

const EVENT_CLASSES: ReadonlySet<string> = new Set(['noun.event', 'noun.act', 'noun.phenomenon', 'noun.process']);

function countMainThing(kb: KnowledgeBase, storyId: string, fits: (noun: string) => boolean = () => true): string | undefined {
  const title = kb.corpus.stories.find((story) => story.id === storyId)?.title ?? '';
  const nouns = words(title).filter((word) => /^\p{L}+$/u.test(word) && !isStopWord(word) && isNoun(word.toLowerCase()) && !isPersonHead(word.toLowerCase()) && fits(word.toLowerCase()));
  // Counted where the story writes the word in lower case: "Mill" in "Quillon Mill" is part of a name.
  const counts = new Map<string, number>();
  for (const sentence of storySentences(kb, storyId)) {
    for (const term of new Set(words(sentence.text).filter((word) => !isCapitalised(word)).map(termOf))) if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  let best: { noun: string; count: number } | undefined;
  for (const noun of nouns) {
    // "earthquake" is mentioned as "the quake" too: the noun's first sense's one-word synonyms count for it.
    const terms = new Set([termOf(noun), ...synonymsOf(noun.toLowerCase(), 'noun', 1).filter((other) => !other.includes('_')).map(termOf)]);
    const count = [...terms].reduce((sum, term) => sum + (term ? (counts.get(term) ?? 0) : 0), 0);
    if (count >= MAIN_THING_MIN_MENTIONS && (!best || count > best.count)) best = { noun: noun.toLowerCase(), count };
  }
  return best?.noun;
}

/**
 * "it", "its", and "this" where it stands alone ("where did it come down?", "did this happen?"),
 * not before a noun ("this plan").
 */
const IT = new RegExp(String.raw`\bit\b(?!\s*['’]s\b)|\bits\b|(?<=\b${AUXILIARY}\s+)this\b(?=\s+(\p{Ll}+))|\bthis\b(?=\s+${AUXILIARY}\b|\s*[?!.]*$)`, 'giu');
/** "Is it true …", "was it raining", "how much did it cost to …", "it was confirmed that": an "it" that stands for nothing; "why did he do it?": an act, not a thing; "which court was it?", "what kind of plane was it?": the thing asked for. */
const DUMMY_IT = /^(?:is|was|are|were|does|did|will)\s+it\b|\b(?:do|done|doing)\s+it\b|\b(?:did|does)\s+it\s*[?.!]*$|^(?:which|what)\s+(?:\p{L}+\s+){1,3}(?:was|is)\s+it\s*[?.!]*$|\bit\s+(?:is|was)\s+(?:true|likely|possible|said|reported|time|too\s+(?:early|soon|late))\b|\bit\s+(?:cost|costs|take|takes|took)\s+(?:\S+\s+)?to\b|\bit\s+(?:is|was|has\s+been)\s+\p{Ll}+ed\s+that\b/iu;

/** The "it" or "this" a question leaves for the story to say ("what time of day did it happen?"), or undefined. */
export function thingPronounIn(question: string): string | undefined {
  if (DUMMY_IT.test(question)) return undefined;
  return new RegExp(IT.source, 'iu').exec(question)?.[0]?.toLowerCase();
}

/**
 * What "it" is in a story: "the crane", the title's most repeated noun; else its main actor when
 * the story never calls that actor "he" or "she" (a browser, a company). Undefined when neither.
 */
export function whatItIs(kb: KnowledgeBase, storyId: string, question = ''): string | undefined {
  // "When did it happen?" asks of the story's event ("the fire", not "the engine"), where its title names one.
  const event = HAPPENED.test(question) ? mainEvent(kb, storyId) : undefined;
  if (event) return `the ${event}`;
  const thing = mainThing(kb, storyId);
  if (thing) return `the ${thing}`;
  const actor = mainActor(kb, storyId)?.name;
  return actor !== undefined && genderIn(kb, storyId, actor) === undefined ? actor : undefined;
}

/** "did it happen", "when did this take place": an "it" that is an event. */
const HAPPENED = /\b(?:happen(?:s|ed|ing)?|occur(?:s|red|ring)?|(?:take|takes|took|taken|taking)\s+place)\b/i;

/**
 * The story "it" belongs to when no conversation says: over several stories, "what street was it
 * on?" asks about the one story whose sentences hold every other word asked ("street").
 */
export function storyOfIt(kb: KnowledgeBase, question: string, termsOf: (question: string) => readonly string[]): string | undefined {
  // The question is analysed for its terms only when it has an "it" to resolve.
  return thingPronounIn(question) === undefined || kb.corpus.stories.length < 2 ? undefined : onlyStoryWith(kb, termsOf(question));
}

/** "Where did it come down?" with "the crane" for "it" → "Where did the crane come down?" */
export function resolveThing(question: string, referent: string | undefined): string {
  if (!referent || DUMMY_IT.test(question)) return question;
  return question.replace(IT, (pronoun: string, next: string | undefined, offset: number) => {
    // "did this happen" stands alone; "is this plan" is "this" before a noun.
    if (next !== undefined && isNoun(next)) return pronoun;
    if (!/^its$/i.test(pronoun)) return referent;
    // "how many users did Zorbnet have at its peak?": "its" is the subject's own, named just before.
    return SUBJECT_BEFORE.test(question.slice(0, offset)) ? pronoun : `${referent}'s`;
  });
}

/** An auxiliary and a subject that is no pronoun: "did Zorbnet have …", "was the bridge …". */
const SUBJECT_BEFORE = new RegExp(String.raw`\b${AUXILIARY}\s+(?!(?:it|he|she|they|we|you|i|this|that|there)\b)\p{L}`, 'iu');
