import { COPULA } from '../text/lexicon.js';
import { termOf } from '../text/terms.js';
import type { Question } from './question.js';
import type { Span } from './spans.js';

/** A past participle right after a name in a headline: "Parents prosecuted after …". */
const PARTICIPLE_AFTER = /^\s+(\p{L}+ed)\b/u;
const DOER_TYPES = new Set(['person', 'entity']);

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
