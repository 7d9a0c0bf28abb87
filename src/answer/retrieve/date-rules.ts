import { ATTRIBUTION_VERBS } from '../../corpus/claims.js';
import { LEMMA } from '../../text/lemmas.js';
import { isPastForm, OCCURRENCE_VERBS } from '../../text/lexicon.js';
import { isTimeOfDay, WEEKDAY_SOURCE } from '../../text/values.js';
import { SET_AHEAD_BEFORE } from '../../text/tense.js';
import { isStopWord, termOf } from '../../text/terms.js';
import { baseForm } from '../../text/wordnet.js';
import type { WordAt } from './figures.js';
import type { Span } from './spans.js';

/** What the date rules read of the question besides its text. */
export interface DateQuery {
  /** The asked verb as the story may write it, when the question has one. */
  verbForms: ReadonlySet<string> | undefined;
  /** Whether the asked verb is one of saying; undefined without a verb. */
  speechVerb: boolean | undefined;
  questionTerms: ReadonlySet<string>;
}

/**
 * Whether a date span dates another event than the one a "when" question asks about:
 * "When will Acme shut Zorbnet?" is answered by neither "… Zorbnet, the app it launched in 2019,"
 * (an aside with a verb of its own) nor "Acme announced on Tuesday that …" (the saying), and
 * "when did Riverton last reach the final?" by no date after "will face", nor "when will they
 * inspect it again?" by the date of the inspection told in the past.
 */
export function datesOtherEvent(question: string, sentence: string, words: readonly WordAt[], span: Span, query: DateQuery): boolean {
  if (query.verbForms && datesAside(sentence, words, span, query.verbForms)) return true;
  if (ASKS_PAST_DATE.test(question) && SET_AHEAD_BEFORE.test(sentence.slice(0, span.start))) return true;
  if (ASKS_FUTURE_DATE.test(question) && toldInPast(sentence, words, span)) return true;
  // "When did Riverton last win the league?" asks of a time before the story's: not "on Sunday", when it won now.
  if (ASKS_LAST_TIME.test(question) && DAY_OF_THE_NEWS.test(span.text)) return true;
  // "When did it happen before?" asks of an earlier time: not the news's own hour or day.
  if (ASKS_BEFORE.test(question) && (DAY_OF_THE_NEWS.test(span.text) || isTimeOfDay(span.text))) return true;
  if (datedLater(sentence, words, span, query.questionTerms)) return true;
  if (query.verbForms && askedOnlyAsCharge(sentence, words, span, query.verbForms)) return true;
  return query.speechVerb === false && datesSaying(sentence, span, query.questionTerms);
}

/**
 * "When was the authority told?" over "It discovered the breach on October 9, …, and informed the
 * authority two days later": a clause joined after the date's, with a time of its own counted from
 * it, is another event, and a question whose words are only there is not dated by the first.
 */
function datedLater(sentence: string, words: readonly WordAt[], span: Span, questionTerms: ReadonlySet<string>): boolean {
  const join = JOINED_CLAUSE.exec(sentence.slice(span.end));
  if (!join || !isPastForm(join[1]!)) return false;
  const from = span.end + join.index;
  const later = sentence.slice(from);
  if (!RELATIVE_LATER.test(later)) return false;
  const asked = words.filter((word) => word.term !== null && questionTerms.has(word.term) && !isStopWord(sentence.slice(word.start, word.end)));
  const before = sentence.lastIndexOf('.', span.start) + 1;
  return asked.some((word) => word.start >= from) && !asked.some((word) => word.start >= before && word.end <= from);
}

/**
 * "When did he take the bribes?" over "… on Thursday sentenced Pell … for taking bribes": where
 * the sentence says the asked verb only as a gerund after "for", "of" or "over" (what someone is
 * sentenced, accused or praised for), its date is the main verb's, not that act's.
 */
function askedOnlyAsCharge(sentence: string, words: readonly WordAt[], span: Span, verbForms: ReadonlySet<string>): boolean {
  const said = words.filter((word) => word.term !== null && verbForms.has(word.term));
  // A date after the gerund is its own: "of accepting … between 2018 and 2022".
  return said.length > 0 && span.end <= said[0]!.start && said.every((word) => /ing$/i.test(sentence.slice(word.start, word.end)) && CHARGE_BEFORE.test(sentence.slice(0, word.start)));
}

/** A verb of judging, then "for"/"of"/"over" before the gerund: "sentenced … for taking", "accused of leaking" ("used in 1712 for pumping" dates the pumping). */
const CHARGE_BEFORE = /\b(?:sentenced|jailed|convicted|arrested|fined|charged|accused|guilty|banned|punished|suspended|sacked|fired|blamed|criticised|criticized|praised|thanked|honoured|honored)\b[^.;]*\b(?:for|of|over)\s+$/i;

/** ", and informed …": a second verb of the same subject, in the past. */
const JOINED_CLAUSE = /,?\s+and\s+(?:then\s+)?(\p{Ll}+)\b/u;
/** A time counted from the clause before: "two days later", "the next day", "a week afterwards". */
const RELATIVE_LATER = /\b(?:later|afterwards|the\s+(?:next|following)\s+(?:day|morning|week|month|year))\b/i;

/** "When did …?", "when was …?": a question about a past event. */
const ASKS_PAST_DATE = /^when\s+(?:did|was|were)\b/i;

/** "When did Roe last win?": the time before the story's own. */
const ASKS_LAST_TIME = /^when\b.*\blast\b/i;
/** "… before?", "… previously?", "… ever?": a question about an earlier time than the story's. */
const ASKS_BEFORE = /^when\b.*\b(?:before|previously|ever)\s*[?.!]*$/i;
/** A date by the day of print: "on Sunday", "yesterday", "this morning". */
const DAY_OF_THE_NEWS = new RegExp(`^(?:on\\s+)?(?:${WEEKDAY_SOURCE}|yesterday|today|tonight|this\\s+\\p{L}+)\\b`, 'iu');

/** "When will …?", "when is … going to …?": a question about an event to come. */
const ASKS_FUTURE_DATE = /^when\s+(?:will|shall|(?:is|are)\b.*\bgoing\s+to)\b/i;
/** Words that put a clause's event ahead, whatever its other verbs' tense: "said it would", "postponed until". */
const AHEAD_IN_CLAUSE = /\b(?:will|would|shall|due|set\s+to|scheduled|expected|plans?|planned|until|next)\b/i;

/**
 * Whether the date's clause tells of it in the past only ("the council inspected the block in
 * March"), which answers no "when will …?".
 */
function toldInPast(sentence: string, words: readonly WordAt[], span: Span): boolean {
  const from = Math.max(sentence.lastIndexOf(',', span.start), sentence.lastIndexOf(';', span.start)) + 1;
  const clause = sentence.slice(from, span.start);
  if (AHEAD_IN_CLAUSE.test(clause)) return false;
  return words.some((word) => word.start >= from && word.end <= span.start && isPastForm(sentence.slice(word.start, word.end)) && !isStopWord(sentence.slice(word.start, word.end)));
}

/** A verb of saying right before a date: "announced on Tuesday", "said Monday". */
const SAYING_RIGHT_BEFORE = new RegExp(`\\b(${ATTRIBUTION_VERBS}|announced|reported|confirmed|revealed)\\s+(?:on\\s+)?$`, 'i');

/** Whether the date follows a verb of saying the question does not ask about ("when was the announcement?" does). */
function datesSaying(sentence: string, span: Span, questionTerms: ReadonlySet<string>): boolean {
  const verb = SAYING_RIGHT_BEFORE.exec(sentence.slice(Math.max(0, span.start - 24), span.start))?.[1];
  return verb !== undefined && !questionTerms.has(termOf(verb) ?? verb);
}

/** Whether the span sits between commas with a past verb of its own, and the asked verb is said outside them. */
function datesAside(sentence: string, words: readonly WordAt[], span: Span, verbForms: ReadonlySet<string>): boolean {
  const from = sentence.lastIndexOf(',', span.start) + 1;
  const next = sentence.indexOf(',', span.end);
  const to = next < 0 ? sentence.length : next;
  if (from === 0 || next < 0) return false;
  const inside = words.filter((word) => word.start >= from && word.end <= to && (word.end <= span.start || word.start >= span.end));
  const outside = words.filter((word) => word.start < from || word.start >= to);
  const ownVerb = (word: WordAt): boolean => {
    const text = sentence.slice(word.start, word.end);
    return word.term !== null && !verbForms.has(word.term) && isPastForm(text) && !isStopWord(text) && !OCCURRENCE_VERBS.has(LEMMA.get(text.toLowerCase()) ?? baseForm(text, 'verb') ?? text);
  };
  return inside.some(ownVerb) && !inside.some((word) => word.term !== null && verbForms.has(word.term)) && outside.some((word) => word.term !== null && verbForms.has(word.term));
}
