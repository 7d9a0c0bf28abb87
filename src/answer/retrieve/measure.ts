import { NUMBER_WORDS } from '../../text/lemmas.js';
import { isEventNoun, isNoun, isQuantityNoun, isRateNoun, isTimeNoun } from '../../text/lexicon.js';
import { isTimeOfDay, SCALE_WORD_SOURCE } from '../../text/values.js';
import { isKindOf } from '../../text/wordnet.js';
import type { Span } from './spans.js';
import { TIME_OF_DAY_MEASURE } from '../understand/question.js';

/**
 * Whether a figure answers "how tall / long / far / old / fast …": it must carry its unit. "six
 * weeks", "30 metres" and "a 90-page report" (a hyphened measure of the thing) do; "injuring 40
 * or more" is a count, and a count is no height, however near the tower it stands. An age may
 * also stand bare after a name ("Jane Roe, 42,"), as news writes ages, or after "age" ("at age
 * 42"). "What time of day" is answered by a date that names one ("yesterday afternoon"), never by
 * the day alone. A speed is a rate ("90 mph", "40 kilometres an hour"), never "a 131-page report",
 * and a rate answers nothing but "how fast".
 */
export function measuredSpan(text: string, span: Span, measure: string): boolean {
  if (measure === TIME_OF_DAY_MEASURE) return isTimeOfDay(span.text);
  // "since I was six years old": an age someone once was, not the one asked.
  if (measure === 'old' && PAST_AGE.test(text.slice(0, span.start))) return false;
  // "at age 39", "aged 39", "at the age of 39": the figure is an age by the word before it, and
  // answers only "how old" ("developed eczema at the age of four months" is no duration).
  if (AGE_BEFORE.test(text.slice(0, span.start))) return measure === 'old';
  const from = text.slice(span.start);
  const figure = FIGURE.exec(from);
  if (!figure) return false;
  const [, , joiner, scaleOrUnit = ''] = figure;
  // "2.3 billion crowns": the unit is the word after the scale; a bare "2.3 billion" is a count.
  const scaled = SCALE.test(scaleOrUnit) ? UNIT_AFTER_SCALE.exec(from.slice(figure[0].length)) : null;
  const word = (scaled ? scaled[1]! : scaleOrUnit).toLowerCase();
  const afterUnit = from.slice(figure[0].length + (scaled ? scaled[0].length : 0));
  // "every 20 minutes" is how often, never how long; "a 62-year-old bridge" is an age, no duration.
  const every = EVERY_BEFORE.test(text.slice(0, span.start));
  const aged = /^[-\s]old\b/.test(afterUnit);
  if (isTimeNoun(word) && every && measure !== 'often') return false;
  if (measure === 'long-time') return isTimeNoun(word) && !aged;
  // "How long is the bridge?": a length, never "six weeks".
  if (measure === 'long-size' && isTimeNoun(word)) return false;
  // "How often?": "every 20 minutes", "three times a week"; "five kilometres" is no frequency.
  if (measure === 'often') return (isTimeNoun(word) && every) || (/^times$/i.test(word) && PER_UNIT.test(afterUnit));
  if (measure === 'fast') return isRateNoun(word) || perTime(afterUnit);
  // "70 kilometres per hour" is a speed: no size, distance or height.
  if (perTime(afterUnit)) return false;
  // "ten days" is no height: a unit of time measures only time, an age or how often. An age says
  // "old" ("a 60-year-old dam", "two years old"): "two years of debate" is no one's age.
  if (isTimeNoun(word)) return TIMED_MEASURES.has(measure) && (measure === 'old') === aged;
  // "passed within 300 metres of the island": a distance from the thing, no size of it.
  if (SIZE_MEASURES.has(measure) && DISTANCE_BEFORE.test(text.slice(0, span.start))) return false;
  // "12 kilometres north of the town": a way from somewhere, no size.
  if (SIZE_MEASURES.has(measure) && DIRECTION_AFTER.test(afterUnit)) return false;
  // "a 95-kilometre ride" is no age: an age is in time ("a 24-year-old") or by apposition ("Roe, 24,").
  if (measure === 'old') return isAgeInApposition(text, span) || SCALED_AGE.test(from);
  // "How long was she chair?" is no "12 counts": a length is in a unit of length (or, for "how long", of time).
  if ((measure === 'long' || measure === 'long-size') && joiner !== '-' && !isTimeNoun(word) && !isLengthUnit(word)) return false;
  if (joiner === '-' && isNoun(word)) return true;
  // "How tall is the dam?" is no "2.3 billion crowns": a height is in a unit of length or of storeys.
  if (UPRIGHT_MEASURES.has(measure)) return isLengthUnit(word) || STOREYS.test(word) || (measure === 'high' && LEVEL_UNIT.test(word));
  return isQuantityNoun(word);
}

/** The scales a figure may carry before its unit: "2.3 billion crowns". */
const SCALE = new RegExp(`^${SCALE_WORD_SOURCE}$`, 'i');
const UNIT_AFTER_SCALE = /^\s+(\p{L}+)/u;
/** Measures of height, width or depth: a unit of length answers them, never a count or a sum. */
const UPRIGHT_MEASURES: ReadonlySet<string> = new Set(['tall', 'high', 'wide', 'deep']);
const STOREYS = /^(?:storeys?|stories|floors)$/;
/** "How high is unemployment?" may ask a level: "7 percent", "40 degrees". */
const LEVEL_UNIT = /^(?:percent|per|degrees?)$/;

/** A unit of length: "metres", "miles", "feet". */
const isLengthUnit = (word: string): boolean => word === 'feet' || isKindOf(word, 'linear_unit');

/** "90 million years old": an age in thousands or millions of years. */
const SCALED_AGE = /^[\d.,]+\s+(?:thousand|million|billion)\s+years?[-\s]old\b/i;

/** A compass direction or "away"/"off" after a unit: "north of the town", "away from the coast", "off the coast". */
const DIRECTION_AFTER = /^\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?|away|off|outside|inland|offshore)\b/i;

/** Measures of a thing's own size, which a distance from it never answers. */
const SIZE_MEASURES: ReadonlySet<string> = new Set(['big', 'large', 'long-size', 'tall', 'wide', 'high', 'deep', 'heavy']);
/** Words before a figure that make it a distance from something: "within", "from", "up to … of". */
const DISTANCE_BEFORE = /\b(?:within|from|away|of\s+up\s+to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?$/i;

/**
 * "closed for at least a week", "after a month of repairs": a stretch of one unit of time, written
 * with "a", that "for" or an "of" after it makes a duration; no figure span holds it, as "a" is no
 * number. Undefined when the sentence has none.
 */
export function durationWithArticle(text: string): Span | undefined {
  const ofEvent = [...text.matchAll(A_UNIT_OF)].filter((match) => isEventNoun(match[3]!.toLowerCase()));
  for (const match of [...text.matchAll(FOR_A_UNIT), ...ofEvent]) {
    if (!isTimeNoun(match[2]!.toLowerCase())) continue;
    const [start, end] = match.indices![1]!;
    return { text: match[1]!, start, end };
  }
  return undefined;
}

/** "a month of repairs": a stretch of time an event filled ("a week of groceries" is an amount). */
const A_UNIT_OF = /\b((?:a|an)\s+(\p{Ll}+))\s+of\s+(\p{Ll}+)/dgu;
const FOR_A_UNIT = /\bfor\s+(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+)?((?:a|an)\s+(\p{Ll}+))\b/dgu;

/** "Tom Berg, 58, said …": a bare figure between commas right after a name is the person's age. */
export function isAgeInApposition(text: string, span: Span): boolean {
  return /\p{Lu}[\p{L}'’.-]*,\s*$/u.test(text.slice(0, span.start)) && /^\d{1,3}\s*[,)]/.test(text.slice(span.start));
}

/** An age, by apposition ("Tom Berg, 58,") or in one hyphened word ("the 60-year-old dam"): never a count. */
export function isAge(text: string, span: Span): boolean {
  return isAgeInApposition(text, span) || /^[\p{L}\d]+-[\p{L}]+-old\b/u.test(text.slice(span.start));
}

/**
 * The span with the unit that makes it a measure: "15" in "waited 15 years" answers as "15 years",
 * "131" in "the 131-page document" as "131-page". An age keeps its figure ("Jane Roe, 42,", "19-year-old").
 */
export function withUnit(text: string, span: Span, measure: string): Span {
  // An age in years is said bare: "19", not "19-year" of "a 19-year-old"; in other units the unit
  // stays, for "nine" of "a nine-month-old" is no baby's age.
  if (measure === 'old') return youngAge(text, span) ?? inYears(text, span);
  const figure = FIGURE.exec(text.slice(span.start));
  if (!figure || !figure[0].toLowerCase().startsWith(span.text.toLowerCase().slice(0, 1))) return span;
  const [whole, , joiner, unit = ''] = figure;
  const word = unit.toLowerCase();
  if (!(joiner === '-' && isNoun(word)) && !isTimeNoun(word) && !isQuantityNoun(word)) return span;
  // "two hours and 41 minutes": a stretch of time given in two units is one answer.
  const more = isTimeNoun(word) ? AND_MORE_TIME.exec(text.slice(span.start + whole.length)) : null;
  const end = span.start + whole.length + (more && isTimeNoun(more[1]!.toLowerCase()) ? more[0].length : 0);
  const measured = end > span.end ? { ...span, text: text.slice(span.start, end), end } : span;
  if (measure === 'often') return asFrequency(text, measured);
  // "70 kilometres per hour": a speed keeps its "per hour", or it is a distance.
  const per = measure === 'fast' && perTime(text.slice(measured.end)) ? PER_UNIT.exec(text.slice(measured.end)) : null;
  return per ? { ...measured, text: text.slice(measured.start, measured.end + per[0].length), end: measured.end + per[0].length } : measured;
}

/** "about 90 million years old": an age in millions keeps its "years", or "90 million" reads as a count. */
function inYears(text: string, span: Span): Span {
  const years = SCALED_YEARS.test(span.text) ? /^\s+years\b/.exec(text.slice(span.end)) : null;
  return years ? { ...span, text: text.slice(span.start, span.end + years[0].length), end: span.end + years[0].length } : span;
}

const SCALED_YEARS = /\b(?:thousand|million|billion)$/i;

/** "every 20 minutes" whole, and "three times a week" with its "a week": "20 minutes" alone is no frequency. */
function asFrequency(text: string, span: Span): Span {
  const every = EVERY_BEFORE.exec(text.slice(0, span.start));
  const per = PER_UNIT.exec(text.slice(span.end));
  const start = every ? span.start - every[0].length + (/^\s/.test(every[0]) ? 1 : 0) : span.start;
  const end = !every && per ? span.end + per[0].length : span.end;
  return start === span.start && end === span.end ? span : { ...span, text: text.slice(start, end), start, end };
}

/** "nine-month-old" or "four months" whole, for an age in a unit other than years ("a six-week-old puppy"). */
function youngAge(text: string, span: Span): Span | undefined {
  // "a nine-month-old", "at the age of four months": an age in a unit shorter than a year.
  const age = /^[\p{L}\d]+-(\p{L}+)-old\b/u.exec(text.slice(span.start)) ?? /^[\p{L}\d]+\s+(days?|weeks?|months?)\b/iu.exec(text.slice(span.start));
  if (!age || /^years?$/i.test(age[1]!)) return undefined;
  return { ...span, text: age[0], end: span.start + age[0].length };
}

/** The measures a unit of time can give: "how long", "how old", "how often". */
const TIMED_MEASURES: ReadonlySet<string> = new Set(['long', 'long-time', 'old', 'often']);

/** "… an hour", "… per second": what makes a distance a speed. */
function perTime(after: string): boolean {
  const unit = PER_UNIT.exec(after)?.[1];
  return unit !== undefined && isTimeNoun(unit.toLowerCase());
}

const PER_UNIT = /^\s+(?:per|an?|each|every)\s+(\p{L}+)/u;
const EVERY_BEFORE = /\bevery\s+$/i;

const AGE_BEFORE = /\b(?:aged?|age of)\s+$/i;
const PAST_AGE = /\b(?:since|when|as|until|before|after)\s+(?:I|he|she|they|we|you)\s+(?:was|were)\s+(?:only\s+|just\s+)?$/i;

const NUMBER = `\\d[\\d.,]*|${[...NUMBER_WORDS.keys()].join('|')}`;
/** "… and 41 minutes" after "two hours". */
const AND_MORE_TIME = new RegExp(`^\\s+and\\s+(?:${NUMBER})\\s+(\\p{L}+)`, 'iu');
/** A figure and the word after it: "30 metres", "90-page", "six weeks". */
// "a" counts as one only where durationWithArticle put it: no figure span starts on an article.
const FIGURE = new RegExp(`^(?:about\\s+|some\\s+|nearly\\s+|almost\\s+|over\\s+|more\\s+than\\s+)?(${NUMBER}|an?(?=\\s))(-|\\s+)([\\p{L}]+)`, 'iu');

/** "a ten-year-old boy": the noun an age in one hyphened word is the age of. */
const HYPHENED_AGE = /^[\p{L}\d]+-[\p{L}]+-old\s+(\p{Ll}+)/u;

/** Whose age an age span gives, when the sentence ties it to a noun ("ten-year-old boy" → "boy"). */
export function ageOwner(text: string, span: Span): string | undefined {
  return HYPHENED_AGE.exec(text.slice(span.start))?.[1];
}

/**
 * "sentenced to six years in prison", "ten days in hospital": a stretch of time spent somewhere,
 * the place's noun; undefined for a duration of no stay. It measures that stay, and answers a
 * "how long" question that names the place, not "how long was he mayor?".
 */
export function stayOf(text: string, span: Span): string | undefined {
  return STAY_AFTER.exec(text.slice(span.end))?.[1]?.toLowerCase();
}

const STAY_AFTER = /^\s+(?:(?:years?|months?|weeks?|days?|hours?)\s+)?(?:in|behind)\s+(?:a\s+|the\s+)?(prison|jail|gaol|custody|detention|hospital|bars|space|orbit|exile|hiding)\b/i;
