import { NAME_WORD, nameRun } from './names.js';
import { isCalendarWord } from './values.js';

/**
 * Names that tell one of a series by its number: "Acme Cup 12", "Zorbnet IV", "Flight 370". Two
 * mentions of one series with other numbers are other things ("Acme Cup XIX" is no "Acme Cup 50"),
 * however many words they share.
 */
export interface NumberedName {
  /** The series, in lower case: "acme cup". */
  readonly series: string;
  /** The number, numerals in letters read as the figure they write: "L" → 50. */
  readonly number: number;
  /** Named to compare another with it: "the first held here since Acme Cup XIX". */
  readonly compared: boolean;
  /** Where the name starts in its text. */
  readonly at: number;
}

/** A name run, then a figure or a numeral in letters ("XIX") as a word of its own: not a score ("Oslo 24–10") nor a measure ("Acme 20-metre mark"). */
const NUMBERED = new RegExp(String.raw`(${nameRun(NAME_WORD)})\s+(\d{1,4}|[IVXLCDM]+)\b(?![.,]?\d|[-–—])`, 'gu');
/** Words before a name that set another against it: "since Acme Cup XIX", "than", "unlike". */
const COMPARING = /\b(?:since|than|like|unlike)\s+(?:the\s+)?$/i;

/** Every numbered name of a text, in order. */
export function numberedNames(text: string): NumberedName[] {
  const out: NumberedName[] = [];
  for (const match of text.matchAll(NUMBERED)) {
    const number = numeral(match[2]!);
    const run = match[1]!.split(/\s+/);
    // "March 15", "Tuesday 3": a date, not a numbered name.
    if (number === undefined || isCalendarWord(run.at(-1)!)) continue;
    const compared = COMPARING.test(text.slice(Math.max(0, match.index - 16), match.index));
    // "Acme Cups I and II" names two of the series "acme cup".
    const series = run.join(' ').toLowerCase().replace(/(\p{L}{3,})s$/u, '$1');
    out.push({ series, number, compared, at: match.index });
    for (const more of listedNumbers(text.slice(match.index + match[0].length))) out.push({ series, number: more, compared, at: match.index });
  }
  return out;
}

/** The further numbers of a list after a numbered name: "I and II", "XX, XXI or XXII". */
function listedNumbers(after: string): number[] {
  const numbers: number[] = [];
  let rest = after;
  for (let match = LISTED.exec(rest); match; match = LISTED.exec(rest)) {
    const number = numeral(match[1]!);
    if (number === undefined) break;
    numbers.push(number);
    rest = rest.slice(match[0].length);
  }
  return numbers;
}

const LISTED = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(\d{1,4}|[IVXLCDM]+)\b(?![.,]?\d|[-–—])/u;

/**
 * The numbered names of a text whose series the question names with another number, when the
 * text never gives the question's own: "Where was Acme Cup 50 held?" over "… held at Oslo (Acme
 * Cup XIX)" names a rival. The question may be in lower case, as chat is.
 */
export function rivalsNumbered(question: string, text: string): NumberedName[] {
  const said = numberedNames(text);
  if (said.length === 0) return [];
  const lower = question.toLowerCase();
  const rivals: NumberedName[] = [];
  for (const name of said) {
    const asked = askedNumbers(lower, name.series);
    if (asked === undefined || asked.numbers.includes(name.number)) continue;
    if (said.some((other) => other.series.endsWith(asked.series) && asked.numbers.includes(other.number))) return [];
    rivals.push(name);
  }
  return rivals;
}

/**
 * A sentence about another of a series than the one asked. "The first Acme Cup held here since
 * Acme Cup XIX" is about the asked one, measured against the rival: it is left be.
 */
export function rivalNumbered(question: string, sentence: string): NumberedName | undefined {
  return rivalsNumbered(question, sentence).find((name) => !name.compared);
}

/**
 * The numbers a lower-case question gives a series, read by its longest ending the question
 * names ("In Acme Cup XIX" at a sentence's start is the series "acme cup"): "where was acme cup
 * 50 held?" → 50.
 */
function askedNumbers(question: string, series: string): { series: string; numbers: number[] } | undefined {
  const words = series.split(' ');
  for (let from = 0; from < words.length; from++) {
    const ending = words.slice(from).join(' ');
    const pattern = new RegExp(String.raw`\b${escape(ending)}\s+(\d{1,4}|[ivxlcdm]+)\b`, 'gu');
    const numbers = [...question.matchAll(pattern)].flatMap((match) => {
      const number = numeral(match[1]!.toUpperCase());
      return number === undefined ? [] : [number];
    });
    if (numbers.length > 0) return { series: ending, numbers };
  }
  return undefined;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
/** A well-formed numeral in letters, so that a word of capitals ("MIX", "DC") is not read as one. */
const WELL_FORMED = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** A figure's or a numeral in letters' value; undefined for anything else. */
function numeral(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  if (!WELL_FORMED.test(word)) return undefined;
  let total = 0;
  for (let at = 0; at < word.length; at++) {
    const value = ROMAN[word[at]!]!;
    const next = ROMAN[word[at + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
