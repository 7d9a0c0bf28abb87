import { termOf } from '../../text/terms.js';
import { tokens } from '../../text/tokenize.js';
import type { Span } from '../retrieve/spans.js';

/**
 * Words that set one event in time against another: "on 4 May, a day after Roe left" dates the
 * day's news, not Roe's leaving. "The following day" is no connective.
 */
const CONNECTIVE = /\b(?:after|before|since|until|till|prior to|ahead of|(?<!the\s)following)\b/gi;
/** Punctuation that closes a clause: "after the vote, Roe resigned" dates the vote, not the resignation. */
const CLAUSE_BREAK = /[,;:—–()]/;

/**
 * Whether a span (a date, a place) belongs to another event than the one asked about: every word
 * of the question the sentence has stands on the far side of a connective from it, in the
 * connective's own clause. "The talks took place on 14 May, a day after Roe flew to Oslo" does not
 * say when Roe flew; "Roe resigned after the vote on 4 May" does not say when Roe resigned, nor
 * "Roe was arrested after a robbery in Oslo" where he was arrested. `onlyAfter` reads only words
 * after the span ("… in 2019, soon after his arrest").
 */
export function ofAnotherEvent(text: string, span: Span, asked: (term: string) => boolean, onlyAfter = false): boolean {
  const anchors = tokens(text)
    .filter((token) => (token.start < span.start || token.start >= span.end) && asked(termOf(token.raw.toLowerCase()) ?? ''))
    .map((token) => token.start);
  if (anchors.length === 0) return false;
  if (anchors.every((at) => at >= span.end)) return connects(text.slice(span.end, Math.min(...anchors)));
  if (onlyAfter) return false;
  if (anchors.every((at) => at < span.start)) return connects(text.slice(Math.max(...anchors), span.start));
  return false;
}

/** Whether the text between date and question words holds a connective whose clause runs on to its far end. */
function connects(between: string): boolean {
  return [...between.matchAll(CONNECTIVE)].some((match) => {
    const rest = between.slice(match.index + match[0].length);
    // "… will not open until June": a bound right before the date is its own preposition, no other event.
    return !CLAUSE_BREAK.test(rest) && !(BOUND.test(match[0]) && rest.trim() === '');
  });
}

/** Connectives that bound the asked event by the date they stand before: "until June" ("the first since 2011" dates another). */
const BOUND = /^(?:until|till)$/i;
