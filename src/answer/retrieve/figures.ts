import { rivalsNumbered } from '../../text/numbered-names.js';
import { DIGIT_FIGURE, FIGURE_QUALIFIER, FRACTION_SHARE, YEAR_SOURCE } from '../../text/values.js';
import { NUMBER_WORDS } from '../../text/lemmas.js';
import { CHANGE_VERBS, LIGHT_VERBS, isNoun, isUnitNoun, isPastForm, isPluralNoun, isQuantityNoun, isTimeNoun, isVerbForm } from '../../text/lexicon.js';
import { baseForm, leadsTo, senseClasses } from '../../text/wordnet.js';
import { isStopWord, termOf, withoutPossessive } from '../../text/terms.js';
import { words } from '../../text/tokenize.js';
import type { Question } from '../understand/question.js';
import type { Span } from './spans.js';
import { isAge } from './measure.js';

/**
 * Rules for figures and the clause they stand in, as span choice (span-choice.ts) applies them:
 * a figure counts what its own clause and the noun after it say, not what the question asks of
 * another clause, another noun or another edition of a numbered name.
 */

/** A sentence's words with their terms and offsets, memoised per sentence like its spans. */
export interface WordAt {
  term: string | null;
  start: number;
  end: number;
}

/** Word indices a span covers: [first, last]. */
export function wordRange(words: readonly WordAt[], span: Span): [number, number] {
  let first = words.findIndex((word) => word.end > span.start);
  if (first < 0) first = words.length;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < span.end) last++;
  return [first, last];
}

/** Answer types that count or measure what the question's verb did. */
export const COUNTED_TYPES: ReadonlySet<Question['type']> = new Set(['number', 'money', 'percent']);
/** Where a clause ends: punctuation (not the comma inside "2,249"), or "but" joining another. */
const CLAUSE_BREAK = /,(?!\d)|[;:—–()]|\bbut\b/gi;

const NAME_APPOSITION = /,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*,|,\s*aged\s+\d{1,3}(?:\s+(?:and|to)\s+\d{1,3})?\s*,/gu;

/** The clause of the sentence that holds the span: [from, to) between clause breaks. */
function clauseOf(sentence: string, span: Span, breaks: RegExp = CLAUSE_BREAK): [number, number] {
  let from = 0;
  let to = sentence.length;
  // A name or an age set off by commas ("beating the mayor, Tom Berg, by 412 votes", "two women, aged
  // 29 and 33, were arrested") is no clause of its own.
  const unbroken = sentence.replace(NAME_APPOSITION, (apposition) => ` ${apposition.slice(1, -1)} `);
  for (const mark of unbroken.matchAll(breaks)) {
    if (mark.index + mark[0].length <= span.start) from = mark.index + mark[0].length;
    else if (mark.index >= span.end) {
      to = mark.index;
      break;
    }
  }
  return [from, to];
}

/**
 * "Which route was cancelled?" over "… towed to a yard in Oslo and that all sailings on the route
 * were cancelled": a place in a clause with a verb of its own, where the sentence says the asked
 * verb in another clause, is where that other verb happened.
 */
export function placedInOtherClause(sentence: string, span: Span, words: readonly WordAt[], ownForms: ReadonlySet<string>): boolean {
  const says = words.filter((word) => word.term !== null && ownForms.has(word.term));
  if (says.length === 0) return false;
  const [from, to] = clauseOf(sentence, span, PLACE_CLAUSE_BREAK);
  const inClause = (word: WordAt): boolean => word.start >= from && word.end <= to;
  return !says.some(inClause) && words.some((word) => inClause(word) && isVerbForm(sentence.slice(word.start, word.end)));
}

/** Clause breaks, and "and that" opening a second reported clause. */
const PLACE_CLAUSE_BREAK = new RegExp(String.raw`${CLAUSE_BREAK.source}|\band\s+that\b`, 'gi');

/**
 * Whether the sentence says the asked verb, but not in the clause that holds the span. The verb's
 * own forms decide where the sentence has them: "how much would the city pay?" over "would have
 * cost 4.2 billion, with the city paying a third" is not answered by the cost.
 */
export function countsInOtherClause(sentence: string, span: Span, words: readonly WordAt[], verbForms: ReadonlySet<string>, ownForms: ReadonlySet<string> = verbForms, head: string | null = null): boolean {
  const saysOwn = words.filter((word) => word.term !== null && ownForms.has(word.term));
  const saysVerb = saysOwn.length > 0 ? saysOwn : words.filter((word) => word.term !== null && verbForms.has(word.term));
  if (saysVerb.length === 0) return false;
  const [own, to] = clauseOf(sentence, span);
  // "… scoring 31 goals in the league, a career-best 12 assists": a verbless item of a list, counting
  // the asked noun itself, belongs to the verb that leads the list.
  if (head !== null && counts(words, wordRange(words, span)[1], head) && !words.some((word) => word.start >= own && word.end <= to && isVerbForm(sentence.slice(word.start, word.end)))) return false;
  // "… the cost of the repairs, which he estimated at $10 million": a relative clause gives the
  // figure of the noun it follows, and ", three of them seriously" a part of it, so the clause
  // before counts as the figure's own.
  const from = RELATIVE_OPENER.test(sentence.slice(own)) ? clauseOf(sentence, { text: '', start: own - 1, end: own - 1 })[0] : own;
  return !saysVerb.some((word) => word.start >= from && word.end <= to);
}

/** "of its six carriages", "of the ship's 12 lifeboats": a partitive's whole, named. */
const OF_WHOLE = String.raw`of\s+(?:(?:the\s+)?[\p{L}-]+['’]s|its|the|their|his|her|our|these|those)`;
/** "three of them": a partitive's whole, by pronoun. */
const OF_THEM = String.raw`of\s+(?:them|whom|those)`;

/** A clause that opens as a relative one (", which …", ", that …") or as a part of the one before (", three of them seriously"). */
const RELATIVE_OPENER = new RegExp(String.raw`^\s*(?:which|that|[\p{L}\d,]+\s+${OF_THEM})\b`, 'iu');

/** Whether the span's clause speaks of another of a numbered name ("since Zorbian Cup 37 took place in Oslo" for "where was Zorbian Cup 50?"). */
export function namesAnotherNumber(sentence: string, span: Span, question: string): boolean {
  const [from, to] = clauseOf(sentence, span);
  // "… the first since Acme Cup 37 took place in Oslo": a value after a compared rival is the rival's.
  return rivalsNumbered(question, sentence.slice(from, to)).some((rival) => !rival.compared || from + rival.at < span.start);
}

/** Whether a word is a figure: digits or a number word ("nine"). */
const isFigure = (word: WordAt, sentence: string): boolean => /^\d/.test(sentence.slice(word.start, word.end)) || NUMBER_WORDS.has(sentence.slice(word.start, word.end).toLowerCase());

/** Whether the figure at `at` counts the noun (`head`): the noun is one of the two words after it ("nine touchdowns", "nine more touchdowns"). */
function counts(words: readonly WordAt[], at: number, head: string): boolean {
  return words[at + 1]?.term === head || words[at + 2]?.term === head;
}

/** Whether some figure of the sentence counts the asked noun and the span's figure counts something else. */
export function countsAnother(sentence: string, words: readonly WordAt[], span: Span, head: string | null, sameAs: ReadonlySet<string> = new Set()): boolean {
  if (head === null) return false;
  const figures = words.map((word, at) => (isFigure(word, sentence) ? at : -1)).filter((at) => at >= 0);
  const [, last] = wordRange(words, span);
  if (!figures.some((at) => counts(words, at, head))) return countsNounBesideAsked(sentence, words, last, head, sameAs);
  return !counts(words, last, head) && !countsPart(sentence, span, head);
}

/**
 * "How many fires were there?" over "Acme recalls 80,000 kettles over electrical fires": the
 * figure counts the plural noun after it, and the sentence says the asked noun elsewhere, before
 * or after it, uncounted ("15 reports of fires" counts reports of the asked noun, which answers).
 */
function countsNounBesideAsked(sentence: string, words: readonly WordAt[], last: number, head: string, sameAs: ReadonlySet<string>): boolean {
  if (!words.some((word, at) => word.term === head && (at > last + 2 || at < last - 1))) return false;
  const text = (at: number): string => (words[at] ? sentence.slice(words[at]!.start, words[at]!.end) : '');
  const first = text(last + 1);
  const nounAt = isPluralNoun(first) ? last + 1 : /^\p{Ll}/u.test(first) && baseForm(first, 'adjective') !== undefined && isPluralNoun(text(last + 2)) ? last + 2 : -1;
  // "277 vulnerabilities" counts the asked "security holes" in other words: a word that stands for the asked one counts it.
  if (nounAt < 0 || words[nounAt]!.term === head || sameAs.has(words[nounAt]!.term ?? '') || isTimeNoun(text(nounAt)) || isQuantityNoun(text(nounAt))) return false;
  return text(nounAt + 1).toLowerCase() !== 'of';
}


/** "of the nine", "of its": a partitive's way to its whole, read past to the whole's noun. */
const PARTITIVE_OF = /^\s+of\s+(?:the|its|their|his|her|our|these|those)(?:\s+(?:\d[\d,]*|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred))?\s+/i;

/**
 * Whether the figure counts people where the question counts things, or things where it counts
 * people: "how many flights were delayed?" is not answered by "4,000 travellers stranded".
 * Kinds are WordNet's classes of the two nouns' first senses (a group of people counts as
 * people), so "fans" and "spectators" stay alike.
 */
export function countsOtherKind(sentence: string, span: Span, asked: string): boolean {
  // "40 °C", "41.5C" is a temperature: no count of anything.
  if (/^\s*°/.test(sentence.slice(span.end)) || (/(?:°\s?|\d)[CF]$/.test(span.text) && isPersonKind(asked))) return true;
  // "a 48-hour strike", "a 15-metre jump": a figure hyphened to a unit measures one thing, and counts
  // only that unit ("how many yards?"), never people nor the thing itself ("how many passes?").
  const hyphened = /^-(\p{Ll}+)/u.exec(sentence.slice(span.end))?.[1];
  if (hyphened !== undefined) return (isPersonKind(asked) && !isPersonKind(hyphened)) || (isQuantityNoun(hyphened) || isTimeNoun(hyphened) ? termOf(hyphened) !== termOf(asked.toLowerCase()) : false);
  // "Five of the seven directors": a partitive counts its whole's noun.
  const rest = sentence.slice(span.end).replace(PARTITIVE_OF, ' ');
  const [, first, second] = /^\s+([\p{Ll}-]+)(?:\s+(\p{Ll}+))?/u.exec(rest) ?? [];
  // The noun right after the figure, or after one modifier ("six fire-fighting aircraft"); a past
  // form there is the verb ("107 killed", whose "kill" WordNet also lists as a noun).
  if (first !== undefined && isPastForm(first)) return false;
  // "a peak of 41 million in 2021": a preposition after the figure leaves its noun unsaid ("in" is WordNet's inch too).
  if (first !== undefined && isStopWord(first)) return false;
  // "14 minor crashes": a word that may be an adjective before a noun modifies it ("minor" is also a person).
  const modifier = first !== undefined && second !== undefined && isNoun(second) && baseForm(first, 'adjective') !== undefined;
  const said = first !== undefined && !modifier && !first.includes('-') && isNoun(first) && !isAdjectiveOnly(first) ? first : second;
  // "the two final year classes": a noun of time before another noun modifies it; that one is counted.
  const after = said !== undefined && isTimeNoun(said) ? new RegExp(String.raw`^\s+(?:\S+\s+)?${said}\s+(\p{Ll}+)`, 'u').exec(rest)?.[1] : undefined;
  const noun = after !== undefined && isNoun(after) && !isStopWord(after) ? after : said;
  if (noun === undefined || !isNoun(noun) || isTimeNoun(noun) || termOf(noun) === termOf(asked)) return false;
  // "burned 8,000 hectares": a unit of measure counts only itself (or another unit: "miles" for
  // "kilometres"), or measures what its "of" names ("30 tonnes of oil" for "how much oil?").
  if (isUnitNoun(noun) && !isUnitNoun(asked.toLowerCase())) return !measuresAsked(rest, noun, asked);
  // "three walk-in vaccination clinics": a compound's last noun is what is counted.
  const run = rest.match(/^(?:\s+[\p{Ll}-]+){1,4}/u)?.[0].trim().split(/\s+/) ?? [];
  const stop = run.findIndex((word) => isStopWord(word) || !isNoun(word));
  if (run.slice(0, stop < 0 ? run.length : stop).some((word) => termOf(word) === termOf(asked))) return false;
  const kind = (word: string): string | undefined => {
    const [lexClass, next] = senseClasses(word, 'noun');
    // A group that is also its building ("two colleges", "a church") counts places, not people.
    return lexClass === 'noun.group' && next !== 'noun.artifact' ? 'noun.person' : lexClass;
  };
  const [countedKind, askedKind] = [kind(noun), kind(asked.toLowerCase())];
  // Only people against things: other kinds are often the same count in other words ("balls" / "passes").
  return countedKind !== undefined && askedKind !== undefined && (countedKind === 'noun.person') !== (askedKind === 'noun.person');
}

/**
 * Whether the question's time ("in 2024", "last year") stands in another clause of the sentence
 * than the figure: "what was the profit in 2024?" over "a profit of €5 million last year, down
 * from €8 million in 2024" is answered by the figure in 2024's clause.
 */
export function yearOfAnother(sentence: string, span: Span, question: string): boolean {
  const times = (question.match(ASKED_TIME) ?? []).map((time) => time.toLowerCase());
  const lower = sentence.toLowerCase();
  const said = times.filter((time) => lower.includes(time));
  if (said.length === 0) return false;
  const inClause = (of: Span): boolean => {
    const [from, to] = clauseOf(sentence, of);
    const clause = lower.slice(from, to);
    return said.some((time) => clause.includes(time));
  };
  if (inClause(span)) return false;
  // "In 1990, of its 52,000 people 30,100 …": a time in a clause of its own dates the sentence.
  return [...sentence.matchAll(DIGIT_FIGURE)].some((figure) => figure.index !== span.start && !said.includes(figure[0]) && inClause({ text: figure[0], start: figure.index, end: figure.index + figure[0].length }));
}

/**
 * Whether a question about the present ("what is its share now?") meets a figure its clause dates
 * earlier ("Two years ago it held 61 percent"): that was its share then.
 */
export function datedBeforeNow(sentence: string, span: Span, question: string): boolean {
  if (!ASKS_NOW.test(question)) return false;
  const [from, to] = clauseOf(sentence, span);
  return DATED_EARLIER.test(sentence.slice(from, to));
}

const ASKS_NOW = /\b(?:now|today|currently|at\s+present|these\s+days)\b/i;
const DATED_EARLIER = /\b(?:ago|last\s+(?:year|month|week|season|quarter|decade)|previously|formerly|used\s+to)\b/i;

/** A year, or a period counted from the day of print: "2024", "last year", "this quarter". */
const ASKED_TIME = new RegExp(String.raw`\b(?:${YEAR_SOURCE}|(?:last|this|next)\s+(?:year|month|week|season|quarter))\b`, 'gi');

/**
 * Whether a figure counts a thing the question never names, where "how much …?" names no noun to
 * count: "how much did profits fall?" is not answered by "to shut 300 shops as profits fall". A unit
 * after the figure ("38 percent", "12 tonnes", "two points") measures; it counts no other thing.
 */
export function countsUnasked(sentence: string, span: Span, questionTerms: ReadonlySet<string>): boolean {
  // "Five of the seven members …" counts members, as "five members" does; "four percent of its
  // turnover" is a share of it, no count.
  const after = sentence.slice(span.end);
  const partitive = PARTITIVE_OF.test(after) && !MONEY_OR_SHARE.test(span.text);
  const [, first, second] = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(partitive ? after.replace(PARTITIVE_OF, ' ') : after) ?? [];
  if (first === undefined || isStopWord(first) || isPastForm(first)) return false;
  const noun = baseForm(first, 'adjective') !== undefined && second !== undefined && isNoun(second) ? second : first;
  if (!isNoun(noun) || isVerbForm(noun) || isTimeNoun(noun) || isQuantityNoun(noun) || MEASURE_WORDS.test(noun)) return false;
  return !questionTerms.has(termOf(noun) ?? noun);
}

/** Words after a figure that measure rather than count: "38 percent", "two points", "5 pence". */
const MEASURE_WORDS = /^(?:percent|per|points?|pence|cents?|times)$/;

/** Whether a noun counts people: a person, or a group of them ("crew", "people"). */
function isPersonKind(word: string): boolean {
  const lexClass = senseClasses(word.toLowerCase(), 'noun')[0];
  return lexClass === 'noun.person' || lexClass === 'noun.group';
}

const isAdjectiveOnly = (word: string): boolean => baseForm(word, 'adjective') !== undefined && baseForm(word, 'noun') === undefined;

/** "Four of its six carriages": the part a partitive counts, of the noun after its whole. */
const PART_OF = new RegExp(String.raw`^\s+${OF_WHOLE}\s+(?:[\d,]+|\p{L}+)\s+(\p{L}+)`, 'u');
/** "… of its six carriages": the figure that is a partitive's whole. */
const WHOLE_AFTER = new RegExp(String.raw`\b(?:\d[\d,]*|\p{L}+)\s+${OF_WHOLE}\s+$`, 'u');

function countsPart(sentence: string, span: Span, head: string): boolean {
  const noun = PART_OF.exec(sentence.slice(span.end))?.[1];
  return noun !== undefined && termOf(noun.toLowerCase()) === head;
}

/** "9 of 50 samples": a whole written bare after a figure and "of". */
const BARE_WHOLE_AFTER = /\b\d[\d,]*\s+of\s+$/;

/** Whether the figure is the whole of a bare partitive ("50" of "residue on 9 of 50 samples"). */
export function isBarePartitiveWhole(sentence: string, span: Span): boolean {
  return /^\d/.test(span.text) && BARE_WHOLE_AFTER.test(sentence.slice(Math.max(0, span.start - 16), span.start));
}

/** Whether the figure is a partitive's part: "Three" of "Three of the ship's 12 lifeboats". */
export function isPartitivePart(sentence: string, span: Span): boolean {
  return PART_OF.test(sentence.slice(span.end));
}

/** Where a part's whole ends ("Four of the injured" → after "injured"), or the span's end when the figure is no part. */
export function partitiveWholeEnd(sentence: string, span: Span): number {
  const whole = PART_OF_WHOLE.exec(sentence.slice(span.end));
  return whole ? span.end + whole[0].length : span.end;
}

/** "of the injured", "of its six carriages": a part's whole, up to its noun. */
const PART_OF_WHOLE = new RegExp(String.raw`^\s+${OF_WHOLE}\s+(?:[\d,]+\s+)?\p{L}+`, 'u');

/** The term of the owner a partitive names near the figure ("ship" of "Three of the ship's 12 lifeboats"), or null. */
export function partitiveOwner(sentence: string, span: Span): string | null {
  const near = sentence.slice(Math.max(0, span.start - 30), span.end + 30);
  const owner = PARTITIVE_OWNER.exec(near)?.[1];
  return owner === undefined ? null : termOf(owner.toLowerCase());
}

const PARTITIVE_OWNER = /\bof\s+(?:the\s+)?([\p{L}-]+)['’]s\s/u;

/**
 * Whether the figure is a partitive's whole ("Four of its six carriages overturned"): what the
 * clause says happened to the part, and "how many overturned?" is answered by the part.
 */
export function isPartitiveWhole(sentence: string, span: Span): boolean {
  const before = WHOLE_AFTER.exec(sentence.slice(Math.max(0, span.start - 30), span.start));
  return before !== null && (/^\d/.test(before[0]) || NUMBER_WORDS.has(before[0].split(/\s+/)[0]!.toLowerCase()));
}

const HOW_MANY = /^how\s+many\b/i;
/** A sum of money or a share: "£12", "14 percent". */
const MONEY_OR_SHARE = /[$£€%]|\b(?:dollars?|pounds?|euros?|usd|per\s?cent)\b/i;

/**
 * Whether "how many …?" meets a sum of money or a share ("£12 more an hour", "14 percent", "a
 * third less often"): no count. A share of a whole ("a third of the patients") counts them.
 */
export function isCountOfOther(question: string, span: Span, sentence = ''): boolean {
  if (!HOW_MANY.test(question)) return false;
  // "One in five trains ran" counts the trains.
  return MONEY_OR_SHARE.test(span.text) || (FRACTION_SHARE.test(span.text) && !/^\s+of\b/.test(sentence.slice(span.end)));
}

/** Whether a figure is followed by a unit of time other than the asked noun ("five years" for "how many times"). */
export function countsOtherTime(sentence: string, span: Span, asked: string): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(span.end, span.end + 20))?.[1];
  return next !== undefined && !TIME_DETERMINER.test(next) && isTimeNoun(next) && (asked === '' || termOf(next) !== termOf(asked.toLowerCase()));
}

/** "profits of $90 million last year": a word that begins a time adverbial after the figure counts nothing. */
const TIME_DETERMINER = /^(?:last|next|this|every|each|per)$/;


/** "dropped to 56 percent", "from $5 to $8": a figure that replaces an earlier one. */
const TO_FIGURE = String.raw`\s+to\s+(?:\p{Ll}+\s+){0,2}[$£€\d]`;
const CHANGED_TO = new RegExp(String.raw`\b(\p{L}+)${TO_FIGURE}`, 'gu');
/** "from 30 seats to 22": the new figure after the counted noun. */
const TO_FIGURE_NEXT = new RegExp(`^(?:\\s+\\p{Ll}+)?${TO_FIGURE}`, 'u');
const FROM_BEFORE = /\bfrom\s+(?:\p{Ll}+\s+)?$/iu;

/**
 * Whether the sentence goes on to say the span's figure changed ("70 percent of the market in
 * 2009; this has dropped to 56 percent"): the old figure answers only a question that asks for
 * the earlier one, by its year or by a word such as "before".
 */
export function supersededFigure(sentence: string, span: Span, question: Question): boolean {
  const later = sentence.slice(span.end);
  const changed = FROM_BEFORE.test(sentence.slice(0, span.start)) ? TO_FIGURE_NEXT.test(later) : [...later.matchAll(CHANGED_TO)].some((match) => CHANGE_VERBS.has(baseForm(match[1]!.toLowerCase(), 'verb') ?? ''));
  if (!changed) return false;
  const [from, to] = clauseOf(sentence, span);
  const clause = sentence.slice(from, to);
  return !question.numbers.some((number) => clause.includes(number)) && !question.asksEarlier;
}

/**
 * "How much did profit fall?" asks the change ("by a fifth"), not the level it fell to ("… to
 * €95 million"); "what is the profit now?" asks the level.
 */
export function levelNotChange(question: Question, sentence: string, span: Span): boolean {
  const verb = question.mainVerb?.lemma;
  if (verb === undefined || !CHANGE_VERBS.has(verb) || !HOW_MUCH_CHANGE.test(question.text)) return false;
  return LEVEL_TO.test(sentence.slice(Math.max(0, span.start - 60), span.start)) && !/\bto\s*[?.!]*$/i.test(question.text);
}

/** "how much / how many … fall / rise …?": a question about a change. */
const HOW_MUCH_CHANGE = /^(?:by\s+)?how\s+(?:much|many|far)\b/i;
/** A change verb, then the level after "to": "fell by a fifth to", "rose to". */
const LEVEL_TO = /\b(?:\p{L}+ed|fell|rose|grew|sank|shrank|slipped|dropped|climbed)\b[^.;]{0,40}\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?$/iu;

/** The capitalised word right before a number, when it is not the sentence's first: "Explorer" of "Internet Explorer 6". */
const NAME_BEFORE = /(?<=\S\s+)(\p{Lu}[\p{L}'’-]*)\s$/u;
/** A game's score: "2-1", "24–10". */
const SCORE_SPAN = /\b\d{1,3}\s?[–-]\s?\d{1,3}\b/;
/** "What was the score?", "what was the final result?". */
const ASKS_SCORE = /^(?:what|what's|whats)\b.*\b(?:score|scoreline|result)\b/i;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;

/** Whether a number ends a name ("Internet Explorer 6", "Zorbian Cup 50"); a capitalised verb of a headline ("Fire Kills 12") names nothing. */
function numbersName(sentence: string, span: Span): boolean {
  const word = NAME_BEFORE.exec(sentence.slice(Math.max(0, span.start - 30), span.start))?.[1];
  // "Tom Berg's 61-yard return": the name owns the figure; it does not number it.
  // A score after a team's name ("beat Quillon City 2-1") is the game's, not the name's; a sum
  // ("fined Acme €310 million") numbers no name.
  if (word === undefined || /['’]s?$/.test(word) || SCORE_SPAN.test(span.text) || /^[$£€]/.test(span.text)) return false;
  const lower = word.toLowerCase();
  const verb = baseForm(lower, 'verb');
  return !isVerbForm(lower) && !(verb !== undefined && verb !== lower);
}

/**
 * Whether a figure counts nothing "how many …?" could ask: an age ("Tom Berg, 58,", "the
 * 60-year-old dam"), a rank ("his 19th goal of the season"), a name's number ("Internet Explorer 6"),
 * the "one" of "no one", a year ("in 2024") or a time of day ("10 pm").
 */
export function countsNothing(sentence: string, span: Span): boolean {
  // "two men, aged 34 and 41,": ages after "aged" count no one.
  return isAge(sentence, span) || AGED_BEFORE.test(sentence.slice(Math.max(0, span.start - 12), span.start)) || ORDINAL_AFTER.test(sentence.slice(span.end)) || numbersName(sentence, span) || (/^one$/i.test(span.text) && NO_ONE.test(sentence.slice(0, span.start))) || isYearOf(sentence, span) || CLOCK_AFTER.test(sentence.slice(span.end, span.end + 6));
}

const AGED_BEFORE = /\baged\s+(?:between\s+)?$/i;

/** "a father of two": a parent's figure counts her children, and only "how many children?" asks it. */
const PARENT_OF_BEFORE = /\b(?:mother|father|parent|mum|mom|dad|grandmother|grandfather|grandparent)\s+of\s+$/i;

/** Whether the figure is a parent's count of children, with no noun of its own ("a mother of four who …"). */
export function countsChildren(sentence: string, span: Span): boolean {
  return PARENT_OF_BEFORE.test(sentence.slice(Math.max(0, span.start - 16), span.start)) && !/^\s+\p{Ll}+s\b/u.test(sentence.slice(span.end).replace(/^\s+(?:who|which|that)\b.*$/u, ''));
}

/** A span that is a year and nothing else. */
const WHOLE_YEAR = new RegExp(`^${YEAR_SOURCE}$`);

/** "after 10 pm", "at 9:30": a time of day counts nothing. */
const CLOCK_AFTER = /^(?::\d|\s*[ap]\.?m\b)/i;

/** "in 2024", "since 1999": a year after a preposition of time is a date, whatever it sits beside. */
function isYearOf(sentence: string, span: Span): boolean {
  // "between 2018 and 2022": both ends of a stretch of years.
  return WHOLE_YEAR.test(span.text) && (/\b(?:in|since|by|until|from|during|before|after|of|between)\s+$/i.test(sentence.slice(Math.max(0, span.start - 8), span.start)) || /\bbetween\s+\d{4}\s+and\s+$/i.test(sentence.slice(Math.max(0, span.start - 22), span.start)));
}

/** "No one was hurt": the "one" of "no one", "every one", "any one" is nobody's count. */
const NO_ONE = /\b(?:no|every|any)[\s-]$/i;

/** Whether the span is a game's score ("3-1") and the question asks the score: the span says what the sentence never names. */
export function isAskedScore(question: string, span: Span): boolean {
  return ASKS_SCORE.test(question) && SCORE_SPAN.test(span.text);
}

/**
 * Whether the question asks a game's score and the span is not one, where the sentence gives one;
 * or anywhere, for a figure asked as the score (`counted`): "scored twice" is no score.
 */
export function otherThanScore(question: string, sentence: string, span: Span, counted = false): boolean {
  return ASKS_SCORE.test(question) && !SCORE_SPAN.test(span.text) && (counted || SCORE_SPAN.test(sentence));
}

/** "won 18,904 votes to Roe's 18,492": a figure right after a name's possessive is that name's. */
const POSSESSED_FIGURE = /(\p{Lu}[\p{L}-]*)['’]s?\s+(?=[$£€]?\d)/gu;

/**
 * Whether the sentence gives a figure of a name the question asks about ("Roe's 18,492") and the
 * span is another: "how many votes did Roe get?" is answered by Roe's figure, not the winner's.
 */
export function figureOfAnother(sentence: string, span: Span, askedNames: readonly string[]): boolean {
  return !figureOfAsked(sentence, span, askedNames) && possessedFigures(sentence, askedNames).length > 0;
}

/** Whether the span is the figure of a name the question asks about: "Roe's 18,492" (its noun left out). */
export function figureOfAsked(sentence: string, span: Span, askedNames: readonly string[]): boolean {
  return possessedFigures(sentence, askedNames).includes(span.start);
}

/** Where the figures a possessive of an asked name owns start. */
function possessedFigures(sentence: string, askedNames: readonly string[]): number[] {
  if (askedNames.length === 0) return [];
  return [...sentence.matchAll(POSSESSED_FIGURE)].filter((match) => askedNames.includes(termOf(match[1]!) ?? '')).map((match) => match.index + match[0].length);
}

/** "beating Roe by 412 votes", "won by two goals": the margin of a contest. */
const MARGIN_BEFORE = new RegExp(String.raw`\b(?:beat(?:s|ing|en)?|defeat(?:s|ed|ing)?|won|wins?|winning|lost|loses?|losing|led|leads?|leading|trail(?:s|ed|ing)?)\b[^.;]{0,60}?\bby\s+(?:${FIGURE_QUALIFIER}\s+)?$`, 'i');
/** What asks for a margin: "by how many …?", "… win by?", "what was the margin?". */
const ASKS_MARGIN = /\bby\s+how\b|\bby\s*[?.!]*$|\bmargin\b|\bdifference\b/i;
const ASKS_BY = /\bby\s+how\b|\bby\s*[?.!]*$/i;
const BY_BEFORE = new RegExp(String.raw`\bby\s+(?:${FIGURE_QUALIFIER}\s+)?$`, 'i');

/**
 * Whether the figure's part as a margin is not what was asked: "beating Roe by 412 votes" is no
 * answer to "how many votes did Roe get?", and "won 18,904 votes" none to "by how many did she win?".
 */
export function marginNotAsked(question: string, sentence: string, span: Span, names: readonly string[] = []): boolean {
  const before = sentence.slice(Math.max(0, span.start - 80), span.start);
  if (ASKS_BY.test(question)) return !BY_BEFORE.test(before) || marginOfAnother(sentence, span, names);
  return !ASKS_MARGIN.test(question) && MARGIN_BEFORE.test(before);
}

/**
 * "By how much did Roe win?" is not answered by "Doe now leads the race by 9 seconds from
 * Roe": the clause's doer is another name, and the asked one comes after the margin.
 */
function marginOfAnother(sentence: string, span: Span, names: readonly string[]): boolean {
  if (names.length === 0) return false;
  const [from, to] = clauseOf(sentence, span);
  const named = (text: string): string[] => [...text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)].map((match) => termOf(withoutPossessive(match[0]).toLowerCase()) ?? '');
  const doers = named(sentence.slice(from, span.start)).filter((term) => !isStopWord(term));
  return doers.length > 0 && !doers.some((term) => names.includes(term)) && named(sentence.slice(span.end, to)).some((term) => names.includes(term));
}

/** "injuring 23 passengers, three of them seriously": a part singled out by a word after "of them". */
const PART_OF_THEM = new RegExp(String.raw`\b(\d[\d,]*|\p{L}+)\s+${OF_THEM}\s+(\p{L}+)`, 'gu');

/**
 * Whether the question asks for a part the sentence singles out ("how many were seriously
 * injured?" over "… 23 passengers, three of them seriously") and the span is another figure.
 */
export function otherThanAskedPart(sentence: string, span: Span, questionTerms: ReadonlySet<string>): boolean {
  for (const match of sentence.matchAll(PART_OF_THEM)) {
    const figure = match[1]!;
    if (!/^\d/.test(figure) && !NUMBER_WORDS.has(figure.toLowerCase())) continue;
    if (!questionTerms.has(termOf(match[2]!.toLowerCase()) ?? '')) continue;
    return match.index !== span.start;
  }
  // "277 vulnerabilities; 39 percent of these are rated 'highly critical'": the share is the part asked.
  for (const match of sentence.matchAll(SHARE_OF_THESE)) {
    const said = words(match[2]!).filter((word) => !isStopWord(word.toLowerCase()));
    if (said.some((word) => questionTerms.has(termOf(word.toLowerCase()) ?? ''))) return match.index !== span.start;
  }
  return false;
}

/** A share of a figure just given, and what the share is said to be: "39 percent of these are rated 'highly critical'". */
const SHARE_OF_THESE = /\b(\d[\d.,]*\s*(?:percent|per\s+cent|%))\s+of\s+(?:these|them|those)\s+([^.;:]{1,40})/giu;

/** "how much did the union offer?": the one-word subject right before the question's verb. */
const ASKED_DOER = /^(?:how\s+(?:much|many)(?:\s+\p{L}+)?|what|when|where)\s+(?:did|does|do|has|have|had|will|would|could|can)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(\p{L}+)\s+(\p{L}+)\b/iu;
/** A subject, its auxiliaries or adverbs, then the verb: "the company had already offered". */
const SUBJECT_BEFORE_VERB = /\b(?:the|a|an|its|their|his|her)\s+(\p{L}+)\s+(?:(?:had|has|have|will|would|could|did|does|already|also|still|just|\p{L}+ly)\s+)*$/iu;
/** A name's plural noun as the subject: "Acme shares rose" (case-sensitive: the name has its capital). */
const NAMED_SUBJECT_BEFORE_VERB = /(?<=\b\p{Lu}\p{L}*\s)(\p{Ll}+s)\s+(?:(?:had|has|have|will|would|could|did|does|already|also|still|just|\p{Ll}+ly)\s+)*$/u;

/** The term of the one-word subject right before the question's verb ("union" of "how much did the union offer?"), read once per question. */
export function askedSubject(question: string, ownForms: ReadonlySet<string>): string | null {
  const asked = ASKED_DOER.exec(question);
  return asked && ownForms.has(termOf(asked[2]!.toLowerCase()) ?? '') ? termOf(asked[1]!.toLowerCase()) : null;
}

/**
 * Whether the sentence gives the asked verb another subject than the question's: "how much did
 * the union offer?" over "the company had offered 7 percent, which the union rejected" asks about
 * an offer the story never says the union made.
 */
export function doneByAnother(subject: string | null, sentence: string, words: readonly WordAt[], ownForms: ReadonlySet<string>, asked: ReadonlySet<string>): boolean {
  if (subject === null) return false;
  const verb = words.find((word) => word.term !== null && ownForms.has(word.term));
  const before = verb ? sentence.slice(0, verb.start) : '';
  const doer = verb ? (SUBJECT_BEFORE_VERB.exec(before) ?? NAMED_SUBJECT_BEFORE_VERB.exec(before))?.[1] : undefined;
  const term = doer === undefined ? null : termOf(doer.toLowerCase());
  if (term === null || term === subject) return false;
  // "how much did the kettles cost?" over "… the recall would cost Acme €90 million": where the
  // question's subject is not in the sentence, a doer the question never says is another.
  return words.some((word) => word.term === subject) || !asked.has(term);
}

/**
 * "How many patients died?" over "… followed 2,400 patients in twelve towns": where the sentence
 * never says the asked verb, a figure that is the object or the agent ("supported by eight
 * aircraft") of another verb counts what that verb did, unless that verb brings the asked one
 * about ("killed 12 people" says 12 died).
 */
export function objectOfOtherVerb(sentence: string, span: Span, askedLemma: string): boolean {
  const verb = VERB_BEFORE_FIGURE.exec(sentence.slice(0, span.start))?.[1];
  // "campaigned on building 2,000 homes": a gerund's object may be what the verb above it did.
  if (verb === undefined || !isPastForm(verb)) return false;
  const lemma = baseForm(verb.toLowerCase(), 'verb') ?? verb.toLowerCase();
  return !LIGHT_VERBS.has(lemma) && lemma !== askedLemma && !leadsTo(lemma, askedLemma);
}

/** The verb right before a figure, past its qualifier ("followed about 2,400") or as a passive's agent ("supported by eight"). */
const VERB_BEFORE_FIGURE = new RegExp(String.raw`\b(\p{Ll}+)\s+(?:by\s+)?(?:${FIGURE_QUALIFIER}\s+)?$`, 'u');

/** "… 30 tonnes of crude oil": the unit's "of" names the asked noun within a few words. */
function measuresAsked(rest: string, unit: string, asked: string): boolean {
  const measured = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?${unit}\s+of\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)`, 'u').exec(rest)?.[1];
  return measured !== undefined && measured.split(/\s+/).some((word) => termOf(word.toLowerCase()) === termOf(asked.toLowerCase()));
}
