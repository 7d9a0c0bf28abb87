import { LEMMA } from '../../text/lemmas.js';
import { citationOf } from './cite.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import type { Question } from '../understand/question.js';
import { excerpt, MAX_QUOTE_CHARS, spokenExcerpt } from './quote.js';
import type { Ranked } from '../retrieve/rank.js';
import type { Sentence } from '../../corpus/corpus.js';
import { fill, TEMPLATES } from './templates.js';
import type { Answered } from '../types.js';
import { namesSpeaker, quotedFromStart, speakerOfSentence, speakerOfValue } from '../read/attribution.js';
import { supportedBy, verbFooting } from '../read/support.js';
import { isLocative, nameSpans, type Span } from '../retrieve/spans.js';
import { withUnit } from '../retrieve/measure.js';
import { COUNTED_TYPES } from '../retrieve/figures.js';
import { CALENDAR_SOURCE, FIGURE_QUALIFIER } from '../../text/values.js';
import { isAgentOfPassive } from '../retrieve/roles.js';
import type { Proposition, Verdict } from '../read/yesno.js';
import { isAuxiliary, isCollectiveNoun, isNoun, isPersonNoun, isQuantityNoun, isTimeNoun, literal } from '../../text/lexicon.js';
import { termOf } from '../../text/terms.js';
import { baseForm, properClass } from '../../text/wordnet.js';
import { PIPELINE_OPTIONS } from '../options.js';

/** What an answer is built from: the sentence chosen, the short answer, and how sure we are. */
export interface Evidence {
  ranked: Ranked;
  /** A runner-up sentence nearly as good, quoted second: the two often split one fact. */
  second?: Ranked;
  /** For definitions: the description found for the subject; `introduced` for a title before the name. */
  description?: { subject: string; text: string; introduced?: boolean };
  confidence: number;
}


/** "released the transcript" can follow an answer; "did he call" cannot. */
function usablePredicate(predicate: string | undefined): predicate is string {
  const verb = predicate?.split(' ')[0] ?? '';
  return verb.length > 0 && !isAuxiliary(verb) && (/ed$/i.test(verb) || LEMMA.has(verb.toLowerCase()) || /s$/i.test(verb));
}

const SPAN_LEAD_MIN = PIPELINE_OPTIONS.say.spanLeadMin;
const LOWER_CASE = /\p{Ll}/u;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lead(kb: KnowledgeBase, question: Question, evidence: Evidence): { text: string; short: string } | undefined {
  const { ranked, description } = evidence;
  if (description) {
    const template = description.introduced ? TEMPLATES.say.introducedAs : TEMPLATES.lead.definition;
    return { text: fill(template, { subject: description.subject, answer: description.text, n: 1 }), short: description.text };
  }
  if (question.type === 'yesno') return undefined;
  const span = ranked.span;
  if (!span) return undefined;
  // A quote speaks for itself; a "what" span is a guess among names and numbers, so it is not led with.
  if (question.type === 'quote' || question.type === 'thing') return { text: '', short: span.text };
  // "Where was Roe?" led by a name that is no place of anything ("The agency has not …") would be a
  // claim the sentence does not make: the quotation answers alone.
  if (question.type === 'place' && !isLocative(ranked.sentence.text, span)) return { text: '', short: span.text };
  // Two answers of the type fit the sentence nearly as well ("Jane Roe" beside "Tom Berg"):
  // leading with one would be a guess, so the quotation answers alone.
  if ((ranked.spanLead ?? Infinity) < SPAN_LEAD_MIN) return { text: '', short: span.text };
  const speaker = REPORTABLE.has(question.type) ? speakerOfValue(kb, ranked.sentence, span.start) : undefined;
  if (question.type === 'reason' && !speaker) return { text: `${capitalise(span.text)} [1].`, short: span.text };
  // The question's words are restated only when the cited sentence backs every one of them.
  const said = quotable(kb, ranked.sentence).text;
  // A question in capitals is not echoed: "Acme RELEASED THE REPORT" would shout back.
  const restate = question.type === 'person' && LOWER_CASE.test(question.text) && usablePredicate(question.predicate) && supportedBy(kb, question.predicate, [doneBy(said, span)]) && verbFooting(question.predicate, said) === 'asserted';
  const template = speaker
    ? TEMPLATES.say.spanReported
    : restate
      ? TEMPLATES.lead.personPredicate
      : TEMPLATES.lead[question.type as keyof typeof TEMPLATES.lead] ?? TEMPLATES.lead.person;
  const { value, said: stated } = valueOf(question, ranked.sentence.text, span);
  // "…, according to a leaked transcript" in the span is what the template adds: said once.
  const answer = speaker ? stated.replace(TRAILING_ACCORDING, '') : stated;
  return { text: capitalise(fill(template, { answer, speaker: speaker ? midSentence(speaker) : '', predicate: question.predicate ?? '', n: 1 })), short: value };
}

const TRAILING_ACCORDING = /,?\s+according\s+to\s+[^,]+$/i;

/**
 * The answer's value (its short answer) and how the lead says it: a figure with its unit when it
 * counts no asked noun ("40 minutes"), a hyphened stretch of time as one ("48 hours"), and either
 * with the story's qualifier ("at least 107", "around 3 am").
 */
function valueOf(question: Question, sentence: string, span: Span): { value: string; said: string } {
  if (question.type === 'date') return { value: span.text, said: withQualifier(sentence, span, TIME_QUALIFIER) };
  if (!COUNTED_TYPES.has(question.type)) return { value: span.text, said: span.text };
  // "How much less sleep did they get?" over "40 minutes less": a figure that counts no asked noun keeps its unit.
  // "How much grain was lost?" over "about 12 tonnes of grain": a unit of measure before the asked noun stays.
  const bare = question.type === 'number' && ((question.headNoun === undefined && !question.countsPeople && question.measure === undefined) || unitBefore(sentence, span, question.headNoun));
  const value = stretchOfTime(bare ? withUnit(sentence, span, UNIT_ONLY).text : span.text);
  return { value, said: withQualifier(sentence, { ...span, text: value }) };
}

/** Whether a unit of measure ("tonnes", "litres") follows the figure, then "of" and the counted noun. */
function unitBefore(sentence: string, span: Span, noun: string | undefined): boolean {
  const unit = /^\s+(\p{Ll}+)\s+of\s/u.exec(sentence.slice(span.end))?.[1];
  return noun !== undefined && unit !== undefined && isQuantityNoun(unit) && termOf(unit) !== termOf(noun);
}

/** No measure in particular: withUnit adds whatever unit of time or quantity follows the figure. */
const UNIT_ONLY = 'much';

/** "48-hour", as in "a 48-hour strike": a figure and a unit of time hyphened before a noun ("nine-month-old" is an age). */
const HYPHENED_TIME = /^([^\s-]+)-(\p{Ll}+)$/u;

/** "How long is the strike?" → "48 hours", not "48-hour": a stretch of time said as one. */
function stretchOfTime(text: string): string {
  const [, figure = '', unit = ''] = HYPHENED_TIME.exec(text) ?? [];
  if (!unit || !isTimeNoun(unit)) return text;
  const one = /^(?:1|one|a)$/i.test(figure);
  return `${figure} ${one ? unit : unit.replace(/([^aeiou])y$/, '$1ie') + 's'}`;
}

/** "at least", "more than a", "about" before a figure: "107" alone would claim more than "at least 107" does. */
const QUALIFIER = new RegExp(`\\b${FIGURE_QUALIFIER}\\s+$`, 'i');

/** "at around 3 am", "shortly after midnight": a time the story gives as near, not exact. */
const TIME_QUALIFIER = /\b(?:about|around|approximately|roughly|nearly|almost|shortly\s+(?:after|before)|just\s+(?:after|before))\s+$/i;

/** The figure (or time) as the story qualifies it: "at least 107", "more than a thousand", "around 3 am". */
function withQualifier(sentence: string, span: { text: string; start: number }, qualifiers = QUALIFIER): string {
  const before = sentence.slice(Math.max(0, span.start - 24), span.start);
  const qualifier = qualifiers.exec(before);
  return qualifier && !/^(?:between|every)\b/i.test(span.text) ? `${qualifier[0]}${span.text}` : span.text;
}

/**
 * The answers that are a value or a cause someone may have given ("the repairs will cost $10
 * million, he said"): led as that person's word, as a yes or no on someone's word is. A name answering "who"
 * is who was named, whoever named them.
 */
const REPORTABLE: ReadonlySet<Question['type']> = new Set(['number', 'money', 'percent', 'date', 'place', 'reason']);

/**
 * The part of a sentence that can say what the span did: from the span on ("Roe, who headlined
 * the 2013 show"), or all of it when the span is a passive's agent ("was headlined by the Acme Band").
 * Words of the sentence before its doer ("the 2016 show" earlier) are no part of its deed.
 */
function doneBy(said: string, span: { text: string }): string {
  const at = said.indexOf(span.text);
  if (at < 0 || isAgentOfPassive(said, { text: span.text, start: at, end: at + span.text.length })) return said;
  // "Rovers beat City 2-1 on Saturday to reach the cup final": what follows an infinitive of
  // purpose is what the deed was for, not the deed ("won the cup final" would restate the aim as done).
  const deed = said.slice(at);
  const purpose = PURPOSE_AFTER.exec(deed.slice(span.text.length));
  return purpose ? deed.slice(0, span.text.length + purpose.index + (purpose[1] ?? '').length) : deed;
}

/**
 * An infinitive of purpose after a finished clause, one whose last words give a figure, a day or a
 * comma ("… 2-1 on Saturday to reach …", "…, in order to …"), or a ", with" clause; "called for
 * Roe to be sacked" is the verb's own complement.
 */
const PURPOSE_AFTER = new RegExp(String.raw`((?:\d\S*|,|\b${CALENDAR_SOURCE})(?:\s+\S+){0,2}?)\s+(?:in\s+order\s+)?to\s+\p{Ll}+|,\s+with\s`, 'u');

const count = (text: string, mark: RegExp): number => text.match(mark)?.length ?? 0;

/**
 * The sentence as a reader needs it: one that closes a quotation opened in the sentence before
 * ("… all informal. And let them decide,” Doe told Roe") is quoted from the
 * quotation's start, so the speaker and the words arrive together.
 */
export function quotable(kb: KnowledgeBase, sentence: Sentence): { text: string; offset: number } {
  const previous = kb.corpus.sentences[sentence.id - 1];
  const opens = count(sentence.text, /[“]/g);
  const closes = count(sentence.text, /[”]/g);
  // Straight quotes do not say which way they face: an odd count here and before is one quotation across both.
  const straight = (text: string): boolean => count(text, /"/g) % 2 === 1;
  const curly = closes > opens && previous !== undefined && count(previous.text, /[“]/g) > count(previous.text, /[”]/g);
  if (previous && previous.passage === sentence.passage && (curly || (straight(sentence.text) && straight(previous.text)))) {
    return { text: `${previous.text} ${sentence.text}`, offset: previous.text.length + 1 };
  }
  return { text: sentence.text, offset: 0 };
}

/** The whole answer stays under this, so a chat message stays readable. */
export const MAX_ANSWER_CHARS = 400;
const SECOND_QUOTE_MIN_CHARS = 80;

/**
 * Who to name before a quotation: the speaker of a sentence that is someone's words ("“…,” Roe
 * said"), when the excerpt shown does not name them itself. Undefined for the story's own voice.
 */
export function speakerToName(kb: KnowledgeBase, sentence: Sentence, shown: string): string | undefined {
  if (!quotedFromStart(kb, sentence, quotable(kb, sentence).text)) return undefined;
  const speaker = speakerOfSentence(kb, sentence);
  return speaker && !namesSpeaker(shown, speaker) ? speaker : undefined;
}

/**
 * A speaker as written inside a sentence: "Police" or "Officials", capitalised only by opening the
 * story's sentence, is "according to police". Only a group or a plural of persons is lowered: a
 * surname may be a common noun too ("Baker"), and any name WordNet knows stays.
 */
function midSentence(speaker: string): string {
  const lower = speaker.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(speaker) || properClass(speaker) !== undefined) return speaker;
  const plural = baseForm(lower, 'noun') !== undefined && baseForm(lower, 'noun') !== lower;
  return isCollectiveNoun(lower) || (plural && isPersonNoun(lower)) ? lower : speaker;
}

/** A quotation line: “…” [n], or Roe said: “…” [n] when the words are Roe's and the excerpt hides it. */
export function quoteLine(kb: KnowledgeBase, sentence: Sentence, quote: string, n: number, plain: string, bySpeaker: string): string {
  const speaker = speakerToName(kb, sentence, quote);
  // Introduced by its speaker, a quotation needs no opening mark of its own: “I would …”, not “‘I would …”.
  const own = speaker ? spokenExcerpt(quote) : quote;
  // A speaker that opens the line opens a sentence: "The president said: …".
  return speaker ? fill(bySpeaker, { speaker: bySpeaker.startsWith('{speaker}') ? capitalise(speaker) : midSentence(speaker), quote: own, n }) : fill(plain, { quote, n });
}

/** Room a "Roe said:" before a quotation may take, kept out of the quotation's budget. */
const SPEAKER_ALLOWANCE = 32;
/** The characters " said: " adds to a speaker's name. */
const SPEAKER_OVERHEAD = 8;

export function composeAnswer(kb: KnowledgeBase, question: Question, evidence: Evidence, notices: string[]): Answered {
  const { sentence } = evidence.ranked;
  const found = lead(kb, question, evidence);
  const leadText = found?.text ?? '';
  const second = evidence.second;
  const secondMarker = second && second.sentence.passage !== sentence.passage ? 2 : 1;
  // Budget for the quotations: what the lead and the template words leave of the limit.
  const speaker = speakerToName(kb, sentence, sentence.text);
  const overhead = leadText.length + 16 + (speaker ? speaker.length + SPEAKER_OVERHEAD : 0) + (found?.text ? 0 : TEMPLATES.quoteAlone.length);
  const budget = MAX_ANSWER_CHARS - overhead;
  const firstLimit = second ? Math.min(MAX_QUOTE_CHARS, Math.max(budget - SECOND_QUOTE_MIN_CHARS - 12, Math.floor(budget / 2))) : Math.min(MAX_QUOTE_CHARS, budget);
  const first = quotable(kb, sentence);
  const quote = excerpt(first.text, first.offset + (evidence.ranked.span?.start ?? 0), firstLimit);
  const secondLimit = budget - quote.length - 12;
  const quotes = [
    found?.text ? quoteLine(kb, sentence, quote, 1, TEMPLATES.quote, TEMPLATES.say.quoteBy) : quoteLine(kb, sentence, quote, 1, TEMPLATES.quoteAlone, TEMPLATES.say.quoteAloneBy),
  ];
  const next = second ? quotable(kb, second.sentence) : undefined;
  if (second && next && secondLimit >= SECOND_QUOTE_MIN_CHARS) {
    const shown = excerpt(next.text, next.offset + (second.span?.start ?? 0), secondLimit);
    quotes.push(quoteLine(kb, second.sentence, shown, secondMarker, TEMPLATES.quote, TEMPLATES.say.quoteBy));
  }
  // A second quotation that would push the answer past the limit (long speaker names) is dropped.
  if (quotes.length > 1 && leadText.length + quotes.join(' ').length + 1 >= MAX_ANSWER_CHARS) quotes.length = 1;
  const lines = found?.text ? [leadText, quotes.join(' ')] : [quotes.join(' ')];
  const citations = [citationOf(kb, sentence.passage, 1, first.text)];
  if (quotes.length > 1 && second && secondMarker === 2) citations.push(citationOf(kb, second.sentence.passage, 2, next?.text));
  return {
    kind: 'answer',
    question: question.text,
    text: lines.join('\n'),
    abstained: false,
    confidence: evidence.confidence,
    shortAnswer: found?.short ?? null,
    citations,
    notices,
  };
}

/**
 * A yes/no answer: "Yes"/"No" in the story's voice, "According to Roe, yes" on one person's word,
 * or "The story doesn't say whether …" (restating only words the cited passage backs) and the
 * closest thing it does say, attributed.
 */
/**
 * The asker's words as the bot says them back: "whether i can wash my car" is "whether you can
 * wash your car". A statement about "you" (the bot, or anyone) is not restated.
 */
function toReader(statement: string): string {
  if (/\byou(?:r|rs|rself)?\b/i.test(statement)) return '';
  return statement.replace(/\b(?:i|me|my|mine|myself|am)\b/gi, (word) => READER_FORMS[word.toLowerCase()] ?? word);
}

/** The statement with the story's own casing of the names it shares: "whether Quillon City won", not "Quillon city". */
function asWritten(statement: string, cited: string): string {
  let out = statement;
  // "Schools in three districts …" opens a sentence: a common noun capitalised by its place is no name.
  const names = nameSpans(cited).map((span) => span.text).filter((name) => name.includes(' ') || !isNoun(name.toLowerCase()));
  for (const name of new Set(names)) {
    out = out.replace(new RegExp(`\\b${literal(name)}\\b`, 'gi'), name);
  }
  return out;
}

const READER_FORMS: Readonly<Record<string, string>> = { i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', am: 'are' };

export function composeVerdict(
  kb: KnowledgeBase,
  question: Question,
  verdict: Verdict,
  proposition: Pick<Proposition, 'statement'>,
  evidence: { confidence: number; second?: Ranked },
  notices: string[],
  unsaidTemplate: string = TEMPLATES.say.unsaid,
): Answered {
  const ranked = verdict.kind === 'unsaid' ? verdict.closest : verdict.ranked;
  const { sentence } = ranked;
  const first = quotable(kb, sentence);
  const cited = kb.corpus.passages[sentence.passage]?.text ?? sentence.text;
  let leadText: string;
  if (verdict.kind === 'unsaid') {
    const statement = asWritten(toReader(proposition.statement), cited);
    leadText = statement.length > 0 && statement.length <= MAX_STATEMENT_CHARS && supportedBy(kb, statement, [cited]) ? fill(unsaidTemplate, { statement }) : TEMPLATES.say.unsaidBare;
  } else if (verdict.speaker) {
    const template = verdict.kind === 'yes' ? TEMPLATES.say.yesReported : verdict.nearly ? TEMPLATES.say.notQuiteReported : TEMPLATES.say.noReported;
    leadText = fill(template, { speaker: midSentence(verdict.speaker), n: 1 });
  } else leadText = fill(verdict.kind === 'yes' ? TEMPLATES.lead.yes : verdict.nearly ? TEMPLATES.lead.notQuite : TEMPLATES.lead.no, { n: 1 });
  const budget = MAX_ANSWER_CHARS - leadText.length - 16 - SPEAKER_ALLOWANCE - TEMPLATES.say.closestBy.length;
  // "The story doesn't say" shows what it does say nearest the question: the runner-up too, if room.
  const second = verdict.kind === 'unsaid' && evidence.second && evidence.second.sentence.id !== sentence.id ? evidence.second : undefined;
  const quote = excerpt(first.text, first.offset, second ? Math.min(MAX_QUOTE_CHARS, Math.max(budget - SECOND_QUOTE_MIN_CHARS - 12, Math.floor(budget / 2))) : budget);
  const lines = [
    verdict.kind === 'unsaid'
      ? quoteLine(kb, sentence, quote, 1, TEMPLATES.say.closest, TEMPLATES.say.closestBy)
      : quoteLine(kb, sentence, quote, 1, TEMPLATES.quote, TEMPLATES.say.quoteBy),
  ];
  const citations = [citationOf(kb, sentence.passage, 1, first.text)];
  const room = budget - quote.length - 12;
  if (second && room >= SECOND_QUOTE_MIN_CHARS) {
    const marker = second.sentence.passage === sentence.passage ? 1 : 2;
    const next = quotable(kb, second.sentence);
    lines.push(quoteLine(kb, second.sentence, excerpt(next.text, next.offset, room), marker, TEMPLATES.quote, TEMPLATES.say.quoteBy));
    if (marker === 2) citations.push(citationOf(kb, second.sentence.passage, 2, next.text));
  }
  return {
    kind: 'answer',
    question: question.text,
    text: `${leadText}\n${lines.join(' ')}`,
    abstained: false,
    confidence: evidence.confidence,
    shortAnswer: verdict.kind === 'unsaid' ? null : verdict.kind === 'yes' ? 'Yes' : 'No',
    citations,
    notices,
  };
}

/** A restated proposition longer than this is not repeated: "The story doesn't say." suffices. */
const MAX_STATEMENT_CHARS = 120;
