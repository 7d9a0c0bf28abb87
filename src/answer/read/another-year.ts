import { YEAR_SOURCE } from '../../text/values.js';
/**
 * Whether a sentence is set in another year than the question asks about: "Who led the Acme
 * Trust in 1917?" over "Roe led the Acme Trust in 1914" names another year and never the asked
 * one. A sentence with no year is left be (its paragraph or the story may set it).
 */
export function datesAnotherYear(question: string, sentence: string): boolean {
  const asked = question.match(YEAR);
  if (asked === null) return false;
  const said = sentence.match(YEAR);
  return said !== null && !said.some((year) => asked.includes(year)) && !spans(sentence, asked);
}

/** A year as a word of its own: "1917", "in 2024" (not "2,024" or "12024"). */
const YEAR = new RegExp(String.raw`(?<![\d,.])\b${YEAR_SOURCE}\b(?![\d,])`, 'g');

/** Whether the sentence covers an asked year by a range it gives: "between 1914 and 1918", "1914–18". */
function spans(sentence: string, asked: readonly string[]): boolean {
  return [...sentence.matchAll(RANGE)].some((range) => {
    const from = Number(range[1]);
    const to = range[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(range[2]) : Number(range[2]);
    return asked.some((year) => Number(year) >= from && Number(year) <= to);
  });
}

const RANGE = new RegExp(String.raw`\b(${YEAR_SOURCE})\s*(?:[–-]|to|and|until)\s*((?:1[5-9]|20)?\d\d)\b`, 'g');
