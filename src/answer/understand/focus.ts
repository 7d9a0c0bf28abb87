import type { Sentence } from '../../corpus/corpus.js';
import { findEntity } from '../../corpus/entities.js';
import { findPerson } from '../../corpus/entity-lookup.js';
import { capitalisedWords, nameKey } from '../../text/names.js';
import { withoutPossessive } from '../../text/terms.js';
import { hyphenedWords } from '../../text/tokenize.js';
import { describedEntity, descriptionGender, fitsGender, genderIn, mainActor, mainPersonOf, pronounGender, storyInFocus, type Gender } from './main-actor.js';
import { analyzeQuestion, type Question } from './question.js';
import { rankSentences } from '../retrieve/rank.js';
import { PIPELINE_OPTIONS } from '../options.js';
import type { Answered } from '../types.js';
import type { Turn, AnswerContext } from '../context.js';

/** Who a question or a conversation is about: a name in it, the last turn's person, or the story's main actor. */

const MAX_NAME_WORDS = 4;

/**
 * The first known name in a text, longest first ("Jane Roe" before "Roe"), by looking up its runs
 * of capitalised words in the entity index: linear in the question, whatever the archive's size.
 */
function namedIn(ctx: AnswerContext, text: string) {
  const words = capitalisedWords(text).map((match) => ({ word: withoutPossessive(match[0]), start: match.index, end: match.index + match[0].length }));
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const run = words.slice(i, i + n);
      if (run.some((word, at) => at > 0 && !/^\s+$/.test(text.slice(run[at - 1]!.end, word.start)))) continue;
      const found = findEntity(ctx.kb.entities, run.map((word) => word.word).join(' '));
      if (found) return found;
    }
  }
  return undefined;
}

/** Who a question is about: its subject, else the first known name in it, else a person answer. */
export function focusOf(ctx: AnswerContext, question: Question, answer: Answered): string | undefined {
  if (question.subject) return (findEntity(ctx.kb.entities, question.subject) ?? describedEntity(ctx.kb, question.subject))?.name ?? question.subject;
  const named = namedIn(ctx, question.text) ?? describedEntity(ctx.kb, question.text);
  if (named) return named.name;
  return question.type === 'person' ? (answer.shortAnswer ?? undefined) : undefined;
}

/**
 * Who "he", "she" or "the woman" is: the last turn's person, else the main actor of the story in
 * focus, else the person that story mostly calls "she" (or "he"); any of them only when the story's
 * pronouns for them fit the question's ("she" is never a "he"). With no story in focus, the story
 * is the one the question's other words point to ("what did she die from?").
 */
export function focusFor(ctx: AnswerContext, previous: Turn | undefined, question: string): string | undefined {
  if (previous?.focus) {
    const story = storyInFocus(ctx.kb, previous.shown[0]);
    if (story === undefined || fitsGender(question, genderIn(ctx.kb, story, previous.focus))) return previous.focus;
    // "what did he say?" about Roe, then "when does she take office?": "she" is someone else, found as if asked first.
  }
  const gender = pronounGender(question) ?? descriptionGender(question);
  const found = foundBy(ctx, question);
  const owner = gender ? possessorOf(ctx, question, found, gender) : undefined;
  if (owner) return owner;
  const story = storyInFocus(ctx.kb, previous?.shown[0]);
  if (story !== undefined) return personOf(ctx, story, question, gender);
  return gender ? personAskedAbout(ctx, question, found, gender) : undefined;
}

/** The sentences the question's own words find first, ranked once however many readers ask (none when it has no words). */
function foundBy(ctx: AnswerContext, question: string): () => readonly Sentence[] {
  let found: readonly Sentence[] | undefined;
  return () => {
    if (found) return found;
    const analysed = analyzeQuestion(question);
    found = analysed.terms.length === 0 ? [] : rankSentences(ctx.kb, analysed).ranked.slice(0, STORY_FINDER_SENTENCES).map((ranked) => ranked.sentence);
    return found;
  };
}

/** "his brother", "her husband": a possessive pronoun and the noun it owns. */
const OWNED = /\b(?:his|her)\s+(\p{Ll}+)/iu;

/**
 * "What did his brother ask him to do?": the one person whose "brother" the sentences the question
 * finds name ("Tom' brother", "Roe's brother"), if the story calls them by the question's pronoun.
 */
function possessorOf(ctx: AnswerContext, question: string, found: () => readonly Sentence[], gender: Gender): string | undefined {
  const noun = OWNED.exec(question)?.[1]?.toLowerCase();
  if (!noun) return undefined;
  const owner = new RegExp(String.raw`(\p{Lu}[\p{L}-]+)(?:['’]s|['’])\s+${noun}\b`, 'u');
  const owners = new Set<string>();
  for (const sentence of found()) {
    const name = owner.exec(sentence.text)?.[1];
    const entity = name === undefined ? undefined : findPerson(ctx.kb.entities, name);
    const story = ctx.kb.corpus.passages[sentence.passage]!.storyId;
    // Called by the pronoun in the story, or else in the very sentence ("… pleaded with him").
    const called = entity === undefined ? undefined : (genderIn(ctx.kb, story, entity.name) ?? pronounGender(sentence.text));
    if (entity && called === gender) owners.add(entity.name);
  }
  return owners.size === 1 ? [...owners][0] : undefined;
}

/**
 * A story's main actor, if the question's pronouns fit them; else the person it mostly calls by the
 * question's pronoun. `strict`: the actor must be called by that pronoun, not merely fit it (a story
 * found by the question's words may be about a company, and "she" is no company).
 */
function personOf(ctx: AnswerContext, story: string, question: string, gender: Gender | undefined, strict = false): string | undefined {
  const actor = mainActor(ctx.kb, story)?.name;
  const actorGender = actor === undefined ? undefined : genderIn(ctx.kb, story, actor);
  if (actor && (strict ? actorGender === gender : fitsGender(question, actorGender))) return actor;
  return gender ? mainPersonOf(ctx.kb, story, gender) : undefined;
}

const STORY_FINDER_SENTENCES = PIPELINE_OPTIONS.fitted.understand.storyFinderSentences;

/**
 * "What did she die from?" with no story in focus: the person of the first story the question's
 * words find that has one the question's pronoun fits. A story without one is passed over, as a reader would.
 */
function personAskedAbout(ctx: AnswerContext, question: string, found: () => readonly Sentence[], gender: Gender): string | undefined {
  const stories = new Set(found().map((sentence) => ctx.kb.corpus.passages[sentence.passage]!.storyId));
  for (const story of stories) {
    const person = personOf(ctx, story, question, gender, true);
    if (person) return person;
  }
  return undefined;
}

/** Whether the question names someone the stories know, so "he" in it is not the last turn's person. */
export function namesSomeone(ctx: AnswerContext, text: string): boolean {
  if (namedIn(ctx, text)) return true;
  return hyphenedWords(text).some((word) => ctx.kb.entities.byKey.has(nameKey(word)));
}
