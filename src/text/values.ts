/**
 * Typed values written in text: dates, figures, sums of money, percentages. Regular expressions
 * over calendar and number words (closed classes of the language), shared by the span finder and
 * the index-time annotation, so both see the same values.
 */
export type ValueKind = 'date' | 'number' | 'money' | 'percent';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** A year as news writes one, 1500–2099, as a regular-expression source (no anchors). */
export const YEAR_SOURCE = '(?:1[5-9]|20)\\d\\d';
/** A day of the week, as a regular-expression source. */
export const WEEKDAY_SOURCE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const WEEKDAY = WEEKDAY_SOURCE;
/** A day of the week or a month, as a regular-expression source: "on Saturday", "in May". */
export const CALENDAR_SOURCE = `(?:${WEEKDAY}|${MONTH})`;
const PART_OF_DAY = '(?:morning|afternoon|evening|night)';
/** Stretches of the calendar a date counts from the day of print: "next year", "this summer". */
const PERIOD = '(?:year|month|week|weekend|season|spring|summer|autumn|winter|quarter|decade)';
/** Parts of the day said on their own ("at dawn", "by nightfall"), beside the ones a day name takes; a regular-expression source. */
export const TIME_WORD_SOURCE = '(?:morning|afternoon|evening|night|noon|midday|midnight|dawn|dusk|daybreak|sunrise|sunset|nightfall|lunchtime)';

/** A figure in digits as a word of its own: "9", "1,400", "2.5" (not the "6" of a name such as "Zorbnet6"). */
export const DIGIT_FIGURE = /(?<![\p{L}\d,.])\d(?:[\d,.]*\d)?(?![\p{L}\d])/gu;
/** A clock time: "9am", "6:30 p.m.", "14:45". */
const AM_PM = '\\s?(?:[ap]\\.m\\.|[ap]m\\b)';
const CLOCK = `\\b(?:[01]?\\d|2[0-3])(?::[0-5]\\d(?:${AM_PM})?|${AM_PM})`;
const NUMBER_WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)';
/**
 * A figure starts where no digit, comma, point or colon precedes it, nor a clock time ("07:42" is
 * no count of 42), and is at most 24 characters long, so a failed match costs a bounded scan
 * (linear in the text even on "1,1,1,…" hostile input).
 */
const DIGITS = '(?<![\\d,.:])(?!\\d{1,2}:\\d)\\d[\\d,]{0,23}';
/** The scale words a figure may carry: "2.3 billion". */
export const SCALE_WORD_SOURCE = '(?:hundred|thousand|million|billion|trillion)';
const SCALE = `(?:\\s${SCALE_WORD_SOURCE})?`;
/** The parts a share is written in: "a third", "two-fifths", "three quarters". */
export const FRACTION_WORD_SOURCE = '(?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)';

/** A share in words as a span ends: "a third", "two-thirds", "half". */
export const FRACTION_SHARE = new RegExp(`(?:${FRACTION_WORD_SOURCE}|half)$`, 'i');

/** Whether a span is a share of a whole: "38 percent", "25%", "a third", "one in five". */
export function isShareText(text: string): boolean {
  return /(?:%|\bper\s?cent)$/i.test(text) || FRACTION_SHARE.test(text) || /^one in \S+$/i.test(text);
}
/** Currencies written out after a figure: "4.2 billion kroner", "300 yen". */
const CURRENCY_NAMES = 'dollars|pounds|euros|usd|kroner|kronor|krone|yen|yuan|renminbi|rupees|francs|pesos|roubles|rubles|rand|lira|naira|shekels|dinars|dirhams|riyals|ringgit|zlotys?|forints';

/** A sum's scale may be written short after its figure: "£2.1bn", "$4.5m", "€350k". */
const MONEY_SCALE = `(?:\\s${SCALE_WORD_SOURCE}|(?:bn|m|k|tn)(?![A-Za-z]))?`;

/** Patterns of typed values, most specific first within each type. */
export const VALUE_PATTERNS: Record<ValueKind, readonly RegExp[]> = {
  date: [
    // A stretch between two months or years, read whole: "between May 2021 and June 2023".
    new RegExp(`\\b(?:between|from)\\s(?:${MONTH}\\s)?${YEAR_SOURCE}\\s(?:and|to|until)\\s(?:${MONTH}\\s)?${YEAR_SOURCE}\\b`, 'g'),
    new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}(?:,?\\s\\d{4})?`, 'g'),
    // "May 20", not the "May 20" of "May 2021".
    new RegExp(`\\b${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?(?!\\d)(?:,\\s\\d{4})?`, 'g'),
    new RegExp(`\\b(?:early |mid-|late )?${MONTH}\\s(?:of\\s)?\\d{4}\\b`, 'g'),
    new RegExp(`\\b(?:last |next |on |this )?${WEEKDAY}(?:\\s${PART_OF_DAY})?\\b`, 'g'),
    // News dates by the day it went to print: "yesterday afternoon", "early this morning".
    new RegExp(`\\b(?:yesterday|today|tonight|(?:early |late )?(?:this|last) ${PART_OF_DAY})(?:\\s${PART_OF_DAY})?\\b`, 'g'),
    // A period counted from the day of print: "next year", "the first half of next year", "later this month".
    new RegExp(`\\b(?:the\\s(?:first|second)\\s(?:half|quarter)\\sof\\s|the\\s(?:start|end|middle)\\sof\\s|(?:early|late|later|earlier)\\s)?(?:this|next|last|the\\scoming|the\\spast)\\s${PERIOD}\\b`, 'g'),
    // "at the end of the month": a part of the period the story is printed in.
    new RegExp(`\\bthe\\s(?:start|end|middle|beginning)\\sof\\sthe\\s${PERIOD}\\b`, 'g'),
    // "When did it start?" → "at the age of four months": a life's date.
    new RegExp(`\\bat (?:the )?age of (?:\\d{1,3}|${NUMBER_WORD})(?:\\s(?:days?|weeks?|months?|years?))?`, 'g'),
    // A time of the day: "at 6:30 p.m.", "9am to 7pm", "in the early afternoon", "at night", "shortly after midnight".
    new RegExp(`${CLOCK}(?:\\s?(?:to|until|till|[–-])\\s?${CLOCK})?|\\b(?:(?:at|by|in the|during the|that|each|every|(?:shortly |just |soon )?(?:after|before))\\s(?:early\\s|late\\s)?)${TIME_WORD_SOURCE}\\b`, 'g'),
    /\b(?:the\s)?(?:1[0-9]|20)\d0s\b/g,
    /\b(?:1[0-9]|20)\d\d\b/g,
    new RegExp(`\\b(?:early |late |mid-)?${MONTH}\\b`, 'g'),
  ],
  number: [
    // A share in words: "a fifth of the foundations", "two-thirds of voters", "a third less often", "one in five";
    // half of a unit, whole: "half a percentage point", "half an hour".
    new RegExp(`\\bhalf\\s+an?\\s+(?:percentage\\s+point|point|hour|day|week|month|year|mile|metre|kilometre|million|billion|dozen)\\b|\\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[\\s-]${FRACTION_WORD_SOURCE}|half)(?=\\s(?:of|the|less|more|fewer|as)\\b)|\\bone\\sin\\s(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\b`, 'gi'),
    // A range of ages or figures read whole: "aged 13 to 17", "between 40 and 60".
    // Two years are a stretch of time, no figure: "between 2018 and 2022" is a date.
    /(?<=\baged\s)\d{1,3}\s(?:to|and)\s\d{1,3}\b|(?<=\bbetween\s)(?!(?:1[5-9]|20)\d\d\sand\s(?:1[5-9]|20)\d\d\b)\d[\d,.]*\sand\s\d[\d,.]*\d\b/g,
    // A match's set scores read together: "6–4, 3–6, 7–5".
    /\b\d{1,2}[–-]\d{1,2}(?:,\s\d{1,2}[–-]\d{1,2})+\b/g,
    // A temperature keeps its scale: "41.5C", "40 °C".
    new RegExp(`\\$?${DIGITS}(?:\\.\\d{1,6})?(?:[–-]\\d{1,6})?(?:%|\\s?°\\s?[CF]\\b|[CF](?![A-Za-z]))?${SCALE}`, 'g'),
    new RegExp(`\\b${NUMBER_WORD}(?:[\\s-]${NUMBER_WORD})*\\b`, 'gi'),
    // "scored twice": how many times, in one word.
    /\b(?:twice|thrice)\b/gi,
  ],
  money: [
    new RegExp(`[$£€]\\s?${DIGITS}(?:\\.\\d{1,6})?${MONEY_SCALE}`, 'g'),
    new RegExp(`${DIGITS}(?:\\.\\d{1,6})?${SCALE}\\s(?:${CURRENCY_NAMES})\\b`, 'gi'),
  ],
  // "four percent" is a share as "4 percent" is.
  percent: [new RegExp(`(?<![\\d,.])(?:\\d{1,6}(?:\\.\\d{1,6})?|\\b${NUMBER_WORD}(?:[\\s-]${NUMBER_WORD})?)\\s?(?:%|percent\\b|per cent\\b)`, 'gi')],
};

const TIME_OF_DAY = new RegExp(`${CLOCK}|\\b${TIME_WORD_SOURCE}\\b`, 'i');

const WEEKDAY_WORD = new RegExp(`^${WEEKDAY}$`);

/** Whether a word is a day of the week: "On Monday Jane Roe said" names Jane Roe, not "Monday Jane Roe". */
export function isWeekday(word: string): boolean {
  return WEEKDAY_WORD.test(word);
}

const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY}|${MONTH})$`);

/** Whether a capitalised word names a day or a month ("Monday", "March"), not someone. */
export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORD.test(word);
}

/** Whether a date says the time of day: "yesterday afternoon", "at 9pm", "at dawn". */
export function isTimeOfDay(text: string): boolean {
  return TIME_OF_DAY.test(text);
}

/**
 * Words that qualify a figure ("at least 107", "about 30 centimetres", "more than a thousand"):
 * the figure alone would claim more than the story does. A regular-expression alternation.
 */
export const FIGURE_QUALIFIER = String.raw`(?:at\s+least|at\s+most|more\s+than(?:\s+an?)?|less\s+than(?:\s+an?)?|fewer\s+than|about|around|nearly|almost|roughly|approximately|up\s+to|just|only|over|under|some)`;

/** Which kind wins where two overlap: a sum of money or a percentage is also a figure. */
const PRECEDENCE: readonly ValueKind[] = ['money', 'percent', 'date', 'number'];

export interface FoundValue {
  type: ValueKind;
  start: number;
  end: number;
}

/** Every typed value in a text, non-overlapping, in text order. */
export function findValues(text: string): FoundValue[] {
  const out: FoundValue[] = [];
  for (const type of PRECEDENCE) {
    for (const pattern of VALUE_PATTERNS[type]) {
      for (const match of text.matchAll(pattern)) {
        const value = match[0].trim().replace(/(?<=\d)[,.]$/, '');
        const start = match.index + match[0].indexOf(value);
        const end = start + value.length;
        if (value.length > 0 && !out.some((found) => found.start < end && start < found.end)) out.push({ type, start, end });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
