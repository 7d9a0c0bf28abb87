import { COPULA } from '../../text/lexicon.js';
import { termOf } from '../../text/terms.js';
import { hyphenedWords } from '../../text/tokenize.js';
import type { Question } from '../understand/question.js';
import type { Span } from './spans.js';
import { isCapitalised } from '../../text/names.js';

/** A past participle right after a name in a headline: "Parents prosecuted after …". */
const PARTICIPLE_AFTER = /^\s+(\p{L}+ed)\b/u;
const DOER_TYPES = new Set(['person', 'entity']);
/** Answer types whose spans are runs of capitalised words. */
const NAME_TYPES = new Set(['person', 'entity', 'place']);
/** A headline is in Title Case when none of its words past the first is lower case, and it has this many. */
const TITLE_CASE_MIN_WORDS = 3;

/**
 * Whether a headline's span is who something was done to, when the question asks who did it.
 * Headlines drop "is"/"were": "Parents prosecuted after …" means the parents were prosecuted, so
 * they are no answer to "who is prosecuting?" (they are to "who was prosecuted?").
 */
export function doneToInHeadline(question: Question, headline: string, span: Span): boolean {
  const verb = question.mainVerb;
  if (!verb || !DOER_TYPES.has(question.type)) return false;
  const participle = PARTICIPLE_AFTER.exec(headline.slice(span.end))?.[1];
  if (!participle || termOf(participle.toLowerCase()) !== verb.term) return false;
  const askedPassive = !/ing$/i.test(verb.word) && new RegExp(String.raw`\b(?:${COPULA}|be|been|being|get|gets|got)\s+${verb.word}\b`, 'i').test(question.text);
  return !askedPassive;
}

/** "Harbour Board Approves New Pier": every word capitalised, so capitals do not mark names. */
export function isTitleCase(headline: string): boolean {
  const words = hyphenedWords(headline).slice(1);
  // Short joining words may stay lower case in Title Case ("of", "in", "to", "for").
  const long = words.filter((word) => word.length > 3);
  return long.length >= TITLE_CASE_MIN_WORDS && long.every(isCapitalised);
}

/** Whether a headline can give a name as an answer: not when Title Case capitalises every word. */
export function namesReadable(question: Question, headline: string): boolean {
  return !NAME_TYPES.has(question.type) || !isTitleCase(headline);
}
