import { TIME_BOUNDS } from '../../text/lexicon.js';
import type { Span } from '../retrieve/spans.js';
import type { Question } from '../understand/question.js';

/** Characters before a date read for its preposition. */
const LEAD_CHARS = 24;

/**
 * Whether a date answers "when does it start?" or "when does it end?" by its preposition, with no
 * such verb in the sentence: "a 48-hour strike from next Monday", "open until 30 June".
 */
export function boundsAskedTime(question: Question, text: string, span: Span): boolean {
  const verb = question.mainVerb?.lemma;
  if (question.type !== 'date' || verb === undefined) return false;
  const bound = TIME_BOUNDS.find(({ verbs }) => verbs.has(verb));
  // A span may hold its own preposition ("from 1 May"): its first word is read with the lead.
  const lead = text.slice(Math.max(0, span.start - LEAD_CHARS), span.start);
  return bound !== undefined && (bound.before.test(lead) || bound.before.test(lead + (/^\p{L}+\s+/u.exec(span.text)?.[0] ?? '')));
}
