import { STOP_WORDS } from '../../text/stopwords.js';
import { LEMMA } from '../../text/lemmas.js';
import { isPossessive, normalizeWord, withoutPossessive } from '../../text/terms.js';
import { alternation, endsOnDemonym, isAdjectiveWord, isCollectiveNoun, isColourWord, isNoun, isPastForm, isPlainAdjective, isVerbForm, PLACE_PREPOSITIONS } from '../../text/lexicon.js';
import { baseForm, primaryClass, properClass } from '../../text/wordnet.js';
import { claimAt, TRAILING_ATTRIBUTION } from '../../corpus/claims.js';
import { isCapitalised, isNameJoiner, isSentenceOpener, NAME_TOKEN } from '../../text/names.js';
import { isShareText, isWeekday, TIME_WORD_SOURCE, VALUE_PATTERNS, YEAR_SOURCE } from '../../text/values.js';
import { isLeadingRole, isRoleWord, lexicalSpans, modifiesThing } from './roles.js';
import { describedBodies } from './bodies.js';
import type { AnswerType } from '../understand/question.js';

/** A candidate answer inside a sentence. */
export interface Span {
  text: string;
  start: number;
  end: number;
  /** A plain noun phrase, the weakest kind of candidate. */
  phrase?: boolean;
}

const PATTERNS: Record<'date' | 'number' | 'money' | 'percent' | 'quote', readonly RegExp[]> = {
  ...VALUE_PATTERNS,
  // The second: a sentence that begins inside a quotation opened in the sentence before.
  quote: [/[“"]([^”"]{2,400})[”"]/g, /^([^“”"]{2,400})”/g],
};

/** A word of a name: capitalised ("AT&T", "U.S.") or an ordinal ("the 42nd"). */
const CAPITALISED = new RegExp(`${NAME_TOKEN}|\\d+(?:st|nd|rd|th)?`, 'u');

/** A place is named after a preposition of place: "in Riverton", "on the night ferry", "in the town of Riverton". */
const LOCATIVE = new RegExp(String.raw`\b${alternation(PLACE_PREPOSITIONS)}\s+(?:the\s+)?(?:\p{Ll}+\s+of\s+(?:the\s+)?)?$`, 'iu');

/** Whether a name sits after a preposition of place ("on the night ferry"): where something happened. */
export function isLocative(sentence: string, span: Span): boolean {
  return LOCATIVE.test(sentence.slice(Math.max(0, span.start - 32), span.start));
}

/**
 * "Local fishermen said …", "Emergency shelters have opened": a plain adjective, or a common noun
 * no name WordNet knows, opening a sentence before a lower-case noun modifies it, capitalised by
 * position only. "Police say" keeps its subject: a verb follows.
 */
function modifiesNext(sentence: string, word: string): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(word.length))?.[1];
  if (next === undefined) return false;
  // "Environmental groups said": a relational adjective, with no noun sense of its own, modifies the noun after it too.
  const lower = word.toLowerCase();
  return isPlainAdjective(word) || (isAdjectiveWord(lower) && !isNoun(lower) && isNoun(next) && properClass(word) === undefined) || (isNoun(lower) && properClass(word) === undefined && isNoun(next) && !isVerbForm(next) && baseForm(next, 'verb') !== next);
}

/** "Construction was underway …": a noun of an act or state, capitalised only by opening the sentence, is no name. */
function isOpeningAbstractNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return ABSTRACT_SUFFIX.test(lower) && isNoun(lower) && properClass(word) === undefined;
}

const ABSTRACT_SUFFIX = /(?:tion|sion|ment|ness|ance|ence|ity|ing)$/;

/** Runs of capitalised words ("Jane Roe", "Bank of Ruritania"), possessives trimmed. */

export function nameSpans(sentence: string): Span[] {
  const out: Span[] = [];
  const wordPattern = /[\p{L}\p{M}\p{N}'’.&-]+/gu;
  let run: { start: number; end: number; words: string[] } | null = null;
  const flush = (): void => {
    if (!run) return;
    while (run.words.length > 0 && isNameJoiner(run.words.at(-1) ?? '')) run.words.pop();
    // Capitalised only by position ("Would", "I'm"): a stop word does not start a name.
    let start = run.start;
    while (run.words.length > 0 && STOP_WORDS.has(normalizeWord(run.words[0] ?? ''))) {
      const dropped = run.words.shift() ?? '';
      start += dropped.length + (sentence.slice(start + dropped.length).match(/^\s*/)?.[0].length ?? 0);
    }
    while (run.words.length > 0 && isNameJoiner(run.words.at(-1) ?? '')) run.words.pop();
    // "On Monday Jane Roe was elected": a day of the week is no part of the name after it.
    while (run.words.length > 1 && isWeekday(run.words[0] ?? '')) {
      const dropped = run.words.shift() ?? '';
      start += dropped.length + (sentence.slice(start + dropped.length).match(/^\s*/)?.[0].length ?? 0);
    }
    // "Linebacker Jane Roe" opening a sentence: the role is not part of the name.
    if (run.words.length > 2 && start === 0 && isLeadingRole(run.words)) {
      const dropped = run.words.shift() ?? '';
      start += dropped.length + (sentence.slice(start + dropped.length).match(/^\s*/)?.[0].length ?? 0);
    }
    // Possessives trimmed: "Roe's" and the plural "the Rovers'".
    const text = withoutPossessive(run.words.join(' ')).replace(/(?<=s)['’]$/, '').replace(/[.,]$/, '');
    // A lone capital letter ("40 °C", "Plan B" split off) is no name.
    if (text.length > 1 && !(run.words.length === 1 && run.start === 0 && (isSentenceOpener(text) || modifiesNext(sentence, text) || isOpeningAbstractNoun(text)))) {
      out.push({ text, start, end: start + text.length });
    }
    run = null;
  };
  for (const match of sentence.matchAll(wordPattern)) {
    // A full stop ends a run unless it belongs to an initial or abbreviation ("J.", "U.S.").
    const endsClause = /[^.\p{Lu}]\.$/u.test(match[0]) && !/^(?:\p{L}\.)+$/u.test(match[0]);
    const word = endsClause ? match[0].slice(0, -1) : match[0];
    const gap = run ? sentence.slice(run.end, match.index) : '';
    const adjacent = run !== null && /^\s+$/.test(gap);
    if (isCapitalised(word) && CAPITALISED.test(word)) {
      if (run && adjacent) {
        run.words.push(word);
        run.end = match.index + word.length;
      } else {
        flush();
        const opener = match.index === 0 || /(?:[“"‘(]|[.!?]["”’]?\s)\s*$/.test(sentence.slice(0, match.index));
        // "However", "Coincidentally": an adverb opening a sentence is capitalised by position only.
        if (opener && (isSentenceOpener(withoutPossessive(word)) || /^\p{Lu}\p{Ll}{3,}ly,?$/u.test(word))) continue;
        run = { start: match.index, end: match.index + word.length, words: [word] };
      }
      if (isPossessive(word) || endsClause) flush();
    } else if (run && adjacent && isNameJoiner(word) && run.words.length > 0 && (word !== 'for' || isNoun(run.words.at(-1)!.toLowerCase()))) {
      // "Commission for Racial Equality" is one name; "left Riverton for Quillon Bay" two places.
      run.words.push(word);
      run.end = match.index + word.length;
    } else flush();
  }
  flush();
  return out;
}

/**
 * A person's name without the titles run before it: "Acme Commissioner Jane Roe" is Jane Roe,
 * "Quillon Harbourmaster Tom Berg" Tom Berg. Two words of the name stay at least.
 */
function withoutTitle(sentence: string, span: Span): Span {
  const words = span.text.split(' ');
  let last = -1;
  for (let at = 0; at < words.length - 2; at++) if (isLeadingRole(words.slice(at))) last = at;
  if (last < 0) return span;
  const text = words.slice(last + 1).join(' ');
  // Found again in the sentence: the words of a name may be apart by more than one space.
  const start = sentence.indexOf(words[last + 1]!, span.start + words.slice(0, last + 1).join(' ').length);
  return start < 0 ? span : { ...span, text, start };
}

function regexSpans(sentence: string, patterns: readonly RegExp[]): Span[] {
  const out: Span[] = [];
  for (const pattern of patterns) {
    for (const match of sentence.matchAll(pattern)) {
      const text = (match[1] ?? match[0]).trim().replace(/(?<=\d)[,.]$/, '');
      const start = match.index + match[0].indexOf(text);
      if (text.length > 0 && !out.some((span) => span.start <= start && start < span.end)) out.push({ text, start, end: start + text.length });
    }
  }
  return out;
}

/**
 * A clause that gives a reason: "because …", "caused by …", "in order to …", "a dispute over pay", "as a precaution",
 * "jailed for stealing …";
 * it ends before ", but" opens another, and at a quotation's close. "over two years" is a stretch of time, no reason.
 */
const REASON_CLAUSE = /\b(because(?: of)?|due to|as a result of|(?:caused|triggered|prompted) by|blamed on|in order to|in (?:an effort|a bid|an attempt) to|so that|since|after|over(?!\s+(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|the\s+(?:past|last|next|coming))\s))|amid|in protest|for(?=\s+[a-z]{2,}ing\b))\s+((?:(?!,?\s+but\s)(?:[^.;”"]|(?<=\d)\.(?=\d))){3,200})/i;
/** "A storm caused the tower to fall", "winds have made the blaze hard to control", "… that a fault had caused it to stop": the subject of a verb of causing, before its object and "to". */
/** "made the blaze hard to control": the difficulty and the verb it is of (span-choice.ts checks the question says them). */
export const MADE_HARD_TO = String.raw`made\s+(?:[\p{L}'’-]+\s+){1,3}?(hard|harder|difficult|impossible|easier|easy|possible)\s+to\s+(\p{Ll}+)`;
const CAUSING_SUBJECT = new RegExp(String.raw`(?:^((?:(?!\bthat\b)[^,;:“"]){3,120}?)|\bthat\s+([^,;:]{3,120}?))\s+(?:(?:(?:have|has|had)\s+)?(?:caused|forced|prompted|led)\s+(?:[\p{L}'’-]+\s+){1,4}?to\s+\p{Ll}|(?:(?:have|has|had)\s+)?${MADE_HARD_TO})`, 'u');

/** Reason words that take a noun phrase, not a clause: "because of the storm", "due to heavy rain". */
const NOUN_REASON = /^(?:because of|due to|as a result of|(?:caused|triggered|prompted) by|blamed on|amid)$/i;
/** From an auxiliary or modal on, before any "that" clause of the noun: the verb of the clause a prepositional reason stands in. */
const VERB_AFTER_NOUN_PHRASE = /^((?:(?!\b(?:that|which|who|whether)\b).)*?)\s+(?:will|would|shall|was|were|is|are|has|have|had|can|could|should|may|might|must)\b.*$/i;

/** A verb of causing and its object right before an infinitive: "caused it", "forced the council", "led drivers". */
const CAUSED_OBJECT_BEFORE = /\b(?:caused?|causing|forc(?:e|es|ed|ing)|l(?:ed|eads?|eading)|prompt(?:s|ed|ing)?|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|ma(?:de|kes?|king)|help(?:s|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){1,3}$/iu;

/** "… because of fears the rails could buckle, and told passengers to stay home": the reason ends where the next act begins. */
function endBeforeNextAct(reason: string): string {
  for (const match of reason.matchAll(AND_NEXT)) if (isPastForm(match[1]!)) return reason.slice(0, match.index);
  // "… after a fault was found, cancelling 60 trains": a participle after a comma tells what followed.
  const result = RESULT_AFTER.exec(reason);
  return result && isVerbForm(result[1]!) ? reason.slice(0, result.index) : reason;
}

const RESULT_AFTER = /,\s+(\p{Ll}+ing)\b/u;

const AND_NEXT = /,\s+and\s+(\p{Ll}+)/gu;

/** "shut the bridge as a precaution": the reason is the phrase itself. */
const PRECAUTION = /\bas\s+a\s+(?:precaution(?:ary\s+measure)?|safety\s+(?:measure|precaution))\b/i;

/** "is due to visit the site": after a form of "be", "due to" and a verb with its object or place is a plan. */
function scheduled(sentence: string, clause: RegExpExecArray): boolean {
  return /^due to$/i.test(clause[1]!) && /\b(?:is|are|was|were|be|been)\s+$/.test(sentence.slice(0, clause.index)) && VERB_WITH_OBJECT.test(clause[2]!);
}

const VERB_WITH_OBJECT = /^\p{Ll}+\s+(?:the|a|an|his|her|its|their|this|that|on|in|at|with|to|for|\p{Lu})/u;

/** An "after" or "since" clause that names its own day or month, or is a time of day itself ("after midnight"): a time, no cause ("after oil leaked from a tanker that ran aground on Monday" dates the tanker's clause). */
const TEMPORAL_AFTER = new RegExp(String.raw`^(?:after|since)\s+(?:(?:${TIME_WORD_SOURCE}|\d)|(?:(?!\b(?:that|which|who)\b)[^,])*?\b(?:on\s+\p{Lu}\p{Ll}+day|yesterday|last\s+(?:night|week|month|year)|(?:in|on|of)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b)`, 'iu');

/** "has burned 12,000 hectares since it started": "since" after a perfect tells from when, not why. */
function sinceAPerfect(sentence: string, clause: RegExpExecArray): boolean {
  return /^since$/i.test(clause[1]!) && PERFECT_BEFORE.test(sentence.slice(0, clause.index));
}

const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:(?:not|never|already|now)\s+)?\p{Ll}+(?:ed|en|t|n)\b[^,;]*$/u;

/** The first reason clause that is not a time ("since 2008", "after midnight on Monday"). */
function firstReasonClause(sentence: string): RegExpExecArray | null {
  let from = 0;
  for (;;) {
    const clause = REASON_CLAUSE.exec(sentence.slice(from));
    if (!clause) return null;
    clause.index += from;
    if (!TEMPORAL_AFTER.test(clause[0]) && !sinceAPerfect(sentence, clause)) return clause;
    from = clause.index + clause[1]!.length;
  }
}

/** The reason a sentence gives: its reason clause, else the subject of its verb of causing. */
function reasonSpans(sentence: string): Span[] {
  // "… the highest level since 2008, in an effort to bring down inflation": a clause of time is
  // passed over for the reason after it.
  const clause = firstReasonClause(sentence);
  // "elected … after a recount on Sunday" dates the election; "closed after cracks were found" gives
  // its cause; "Roe is due to visit the site" is a plan, no cause.
  // "for stealing": only a verb's -ing form ("for nothing" is none, nor "for spring").
  const gerund = clause && /^for$/i.test(clause[1]!) ? /^\p{Ll}+/u.exec(clause[2]!)?.[0] : undefined;
  if (clause && gerund !== undefined && !isVerbForm(gerund)) return purposeSpans(sentence);
  if (clause && !TEMPORAL_AFTER.test(clause[0]) && !sinceAPerfect(sentence, clause) && !scheduled(sentence, clause)) {
    // "… after a leak was found, the council said on Monday": the attribution is no part of the reason.
    const whole = clause[0].replace(TRAILING_ATTRIBUTION, '');
    // "tickets sold because of the delay will be refunded": a prepositional reason is a noun phrase, ended by the clause's verb.
    // "because of fears that rails could buckle": a noun's own "that" clause stays whole.
    const text = endBeforeNextAct((NOUN_REASON.test(clause[1]!) ? whole.replace(VERB_AFTER_NOUN_PHRASE, '$1') : whole)).replace(/[,;:]$/, '');
    return [{ text, start: clause.index, end: clause.index + text.length }];
  }
  const precaution = PRECAUTION.exec(sentence);
  if (precaution) return [{ text: precaution[0], start: precaution.index, end: precaution.index + precaution[0].length }];
  const cause = CAUSING_SUBJECT.exec(sentence);
  // "Acme said … that a rare fault had caused it to stop": the causer may open a "that" clause.
  if (cause) {
    const text = cause[1] ?? cause[2]!;
    const start = cause.index + cause[0].indexOf(text);
    return [{ text, start, end: start + text.length }];
  }
  return purposeSpans(sentence);
}

/** "The dam was built in 1966 to supply water": the infinitive of purpose after a passive verb. */
const PASSIVE = /\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|t)\b/u;
const INFINITIVE = /\sto\s+(\p{Ll}+)\b/gu;
/** The purpose runs to the clause's end: "to cut costs, the firm said" is "to cut costs"; a quotation's end ends it too. */
const PURPOSE_END = /[.;,:”"]/;

/**
 * The purpose a sentence gives: the first "to" and a bare verb after its passive verb ("sent to
 * the valley to help"). "Were ordered to leave", "is expected to take" are no purpose: the
 * infinitive is what someone was told or is expected to do (a directed or planned claim).
 */
function purposeSpans(sentence: string): Span[] {
  const passive = PASSIVE.exec(sentence);
  if (!passive) return [];
  const after = passive.index + passive[0].length;
  for (const infinitive of sentence.slice(after).matchAll(INFINITIVE)) {
    const verb = infinitive[1]!;
    if (verb === 'be' || baseForm(verb, 'verb') !== verb) continue;
    const start = after + infinitive.index + 1;
    // "… had caused it to fail": the infinitive completes a verb of causing, it names no purpose.
    if (CAUSED_OBJECT_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return [];
    // Read just past "to": "expected to" is then a plan, and the infinitive itself no purpose cue.
    const modality = claimAt(sentence, start + 2).modality;
    if (modality === 'directed' || modality === 'planned') return [];
    const rest = sentence.slice(start);
    const stop = PURPOSE_END.exec(rest);
    const text = (stop ? rest.slice(0, stop.index) : rest).trimEnd();
    return [{ text, start, end: start + text.length }];
  }
  return [];
}

const PHRASE_WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const MAX_PHRASE_WORDS = 4;

/**
 * Lowercase noun-phrase-like runs: words between stop words, punctuation and likely verbs
 * ("-ed" forms, irregular past forms). A rough chunker, with no tagger; one pass, linear.
 */
export function phraseSpans(sentence: string): Span[] {
  const out: Span[] = [];
  let run: { start: number; end: number; count: number } | null = null;
  // A phrase names a thing: it ends on a noun ("the left engine"), never on "examine" or "safely".
  const flush = (): void => {
    if (run && run.count <= MAX_PHRASE_WORDS && isNoun(/\p{L}+$/u.exec(sentence.slice(run.start, run.end))?.[0].toLowerCase() ?? '')) out.push({ text: sentence.slice(run.start, run.end), start: run.start, end: run.end, phrase: true });
    run = null;
  };
  let previousEnd = 0;
  for (const match of sentence.matchAll(PHRASE_WORD)) {
    const word = match[0];
    const lower = word.toLowerCase();
    const gap = sentence.slice(previousEnd, match.index);
    previousEnd = match.index + word.length;
    if (run && !/^\s+$/.test(gap)) flush();
    // A lone letter ("a.m.", "p.m.") is no word of a phrase.
    const breaker = word.length < 2 || !/^\p{Ll}/u.test(word) || STOP_WORDS.has(normalizeWord(word)) || (lower.length > 4 && lower.endsWith('ed')) || LEMMA.has(lower);
    if (breaker) {
      flush();
      continue;
    }
    if (run) {
      run.end = match.index + word.length;
      run.count++;
    } else run = { start: match.index, end: match.index + word.length, count: 1 };
  }
  flush();
  return withCollectiveOf(sentence, out);
}

/** "a bundle of blueprints", "a pair of boots": a collection is told by what it holds, one phrase with its "of". */
function withCollectiveOf(sentence: string, phrases: Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < phrases.length; i++) {
    const span = phrases[i]!;
    const next = phrases[i + 1];
    const last = /(\p{Ll}+)$/u.exec(span.text)?.[1] ?? '';
    if (next && /^\s+of\s+$/.test(sentence.slice(span.end, next.start)) && isCollectiveNoun(last)) {
      out.push({ text: sentence.slice(span.start, next.end), start: span.start, end: next.end, phrase: true });
      i++;
    } else out.push(span);
  }
  return out;
}

/** A bare year ("1985"): no sum of money, however near "cost" it stands. */
const YEAR = new RegExp(`^${YEAR_SOURCE}$`);

/** "into Riverton's Town Hall": a place named in another's possessive is one place, the owner's name leading it. */
function withPlaceOwners(sentence: string, names: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of names) {
    const owner = out.at(-1);
    if (owner && /^['’]s?\s+$/.test(sentence.slice(owner.end, span.start))) out[out.length - 1] = { text: sentence.slice(owner.start, span.end), start: owner.start, end: span.end };
    else out.push(span);
  }
  return out;
}

/** "between $10 million and $15 million": the words before a figure that open a range. */
const RANGE_OPENER = /\bbetween\s+$/i;
const RANGE_JOINER = /^\s+and\s+$/i;

/**
 * A range is one answer: "between $10 million and $15 million" answers "how much will it cost?"
 * whole, where "$10 million" alone would state a figure the story does not give.
 */
const YEAR_ONLY = /^(?:1[5-9]|20)\d\d$/;

function withRanges(sentence: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const next = spans[i + 1];
    const opener = RANGE_OPENER.exec(sentence.slice(Math.max(0, span.start - 8), span.start));
    // "between 2018 and 2022" is a stretch of years, a date: no range of figures.
    if (next && opener && RANGE_JOINER.test(sentence.slice(span.end, next.start)) && !(YEAR_ONLY.test(span.text) && YEAR_ONLY.test(next.text))) {
      const start = span.start - opener[0].length;
      out.push({ text: sentence.slice(start, next.end), start, end: next.end });
      i++;
    } else out.push(span);
  }
  return out;
}

/** A preposition of where something is or goes, with its determiner, an opening quotation mark or a participle: "stored in approved …". */
const AT_PLACE = /\b(?:in|at|on|onto|into|inside|outside|near|under|aboard|from)\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?["“]?(?:\p{Ll}+ed\s+)?$/iu;
/** WordNet's classes of nouns that are somewhere one can be: a thing made ("cabinets", "hospital"), a place, a natural object ("valley"). */
const WHERE_CLASSES: ReadonlySet<string> = new Set(['noun.artifact', 'noun.location', 'noun.object']);

/**
 * Plain noun phrases of place: "where are such papers kept?" over "stored in approved security
 * cabinets". Weaker candidates than names, and only after a preposition of place, ending on a noun
 * of something one can be in or at ("in remarks to …", "in the afternoon" are none).
 */
function placePhrases(sentence: string): Span[] {
  return phraseSpans(sentence).filter((span) => {
    const last = /(\p{Ll}+)$/u.exec(span.text)?.[1];
    return last !== undefined && AT_PLACE.test(sentence.slice(Math.max(0, span.start - 24), span.start)) && WHERE_CLASSES.has(primaryClass(last, 'noun') ?? '');
  });
}

/** Figures that may be an amount: "the #2 browser" is a rank, "March 4" a day, no count, sum or share. */
function amounts(sentence: string, patterns: readonly RegExp[]): Span[] {
  const dates = regexSpans(sentence, PATTERNS.date).filter((date) => !YEAR.test(date.text));
  const inDate = (span: Span): boolean => dates.some((date) => date.start <= span.start && span.end <= date.end);
  return withRanges(sentence, regexSpans(sentence, patterns).filter((span) => sentence[span.start - 1] !== '#' && !inDate(span)));
}

/** Whether a figure is followed by the noun it counts: "30 days", "three browsers". */
function countsNoun(sentence: string, span: Span): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(span.end))?.[1];
  return next !== undefined && isNoun(next) && !STOP_WORDS.has(next);
}

/** Candidate answers of the expected type in a sentence. */
export function spansOfType(sentence: string, type: AnswerType): Span[] {
  switch (type) {
    case 'date':
      return regexSpans(sentence, PATTERNS.date);
    case 'number':
      return amounts(sentence, [...PATTERNS.money, ...PATTERNS.percent, ...PATTERNS.number]);
    case 'money': {
      // "25 percent of all money it raises" is a share, not a sum: the percentage is matched whole, then left out; so is a year.
      return amounts(sentence, [...PATTERNS.money, ...PATTERNS.percent, ...PATTERNS.number]).filter((span) => !isShareText(span.text) && !YEAR.test(span.text));
    }
    case 'percent': {
      // "91 percent of its 2,300 members": where the sentence gives a percentage, a bare count is no share.
      const spans = amounts(sentence, [...PATTERNS.percent, ...PATTERNS.number]);
      const shares = spans.filter((span) => isShareText(span.text));
      // Else a bare figure may be one ("its share is 56"), but not one that counts a noun ("30 days") nor a year.
      return shares.length > 0 ? shares : spans.filter((span) => !countsNoun(sentence, span) && !YEAR.test(span.text));
    }
    case 'quote':
      return regexSpans(sentence, PATTERNS.quote);
    case 'reason':
      return reasonSpans(sentence);
    case 'colour':
      return lexicalSpans(sentence, isColourWord);
    case 'role':
      return lexicalSpans(sentence, isRoleWord);
    case 'person': {
      const names = nameSpans(sentence)
        .filter((span) => !modifiesThing(sentence, span))
        .map((span) => withoutTitle(sentence, span));
      return [...names, ...describedBodies(sentence).filter((body) => !names.some((name) => name.start < body.end && body.start < name.end))];
    }
    case 'entity':
      return nameSpans(sentence);
    case 'place': {
      // Named after a preposition of place first; any other name is a weaker candidate.
      // "Secret Norwegian files found …": a word for a nation's people is no place.
      const names = withPlaceOwners(sentence, nameSpans(sentence)).filter((span) => !endsOnDemonym(span.text));
      const locative = names.filter((span) => isLocative(sentence, span));
      return [...locative, ...names.filter((span) => !locative.includes(span)), ...placePhrases(sentence)];
    }
    case 'thing': {
      // "What …?" can ask for anything: names and numbers are the likeliest short answers, then
      // the plain noun phrases ("the national anthem").
      const names = nameSpans(sentence);
      const numbers = regexSpans(sentence, [...PATTERNS.money, ...PATTERNS.percent, ...PATTERNS.number]).filter((n) => !names.some((m) => m.start <= n.start && n.start < m.end));
      const taken = [...names, ...numbers];
      const phrases = phraseSpans(sentence).filter((p) => !taken.some((m) => m.start < p.end && p.start < m.end));
      return [...taken, ...phrases];
    }
    default:
      return [];
  }
}
