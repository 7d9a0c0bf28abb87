import { isPastForm } from '../../text/lexicon.js';
import { termOf, termsOf } from '../../text/terms.js';
import { words } from '../../text/tokenize.js';
import type { Ranked } from '../retrieve/rank.js';
import type { Question } from '../understand/question.js';

/** Ordinal terms a question ranks its answer by: "who scored first?", "the second goal", "the last ban". */
const ORDINAL_TERMS: ReadonlySet<string> = new Set(['1st', '2nd', '3rd', '4th', '5th', 'last']);

/**
 * "Who scored first?" is not answered by "… equalised when Tom Berg scored": an ordinal that ends
 * the question after its verb ranks the act itself, and must be in the sentence, or it says who
 * scored, not who scored first. An ordinal of a noun ("the first drive") a story may word otherwise.
 */
export function ordinalUnsaid(question: Question, ranked: Ranked): boolean {
  if (question.type === 'yesno' || !question.mainVerb) return false;
  const last = ORDINAL_LAST.exec(question.text)?.[1];
  const asked = last === undefined ? undefined : termOf(last.toLowerCase());
  // "How long will the strike last?": "last" there is the verb, no rank.
  if (asked === undefined || asked === null || !ORDINAL_TERMS.has(asked) || question.mainVerb.term === asked || question.measure !== undefined) return false;
  return !termsOf(ranked.sentence.text).includes(asked);
}

/** "… scored first?", "… finished last?": an ordinal as the question's last word. */
const ORDINAL_LAST = /\b(\p{L}+)\s*[?.!]*\s*$/u;

/** A question about what was: "where was the final played?", "who did it?". */
const PAST_QUESTION = /\b(?:was|were|did|had)\b/i;
const AHEAD_QUESTION = /\b(?:will|would|going\s+to|next|upcoming)\b/i;

/**
 * "Where was the final played?" is not answered by "Rovers will play in the Acme Cup next season":
 * the sentence says the asked verb only after "will", of what will be.
 */
export function futureForPast(question: Question, ranked: Ranked): boolean {
  if (question.type === 'yesno' || !PAST_QUESTION.test(question.text) || AHEAD_QUESTION.test(question.text)) return false;
  const verb = question.mainVerb?.term ?? words(question.text).filter((word) => isPastForm(word.toLowerCase())).map((word) => termOf(word.toLowerCase())).at(-1);
  if (!verb) return false;
  const text = ranked.sentence.text;
  const uses = [...text.matchAll(/\p{L}+/gu)].filter((match) => termOf(match[0].toLowerCase()) === verb);
  return uses.length > 0 && uses.every((match) => WILL_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index)));
}

/** The verb right after "will" ("will play in the Acme Cup next season"), not a past form after it ("will be the first … played"). */
const WILL_BEFORE = /\b(?:will|shall)\s+(?:\p{Ll}+ly\s+)?$|['’]ll\s+$/u;
