import { findEntity } from '../../corpus/entities.js';
import { capitalisedWords, nameKey } from '../../text/names.js';
import { withoutPossessive } from '../../text/terms.js';
import { hyphenedWords } from '../../text/tokenize.js';
import { describedEntity, fitsGender, genderIn, mainActor, storyInFocus } from './main-actor.js';
import type { Question } from './question.js';
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
 * Who "he", "she" or "the woman" is: the last turn's person, else the story's main actor, if any;
 * either only when the story's pronouns for them fit the question's ("she" is never a "he").
 */
export function focusFor(ctx: AnswerContext, previous: Turn | undefined, question: string): string | undefined {
  const story = storyInFocus(ctx.kb, previous?.shown[0]);
  const fits = (name: string): boolean => story === undefined || fitsGender(question, genderIn(ctx.kb, story, name));
  if (previous?.focus) return fits(previous.focus) ? previous.focus : undefined;
  const actor = story === undefined ? undefined : mainActor(ctx.kb, story)?.name;
  return actor && fits(actor) ? actor : undefined;
}

/** Whether the question names someone the stories know, so "he" in it is not the last turn's person. */
export function namesSomeone(ctx: AnswerContext, text: string): boolean {
  if (namedIn(ctx, text)) return true;
  return hyphenedWords(text).some((word) => ctx.kb.entities.byKey.has(nameKey(word)));
}
