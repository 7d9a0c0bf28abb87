import { claimAt, type Claim, type Modality } from '../../corpus/claims.js';
import { sentenceTerms } from '../../corpus/term-cache.js';
import { findEntity, type Entity } from '../../corpus/entities.js';
import { findPerson } from '../../corpus/entity-lookup.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { LEMMA } from '../../text/lemmas.js';
import { APPROXIMATORS, AUXILIARY, BE_FORMS, DEGREE_WORDS, DETERMINERS, EARLIER_EVENT_WORDS, isAdjectiveWord, isAuxiliary, isNoun, isPastForm, isPlainAdjective, isVerbForm, literal, SUBJECT_PRONOUNS, MODAL_VERBS, THIRD_PERSON, wordOf } from '../../text/lexicon.js';
import { MEANINGFUL_STOP_VERBS } from '../../text/stopwords.js';
import { baseForm, derivedFormsOf, synonymsOf as wordnetSynonyms } from '../../text/wordnet.js';
import { DIGIT_FIGURE, findValues } from '../../text/values.js';
import { synonymsOf } from '../../text/synonyms.js';
import { isPossessive, isStopWord, termOf, termsOf } from '../../text/terms.js';
import { isCapitalised } from '../../text/names.js';
import { tokens } from '../../text/tokenize.js';
import { attributedClaim } from './attribution.js';
import { antonymTermsOf, sameTermsOf } from '../../text/opposites.js';
import { termsWithReferent } from '../retrieve/referents.js';
import { definiteNoun, introducesAnother, onlyAsClass } from './another.js';
import { contextTerms, type Ranked } from '../retrieve/rank.js';
import { PIPELINE_OPTIONS } from '../options.js';
import { EARLIER_TIME, PAST_PERFECT_BEFORE } from '../../text/tense.js';

/** "Did Roe meet Doe?" taken apart: who, the auxiliary, and what is asked of them. */
export interface Proposition {
  aux: string;
  subject: string;
  rest: string;
  /** "Roe met Doe": the question as a statement, for "the story doesn't say whether …". */
  statement: string;
  /** Terms of the words asked about, the main one (the verb, or the noun after "is") first. */
  targets: string[];
  /** The main word asked about as written ("criticise"), for its opposites. */
  mainWord: string;
  /** How the question itself puts it: "has he met" asks for a fact, "will he meet" for a plan. */
  modality: Modality;
  /** "Did Roe plead not guilty?": a "not" or "never" after the subject asks about the negative, so a plain statement of the rest is its "no". */
  negated: boolean;
}

const AUX = new RegExp(`^(${AUXILIARY}|am)(?:n['’]t|\\s+not)?\\s+(.+)$`, 'i');
const PRONOUN = wordOf(SUBJECT_PRONOUNS);
/** The asker ("can I …?") or the bot ("did you …?"): no one a story tells of. */
const ASKER = /^(?:i|you)$/i;
/** Forms of "be": "Is Roe a man of peace?" asks about a noun, not a verb. */
const COPULA_FORM = /^(?:is|are|was|were|am)$/i;
/** Auxiliaries after whose subject a bare verb follows: "did Roe …", "could the Acme hall …". */
const VERB_AUX = new RegExp(`^(?:do|does|did|${MODAL_VERBS.join('|')})$`, 'i');
const DETERMINER = wordOf(DETERMINERS);
/** Words between the subject and the verb that carry no content: "has he already met". */
const FILLER = /^(?:ever|already|actually|really|still|yet|just|also|even|been|being|be|not|finally|personally|ever)$/i;
const MAX_SUBJECT_WORDS = 4;
/** "plead not guilty", "never returned": a negation the question asks about, not the auxiliary's "didn't". */
const INNER_NEGATION = /^(?:not|never|n['’]t)$/i;
/** How a question puts its verb, not the verb: "set to meet", "get fired" (a passive with "get"). */
const FRAMING = /^(?:(?:set|due|expected|scheduled|poised|about|going|planning|likely|supposed|able)\s+to\s+|(?:get|gets|got|getting|gotten)\s+(?=\p{L}+(?:ed|en)\b|better\b|worse\b))/iu;
/** Stop words for search that still carry the question's meaning here: "did Roe tell Doe …". */
const MEANINGFUL = wordOf([...MEANINGFUL_STOP_VERBS, 'go', 'went', 'happen', 'happened']);

/** The subject of a yes/no question: a pronoun, a known name, a capitalised run, or a determiner and a noun. */
function subjectLength(words: readonly string[], isName: (phrase: string) => boolean, doAux: boolean): number {
  if (words.length === 0) return 0;
  // "was anything else stolen?": "else" stays with its pronoun.
  if (/^(?:anything|anyone|anybody|something|someone|somebody)$/i.test(words[0]!) && /^else$/i.test(words[1] ?? '') && words.length > 2) return 2;
  if (PRONOUN.test(words[0]!)) return 1;
  // "is this the largest fire?": a demonstrative before an article stands alone.
  if (DETERMINER.test(words[0]!) && DETERMINER.test(words[1] ?? '')) return 1;
  for (let n = Math.min(MAX_SUBJECT_WORDS, words.length - 1); n >= 1; n--) {
    if (!isName(words.slice(0, n).join(' '))) continue;
    // "did acme holdings shares rise?": a known name used as a modifier keeps its noun in the subject.
    let end = n;
    while (end < words.length - 1 && isModifiedNoun(words[end]!) && doAux && verbAfter(words[end + 1]!)) end++;
    return end + possessed(words, end);
  }
  const start = DETERMINER.test(words[0]!) ? 1 : 0;
  let end = start;
  while (end < words.length - 1 && isCapitalised(words[end]!) && !isPossessive(words[end - 1] ?? '')) end++;
  // "the Quillon Way bridge": a name used as a modifier leaves the noun it modifies in the subject.
  // After "did" or a modal the verb follows the subject: "Did Harbor City beat Riverton?" keeps "beat" out.
  if (end > start) while (end < words.length - 1 && isModifiedNoun(words[end]!) && (!doAux || verbAfter(words[end + 1]!))) end++;
  if (end === start) {
    // "is the fire station closed?": a compound noun is the subject whole, not "the fire".
    end = start + 1;
    // A word that is also an adjective ("safe", "open") is the predicate, unless an article follows it ("is the fire chief a woman?").
    while (end < words.length - 1 && isModifiedNoun(words[end]!) && (doAux ? verbAfter(words[end + 1]!) : !isAdjectiveWord(words[end]!) || DETERMINER.test(words[end + 1]!))) end++;
  }
  return Math.min(words.length - 1, end + possessed(words, end));
}

/** "Did Zorbnet 3 explode?": a number after the subject tells which of a series it is, and stays with it. */
function withSeriesNumber(words: readonly string[], length: number): number {
  return length > 0 && length < words.length - 1 && SERIES_NUMBER.test(words[length]!) ? length + 1 : length;
}

const SERIES_NUMBER = /^(?:\d{1,4}|[IVX]+)$/;

function isModifiedNoun(word: string): boolean {
  // "did Jane get better?": "get" is WordNet's noun too, but a stop word after a name is the verb.
  return /^\p{Ll}+$/u.test(word) && isNoun(word) && !isVerbForm(word) && !FILLER.test(word) && !isStopWord(word);
}

/** A bare verb that may follow a noun of the subject ("close" of "did the bridge close"), not a particle ("end up"). */
function verbAfter(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && !isStopWord(word) && baseForm(word, 'verb') === word;
}

/** "Roe's envoy": a possessive name takes the noun after it into the subject. */
function possessed(words: readonly string[], n: number): number {
  return isPossessive(words[n - 1] ?? '') && n < words.length - 1 ? 1 : 0;
}

const PAST = new Map<string, string>();
for (const [form, base] of LEMMA) if (!PAST.has(base) && !/s$/.test(form) && !/^(?:is|are|am)$/.test(form)) PAST.set(base, form);

/** "congratulate" → "congratulated", "meet" → "met": the past a "did" question asks about. */
export function pastOf(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = PAST.get(lower);
  // "beaten" is the participle of a verb whose past is its base: "Roe beat Doe".
  if (irregular === `${lower}en`) return lower;
  if (irregular) return irregular;
  if (/e$/.test(lower)) return `${lower}d`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ied`;
  return `${lower}ed`;
}

/** "trust" → "trusts": the present a "does" question asks about. */
function thirdPerson(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

function statementOf(aux: string, subject: string, rest: string): string {
  const [verb = '', ...tail] = rest.split(' ');
  const lower = aux.toLowerCase();
  if (lower === 'did') return [subject, pastOf(verb), ...tail].join(' ');
  if (lower === 'does') return [subject, thirdPerson(verb), ...tail].join(' ');
  if (lower === 'do') return [subject, verb, ...tail].join(' ');
  return [subject, lower, rest].join(' ');
}

/** Where a clause that only dates the question begins ("… when the roof fell"), or the end. */
function timeClauseAt(words: readonly string[]): number {
  const at = words.findIndex((word, index) => index > 0 && TIME_CLAUSE.test(word));
  return at < 0 ? words.length : at;
}

const TIME_CLAUSE = /^(?:when|while|whilst)$/i;

/** Parses a yes/no question; undefined when it is not one this module can take apart. */
export function parseYesNo(text: string, isName: (phrase: string) => boolean = () => false): Proposition | undefined {
  const match = AUX.exec(text.trim().replace(/[?!.\s]+$/, ''));
  if (!match) return undefined;
  const aux = match[1]!;
  const words = match[2]!.split(/\s+/);
  const length = withSeriesNumber(words, subjectLength(words, isName, VERB_AUX.test(aux)));
  if (length === 0 || length >= words.length) return undefined;
  const subject = words.slice(0, length).join(' ');
  const rest = words.slice(length).join(' ');
  // "Is Roe set to meet Doe?": the verb asked about is "meet"; "set to" is how it is put.
  const framing = FRAMING.exec(rest)?.[0] ?? '';
  // "Was the hall packed when the roof fell?" asks whether it was packed: the "when" clause only dates it.
  const asked = rest
    .slice(framing.length)
    .split(/\s+/)
    .filter((_, at, all) => at < timeClauseAt(all))
    // "almost" only qualifies what follows it: "is it almost?" asks nothing.
    .filter((word) => !FILLER.test(word) && !APPROXIMATORS.has(word.toLowerCase()) && (!isStopWord(word) || MEANINGFUL.test(word)) && termOf(word) !== null);
  const targets = asked.map((word) => termOf(word)!);
  if (targets.length === 0) return undefined;
  const statement = statementOf(aux, subject, rest);
  const firstTarget = statement.length - rest.length + framing.length;
  const negated = rest.split(/\s+/).some((word) => INNER_NEGATION.test(word));
  return { aux, subject, rest, statement, targets, mainWord: asked[0]!, modality: claimAt(statement, Math.min(firstTarget, statement.length - 1)).modality, negated };
}

/** What the story says to a yes/no question. */
export type Verdict =
  /** `nearly`: a "no" because the story says it falls just short ("almost complete"). */
  | { kind: 'yes' | 'no'; ranked: Ranked; speaker?: string; nearly?: true }
  /** `weighed`: a sentence says what was asked about, but not on the question's footing ("is set to meet" for "has met"). */
  | { kind: 'unsaid'; closest: Ranked; weighed: boolean; speaker?: string; whichStory?: true };

/** A verdict needs the sentence to hold nearly all of the question (IDF-weighted), not just its verb. */
const VERDICT_COVERAGE = PIPELINE_OPTIONS.fitted.read.verdictCoverage;
/** How many of the best-ranked sentences are read for a statement of the proposition. */
const CANDIDATES = PIPELINE_OPTIONS.fitted.read.verdictCandidates;

interface Found {
  ranked: Ranked;
  offset: number;
  opposite: boolean;
  /** "almost complete" for "is it finished?": the opposite, by a little. */
  nearly?: true;
  /** The opposite by an antonym ("fell" for "rise"), not by a denial ("no arrests"). */
  antonym?: true;
  /** The asked word as a noun after a determiner ("exempt from the strike"), which states less than the verb. */
  asNoun?: true;
}

/** Where the sentence says the asked-about word (or a synonym), or its opposite. */
function findTarget(ranked: Ranked, proposition: Proposition): Found | undefined {
  const [main, ...others] = proposition.targets;
  if (!main) return undefined;
  const same = new Set([main, ...synonymsOf(main)]);
  const opposite = antonymTermsOf(proposition.mainWord);
  const all = tokens(ranked.sentence.text);
  const words = all.map((token) => ({ term: termOf(token.raw), start: token.start }));
  const hits: Found[] = [];
  for (const [at, word] of words.entries()) {
    if (word.term === null) continue;
    // "Brenvar's third defeat" is a noun of the "win" group's verb "defeat", and the loser's: only the
    // asked word itself stands as a noun; so after a past verb ("Tom Berg conceded defeat").
    if (word.term !== main && same.has(word.term) && (afterDeterminer(all, at) || afterPastVerb(all, at))) continue;
    // "is it finished yet?" over "almost complete": it falls just short, so not yet (unless the question says "almost" too).
    if (same.has(word.term) && fallsShort(all, at) && !fallsShortIn(proposition.rest)) hits.push({ ranked, offset: word.start, opposite: true, nearly: true });
    // "were there any arrests?" over "no arrests were made": "no" before the noun denies it.
    else if (same.has(word.term)) hits.push({ ranked, offset: word.start, opposite: NO_DETERMINER.test(all[at - 1]?.raw ?? ''), ...(afterDeterminer(all, at) ? { asNoun: true as const } : {}) });
    // "was anyone hurt?" over "No injuries have been reported": "no" and the verb's own noun deny it.
    else if (NO_DETERMINER.test(all[at - 1]?.raw ?? '') && deniedNouns(proposition.mainWord).has(word.term)) hits.push({ ranked, offset: word.start, opposite: true });
    else if (opposite.has(word.term)) hits.push({ ranked, offset: word.start, opposite: true, antonym: true });
  }
  if (hits.length > 0) return hitOfSubject(ranked.sentence.text, hits, proposition.subject) ?? firstHit(hits, words, proposition.mainWord);
  // "Is Roe a man of peace?": the main word may be a plain noun; any other asked-about word will do.
  // After "did", "has" or "will" it is the verb asked about, and without it nothing is stated; nor
  // is anything without the adjective asked about ("is Acme bigger than Zorbco?").
  // Nor a passive's ("was anyone arrested over the theft?" is not answered by "the theft was discovered").
  if (!COPULA_FORM.test(proposition.aux) || isPlainAdjective(proposition.mainWord) || isGraded(proposition.mainWord) || isVerbForm(proposition.mainWord) || /\bthan\b/i.test(proposition.rest)) return undefined;
  const rest = new Set(others);
  const other = words.find((word) => word.term !== null && rest.has(word.term));
  return other ? { ranked, offset: other.start, opposite: false } : undefined;
}

/** Whether an approximator ("almost", "nearly") stands just before the word at `at`, an adverb at most between ("almost fully built"). */
function fallsShort(all: readonly { raw: string }[], at: number): boolean {
  // "almost certainly endangered" hedges how sure, not how far: the thing may well be so.
  return all.slice(Math.max(0, at - 2), at).some((token, i, near) => APPROXIMATORS.has(token.raw.toLowerCase()) && !CERTAINTY.test(near[i + 1]?.raw ?? ''));
}

/** Adverbs of certainty an approximator may qualify: "almost certainly", "nearly surely". */
const CERTAINTY = /^(?:certainly|surely|definitely|inevitably|undoubtedly)$/i;

function fallsShortIn(text: string): boolean {
  return text.split(/\s+/).some((word) => APPROXIMATORS.has(word.toLowerCase()));
}

/** "biggest", "larger": a superlative or comparative of an adjective, which WordNet lists by its base ("big"). */
function isGraded(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/(?:est|er)$/.test(lower)) return false;
  const stem = lower.replace(/(?:est|er)$/, '');
  return [baseForm(lower, 'adjective'), stem, stem.replace(/(.)\1$/, '$1'), `${stem}e`, stem.replace(/i$/, 'y')].some((base) => base !== undefined && base !== lower && isPlainAdjective(base));
}

/** Whether the word at `at` is the object of a past verb ("conceded defeat"); a passive's "was" is no such verb. */
function afterPastVerb(all: readonly { raw: string }[], at: number): boolean {
  const before = all[at - 1]?.raw ?? '';
  return isPastForm(before) && !isAuxiliary(before);
}

/** Whether the word at `at` follows a determiner, a possessive or an ordinal ("the", "Roe's", "third"): a noun there. */
function afterDeterminer(all: readonly { raw: string }[], at: number): boolean {
  const before = all.slice(Math.max(0, at - 2), at).map((token) => token.raw);
  return before.some((word) => DETERMINER.test(word) || isPossessive(word)) || ORDINAL.test(before.at(-1) ?? '');
}

const NO_DETERMINER = /^no$/i;
/** What a question about something besides the story's own asks with: "anything else", "any other". */
const ELSE = /\b(?:else|other|others|another|besides)\b/i;
const NOTHING_ELSE = /\b(?:nothing|nobody|no\s+one|none|no)\s+(?:else|other)\b/i;
/** WordNet senses of the asked verb whose nouns a denial may use ("hurt" → "injure" → "injury"). */
const DENIED_SENSES = 4;

/**
 * The nouns made from the asked verb and its leading senses' synonyms: "die" → "death", "hurt" →
 * "injury". Read once per verb: the judge asks for each candidate sentence's "no …".
 */
function deniedNouns(verb: string): ReadonlySet<string> {
  const key = verb.toLowerCase();
  const known = DENIED.get(key);
  if (known) return known;
  const base = LEMMA.get(key) ?? baseForm(key, 'verb');
  const verbs = base === undefined ? [] : [base, ...wordnetSynonyms(base, 'verb', DENIED_SENSES).filter((word) => !word.includes(' '))];
  const nouns = verbs.flatMap((word) => derivedFormsOf(word, 'verb')).filter((word) => baseForm(word, 'noun') === word && !verbs.includes(word));
  const found: ReadonlySet<string> = new Set(nouns.map((word) => termOf(word)).filter((term): term is string => term !== null));
  DENIED.set(key, found);
  return found;
}

const DENIED = new Map<string, ReadonlySet<string>>();
/** "Were there any arrests?", "was anyone hurt?": the subject stands for no one the sentence must name. */
const EXISTENTIAL = /^(?:there|anyone|anybody|anything|someone|somebody|something)(?:\s+else)?$/i;

const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|\d+(?:st|nd|rd|th))$/i;

function saysBoth(words: readonly { term: string | null }[], mainWord: string): boolean {
  const same = new Set([...sameTermsOf(mainWord), termOf(LEMMA.get(mainWord.toLowerCase()) ?? mainWord)]);
  return words.some((word) => word.term !== null && same.has(word.term));
}

/** The first hit; an opposite first where the sentence says the asked word too ("she improved …, then worsened") is no denial. */
function firstHit(hits: readonly Found[], words: readonly { term: string | null }[], mainWord: string): Found | undefined {
  const [first] = hits;
  return first?.antonym && saysBoth(words, mainWord) ? undefined : first;
}

/**
 * The hit that follows the subject's name, where the sentence says the verb of several: "Shares in
 * Acme rose, while Zorbco shares fell" answers "did Zorbco shares fall?" with "fell", not "rose".
 */
function hitOfSubject(text: string, hits: readonly Found[], subject: string): Found | undefined {
  if (hits.length < 2) return undefined;
  // The subject's words the sentence writes as a name, past its first word ("Acme", whoever typed "acme").
  const at = subject
    .split(/\s+/)
    .filter((word) => !isStopWord(word))
    .flatMap((word) => [...text.matchAll(new RegExp(`\\b${literal(word)}\\b`, 'gi'))].filter((found) => found.index > 0 && isCapitalised(found[0])).map((found) => found.index));
  if (at.length === 0) return undefined;
  const after = Math.max(...at);
  return hits.find((hit) => hit.offset > after);
}

/**
 * Who did it matters: "Did A beat B?" is not answered by "B defeated A". The subject must come
 * before the verb (its doer), or after it behind "by" (the passive), or be a pronoun. A passive
 * question asks of what underwent the verb: "were any houses destroyed?" is answered by "the fire
 * destroyed 45 houses", its object, and "was Roe beaten?" not by "Roe beat Doe".
 */
function subjectIsDoer(kb: KnowledgeBase, hit: Found, proposition: Proposition): boolean {
  const { subject } = proposition;
  if (PRONOUN.test(subject) || EXISTENTIAL.test(subject)) return true;
  if (COPULA_FORM.test(proposition.aux) && isPastForm(proposition.mainWord) && saysActively(hit, proposition.mainWord)) return undergoes(kb, hit, subject);
  const text = hit.ranked.sentence.text;
  const names = namesOfSubject(kb, subject);
  const at = (name: string): number[] => [...text.matchAll(new RegExp(`\\b${literal(name)}\\b`, 'gi'))].map((match) => match.index);
  const named = names.flatMap(at);
  // "the greens" is in "the Green Alliance" by its term, though not word for word.
  const positions = named.length > 0 ? named : termPositions(text, subject);
  // The subject named nowhere in the sentence (a role stands for it): nothing to check the order by.
  if (positions.length === 0) return true;
  // "… was beaten by Roe": the agent after "by", in the verb's own clause ("…, ending 16 years of rule by Roe" is another's).
  if (positions.some((position) => position > hit.offset && /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(hit.offset, position - 8), position)) && !/[,;:]/.test(text.slice(hit.offset, position)))) return true;
  // "Zorbnet 3 reached the pier, a year after its sister ship sank": the verb has a doer of its own.
  if (otherDoerBefore(text, hit.offset, names)) return false;
  return positions.some((position) => position < hit.offset);
}

/** Where the sentence has a content word of the subject, by its term ("Green" for "the greens"). */
function termPositions(text: string, subject: string): number[] {
  const wanted = new Set(termsOf(subject));
  return tokens(text).filter(({ raw }) => wanted.has(termOf(raw) ?? '')).map(({ start }) => start);
}

/**
 * Whether the verb at `offset` has a subject of its own in its clause that is not the asked one:
 * a noun or a name between the clause's start ("after", a comma) and the verb, none of `names`.
 */
function otherDoerBefore(text: string, offset: number, names: readonly string[]): boolean {
  // "All ferries between Brannock and the islands were cancelled": the "and" of "between … and" opens no clause.
  const clause = text.slice(0, offset).replace(BETWEEN_AND, 'between$1&').split(CLAUSE_START).at(-1) ?? '';
  if (names.some((name) => new RegExp(`\\b${literal(name)}\\b`, 'i').test(clause))) return false;
  return tokens(clause).some(({ raw }) => (isCapitalised(raw) && raw.length > 1) || (/^\p{Ll}+$/u.test(raw) && !isStopWord(raw) && isNoun(raw) && !isVerbForm(raw) && !isAdjectiveWord(raw)));
}

const BETWEEN_AND = /\bbetween\b([^,;:]*?)\band\b/gi;

/** Where a clause of its own starts: punctuation, or a conjunction that opens one ("a year after it exploded", "as the leader crashes out"). */
const CLAUSE_START = /[,;:(]|\b(?:after|before|when|while|because|since|until|although|though|whereas|and|but)\b|(?<!\b(?:such|well)\s)\bas\b/i;

/** "got" just before a verb puts it in the passive ("got fired"), as any "be" in its clause does. */
const GET_BEFORE = /\b(?:get|gets|got)\s+(?:\p{L}+ly\s+)?$/iu;

/** Whether the hit is a verb in the past the sentence puts actively ("the fire destroyed"), not an adjective ("almost complete") or a passive. */
function saysActively(hit: Found, participle: string): boolean {
  const text = hit.ranked.sentence.text;
  const word = /^\p{L}+/u.exec(text.slice(hit.offset))?.[0]?.toLowerCase() ?? '';
  // "beat" is the past of "beaten"'s verb though it is its base form too.
  const lemma = LEMMA.get(participle.toLowerCase()) ?? baseForm(participle, 'verb') ?? participle;
  // "There are no casualties left at the scene": after a "be" in its clause, the past form is a participle.
  const clause = text.slice(0, hit.offset).split(/[,;:]/).at(-1) ?? '';
  return (isPastForm(word) || word === pastOf(lemma)) && !GET_BEFORE.test(clause) && !BE_IN_CLAUSE.test(clause);
}

const BE_IN_CLAUSE = new RegExp(`\\b(?:${BE_FORMS.join('|')})\\b`, 'i');

/** Whether the sentence names the subject after its active verb, as what the verb acted on. */
function undergoes(kb: KnowledgeBase, hit: Found, subject: string): boolean {
  const clause = hit.ranked.sentence.text.slice(hit.offset).split(/[,;.]/)[0] ?? '';
  return namesOfSubject(kb, subject).some((name) => new RegExp(`\\b${literal(name)}\\b`, 'i').test(clause));
}

/** The ways a sentence may name the subject: as asked, the entity's full name and each word of either. */
function namesOfSubject(kb: KnowledgeBase, subject: string): string[] {
  const entity = findEntity(kb.entities, subject);
  return [subject, ...(entity ? [entity.name, ...entity.name.split(' ')] : []), ...subject.split(/\s+/)].filter((name) => name.length > 2 && !isStopWord(name));
}

/**
 * "Are the updates free?" over "a free software update": the asked adjective stands before the
 * subject's noun, which it describes as the question's "are … free" does.
 */
function qualifiesSubject(hit: Found, proposition: Proposition): boolean {
  if (!COPULA_FORM.test(proposition.aux) || !isPlainAdjective(proposition.mainWord) || hit.opposite) return false;
  const subjectTerms = new Set(proposition.subject.split(/\s+/).filter((word) => !isStopWord(word)).map((word) => termOf(word)));
  const after = tokens(hit.ranked.sentence.text.slice(hit.offset)).slice(1, 1 + ATTRIBUTIVE_REACH);
  // "the first strike since 2011" is not the first: an ordinal or superlative bounded by a time or a group says less.
  if (BOUNDED_AFTER.test(hit.ranked.sentence.text.slice(hit.offset).split(/[,;.]/)[0] ?? '')) return false;
  return after.some((token) => subjectTerms.has(termOf(token.raw)));
}


/** "first … since 2011", "biggest … in a decade", "largest … this year": the adjective holds within a bound only. */
const BOUNDED_AFTER = /^\S+\s+(?:\S+\s+){0,6}?(?:since|in\s+(?:a|the|\d)|this|for\s+(?:a|the|\d)|of\s+the\s+year)\b/i;

/** How many words after an adjective its noun may stand: "a free software update". */
const ATTRIBUTIVE_REACH = 3;

/**
 * Whether a sentence is about the question's subject in its own words: a named or described thing
 * it mentions ("is the Acme hall finished yet?" over "the Acme hall … almost complete"), never "anyone" or "it".
 */
export function aboutSubject(kb: KnowledgeBase, ranked: Ranked, proposition: Proposition): boolean {
  return !PRONOUN.test(proposition.subject) && !EXISTENTIAL.test(proposition.subject) && mentionsSubject(kb, ranked, proposition.subject);
}

function mentionsSubject(kb: KnowledgeBase, ranked: Ranked, subject: string): boolean {
  if (PRONOUN.test(subject) || EXISTENTIAL.test(subject)) return true;
  // "The company said it disagreed …" mentions the company the story named ("the technology company Acme").
  const terms = termsWithReferent(kb, ranked.sentence.id);
  // A person the stories name is mentioned by a word of their name no one else has: "Is Jane Roe
  // a doctor?" is not answered by "Tom Roe, a doctor".
  const person = findPerson(kb.entities, subject);
  // So is a role: "the foreign minister" is no mention of the prime minister.
  if (person) return ownNameWords(kb, person).some((term) => terms.has(term)) || ownRoles(kb, person).some((role) => terms.has(role));
  const entity = findEntity(kb.entities, subject);
  const own = subject
    .split(/\s+/)
    .filter((word) => !isStopWord(word))
    .map((word) => termOf(word))
    .filter((term): term is string => term !== null);
  if ([...(entity?.roles ?? [])].some((role) => terms.has(role))) return true;
  // "Did Zorbco shares rise?" is not answered by "Shares in Acme rose": every word of the subject
  // is in the sentence or its paragraph, and some word of it in the sentence.
  // "Were the injured taken to hospital?" names them as the sentence's "those who were wounded" may.
  const context = contextTerms(kb, ranked.sentence.passage);
  return own.every((term) => saysTerm(terms, term) || saysTerm(context, term)) && own.some((term) => saysTerm(terms, term));
}

/** The roles of an entity no other entity holds ("minister" is no one's when two people hold it). */
function ownRoles(kb: KnowledgeBase, entity: Entity): string[] {
  return [...entity.roles].filter((role) => !kb.entities.all.some((other) => other !== entity && other.roles.has(role)));
}

/** The terms of an entity's name that no other entity's name has ("jane" of Jane Roe beside Tom Roe). */
function ownNameWords(kb: KnowledgeBase, entity: Entity): string[] {
  const others = kb.entities.all.filter((other) => other !== entity).flatMap((other) => other.name.split(/\s+/).map((word) => termOf(word)));
  return entity.name
    .split(/\s+/)
    .map((word) => termOf(word))
    .filter((term): term is string => term !== null && !others.includes(term));
}

/**
 * "Did Roe criticise the builders?" against "Roe praised the builders": all but the verb is there.
 * A pronoun of the sentence stands for what the sentence before names ("… no longer supports it").
 */
export function holdsTheRest(kb: KnowledgeBase, ranked: Ranked, proposition: Proposition): boolean {
  const terms = sentenceTerms(kb.corpus, ranked.sentence.id);
  const before = kb.corpus.sentences[ranked.sentence.id - 1];
  const referred = THIRD_PERSON_WORD.test(ranked.sentence.text) && before?.passage === ranked.sentence.passage ? sentenceTerms(kb.corpus, before.id) : EMPTY;
  return proposition.targets.slice(1).every((term) => saysTerm(terms, term) || referred.has(term));
}

/** Whether a set of terms holds the term or one of its close synonyms. */
function saysTerm(present: ReadonlySet<string>, term: string): boolean {
  return present.has(term) || [...synonymsOf(term)].some((synonym) => present.has(synonym));
}

const THIRD_PERSON_WORD = new RegExp(`\\b(?:${[...THIRD_PERSON].join('|')})\\b`, 'i');
const EMPTY: ReadonlySet<string> = new Set();

/**
 * "Will it close this year?" is not answered by "expected to close in the first half of next year":
 * a date the question gives ("this year", "on Monday", "in 2019"; values.ts reads them as the
 * index does) must be said by the sentence.
 */
function saysSameTime(sentence: string, proposition: Proposition): boolean {
  const asked = findValues(proposition.rest).filter(({ type }) => type === 'date');
  const text = sentence.toLowerCase();
  return asked.every(({ start, end }) => text.includes(proposition.rest.slice(start, end).toLowerCase()));
}

/**
 * "Did Roe win?" over a report of a final Roe lost is not answered by "Roe had won the title in each
 * of the past two years": a past perfect tells of an earlier event, which only a question about
 * an earlier one ("did Roe win last year?", "had she won before?") asks.
 */
function earlierEvent(hit: Found, proposition: Proposition): boolean {
  const before = hit.ranked.sentence.text.slice(0, hit.offset);
  if (!PAST_PERFECT_BEFORE.test(before) || /^had$/i.test(proposition.aux)) return false;
  return !proposition.rest.split(/\s+/).some((word) => EARLIER_EVENT_WORDS.has(word.toLowerCase()));
}


/**
 * "Did the hospital offer 9 percent?" takes no verdict from "has offered 4 percent": every figure
 * the question gives must be one the sentence gives ("1,400" and "1400" alike).
 */
function saysAskedFigures(text: string, proposition: Proposition): boolean {
  const said = new Set((unitApart(text).match(DIGIT_FIGURE) ?? []).map(plainFigure));
  return (unitApart(proposition.rest).match(DIGIT_FIGURE) ?? []).every((figure) => said.has(plainFigure(figure)));
}

/** "41C" as "41 C", "4.5bn" as "4.5 bn": a unit written onto its figure leaves the figure a word of its own. */
const unitApart = (text: string): string => text.replace(/(\d)(?=[\p{L}°])/gu, '$1 ');

const plainFigure = (figure: string): string => figure.replace(/,/g, '');

/** "male or female", "by car or by train": a choice between two, at the end of the question. */
const CHOICE_OF_TWO = /\b\p{L}+\s+or\s+(?:\p{L}+\s+){0,2}\p{L}+\s*[?.!]*$/u;

/** Prepositions that set a thing on one side of a mark, each with its opposite. */
const SIDES: Readonly<Record<string, string>> = { under: 'over', over: 'under', below: 'above', above: 'below', before: 'after', after: 'before', inside: 'outside', outside: 'inside' };

/** "Was it under budget?" takes no verdict from "€40 million over budget": the other side of the same mark. */
function oppositeSide(text: string, proposition: Proposition): boolean {
  for (const match of proposition.rest.matchAll(SIDE_OF)) {
    const other = SIDES[match[1]!.toLowerCase()]!;
    const noun = match[2]!;
    if (new RegExp(String.raw`\b${other}\s+(?:the\s+|its\s+|their\s+)?${noun}\b`, 'i').test(text) && !new RegExp(String.raw`\b${match[1]}\s+(?:the\s+|its\s+|their\s+)?${noun}\b`, 'i').test(text)) return true;
  }
  return false;
}

const SIDE_OF = /\b(under|over|below|above|before|after|inside|outside)\s+(?:the\s+|its\s+|their\s+)?(\p{L}+)/giu;

/** "the first", "the only", "the biggest": a rank among all of a kind. */
const THE_RANK = /\bthe\s+(first|only|last|biggest|largest|oldest|newest|smallest|tallest|longest|fastest)\s+(\p{L}+)/iu;

/**
 * "Is it the first folding phone?" takes no verdict from "Acme unveiled its first folding phone":
 * a rank among one owner's things is none among all.
 */
function ownFirstForFirst(text: string, proposition: Proposition): boolean {
  const asked = THE_RANK.exec(proposition.statement);
  if (!asked) return false;
  const owned = new RegExp(String.raw`(?:\b(?:its|their|his|her|our)|['’]s)\s+${asked[1]}\b`, 'iu');
  return owned.test(text) && !new RegExp(String.raw`\bthe\s+${asked[1]}\b`, 'iu').test(text);
}

/** "many", "several", "multiple": a question about more than one. */
const MANY = /\b(?:many|several|multiple|lots\s+of|a\s+lot\s+of|numerous)\s+(\p{L}+)/iu;

/** "Does it nest on many islands?" takes no verdict from "nests only on a single island". */
function onlyOneForMany(text: string, proposition: Proposition): boolean {
  const noun = MANY.exec(proposition.rest)?.[1];
  const term = noun === undefined ? null : termOf(noun.toLowerCase());
  if (term === null) return false;
  return [...text.matchAll(ONE_OF)].some((match) => termOf(match[1]!.toLowerCase()) === term);
}

/** "a single island", "only one island", "just one site". */
const ONE_OF = /\b(?:a\s+single|only\s+one|just\s+one|one\s+single|only\s+a)\s+(?:\p{Ll}+\s+)?(\p{L}+)/giu;

/** "US", "U.S.", "EU": a word in capitals, its dots left out. */
const ACRONYM = /(?<![\p{L}.])(?:\p{Lu}\.){2,}|\b\p{Lu}{2,5}\b/gu;
const undotted = (acronym: string): string => acronym.replace(/\./g, '');

/**
 * "Were they sold in the US?" takes no verdict from "sold in Ruritania and Zorbia": an acronym the
 * question gives must be in the sentence ("US" is also a stop word, which no other check reads).
 */
function saysAskedAcronyms(text: string, proposition: Proposition): boolean {
  const rest = proposition.rest;
  if (rest === rest.toUpperCase()) return true;
  const said = new Set((text.match(ACRONYM) ?? []).map(undotted));
  return (rest.match(ACRONYM) ?? []).every((acronym) => said.has(undotted(acronym)));
}

/** "all", "every", "everyone", "unanimously": a question about the whole of a group ("at all" is no such word). */
const UNIVERSAL = /\b(?:(?<!\bat\s)all|every\w*|unanimous(?:ly)?)\b/i;

/** "Did all directors vote for it?" takes no verdict from "five of the seven directors voted for it": the sentence must say all too. */
function saysAskedAll(text: string, proposition: Proposition): boolean {
  return !UNIVERSAL.test(proposition.statement) || UNIVERSAL.test(text);
}

/**
 * "Did Jane Roe resign?" is not answered by "Jane Roe said she had accepted his resignation": the
 * asked act as a noun belongs to its owner, and "his" is not the "she" the sentence makes the
 * subject, nor "Tom Berg's" anyone the question names.
 */
function ownedByAnother(hit: Found, proposition: Proposition): boolean {
  // A verb never follows a possessive: an owner before the word makes it the act's noun.
  const text = hit.ranked.sentence.text;
  // The owner right before the word, or before one adjective ("his sudden resignation").
  const [last = '', previous = ''] = (text.slice(0, hit.offset).match(/[\p{L}'’-]+/gu) ?? []).slice(-2).reverse();
  const owner = [last, previous].find((word) => POSSESSIVE_OWNER.test(word)) ?? '';
  const lower = owner.toLowerCase();
  if (lower === 'his') return /\b(?:she|her)\b/i.test(text.replace(/\bher\s+\p{Ll}+/giu, ''));
  if (lower === 'her') return /\b(?:he|him|his)\b/i.test(text);
  const named = /^(\p{Lu}[\p{L}-]*)['’]s?$/u.exec(owner)?.[1];
  return named !== undefined && !proposition.subject.toLowerCase().split(/\s+/).includes(named.toLowerCase());
}

/** "his", "her", "Jane Roe's": who a noun after it belongs to ("It's" and the like are no owners). */
const POSSESSIVE_OWNER = /^(?:[Hh]is|[Hh]er|(?!(?:It|That|There|Here|He|She|What|Who|Let)['’]s$)\p{Lu}[\p{L}-]*['’]s?)$/u;

/** "Are they still in hospital?": a question of a state that goes on now. */
const STILL = /\bstill\b/i;
/** A past verb before the hit in its clause: "four children were treated in hospital". */
const PAST_IN_CLAUSE = /\b(?:was|were|had|\p{Ll}+ed)\b[^,;]*$/u;
/** A present or lasting state before the hit: "are still", "remain in". */
const PRESENT_IN_CLAUSE = /\b(?:is|are|remains?|still)\b[^,;]*$/i;

/** Whether a question of a state that goes on ("still") meets a sentence that tells of it in the past only. */
function pastForStill(hit: Found, proposition: Proposition): boolean {
  if (!STILL.test(proposition.rest)) return false;
  const before = hit.ranked.sentence.text.slice(0, hit.offset);
  return PAST_IN_CLAUSE.test(before) && !PRESENT_IN_CLAUSE.test(before);
}

/**
 * "Were the children vaccinated?" is not answered by "children who have not been vaccinated": a
 * denial inside a relative clause picks out some of them, and says nothing of the rest.
 */
function inNegatedRelative(hit: Found): boolean {
  const clause = RELATIVE_BEFORE.exec(hit.ranked.sentence.text.slice(0, hit.offset))?.[0];
  return clause !== undefined && /\b(?:not|never|no)\b|n['’]t\b/i.test(clause);
}

const RELATIVE_BEFORE = /\b(?:who|that|which)\s+(?:[\p{L}'’]+\s+){0,4}$/u;

/** Words by which a yes/no question asks of a time before the story's event ("has she won it before?"). */
const BEFORE_NOW = /\b(?:before|previously|earlier)\s*[?.!]*$/i;

/**
 * "Has Roe won the cup before?" is not answered by the win the story reports: only a sentence set
 * before it ("had won it in 2019", "last won it in 1994") tells of an earlier one.
 */
function nowForBefore(hit: Found, proposition: Proposition): boolean {
  if (!BEFORE_NOW.test(proposition.rest)) return false;
  // "… were married on June 3 in Oslo, where Roe moved in 2019": the earlier time is another clause's.
  const clause = clauseAt(hit.ranked.sentence.text, hit.offset);
  return !EARLIER_TIME.test(clause) && !/\bhad\b/i.test(clause);
}

/** The clause of a sentence around the word at `offset`, between commas, semicolons or a relative pronoun. */
function clauseAt(text: string, offset: number): string {
  const start = Math.max(...[...text.slice(0, offset).matchAll(CLAUSE_EDGE)].map((edge) => edge.index + edge[0].length), 0);
  const end = CLAUSE_EDGE.exec(text.slice(offset).replace(/^\S+/, (word) => ' '.repeat(word.length)));
  return text.slice(start, end ? offset + end.index : text.length);
}

const CLAUSE_EDGE = /[,;:()]|\b(?:who|which)\b/gi;

/** Whether the denied word carries a degree the question does not ask ("serious injuries" for "was anyone hurt?"). */
function deniesOnlyADegree(hit: Found, proposition: Proposition): boolean {
  const before = /(\p{L}+)\s+$/u.exec(hit.ranked.sentence.text.slice(0, hit.offset))?.[1]?.toLowerCase();
  return before !== undefined && DEGREE_WORDS.has(before) && !proposition.rest.toLowerCase().split(/\s+/).includes(before);
}

/** "Was anyone arrested?": someone unnamed, and nothing asked of them but the verb. */
function asksOnlyTheAct(proposition: Proposition): boolean {
  return EXISTENTIAL.test(proposition.subject) && proposition.targets.length <= 1;
}

/** Whether the sentence's way of putting it answers the question's: a fact a fact, a plan a plan. */
function sameFooting(question: Modality, claim: Claim, proposition: Proposition, sentence: string, at: number): boolean {
  if (question === 'asserted') return claim.modality === 'asserted';
  if (question === 'future' || question === 'planned') return claim.modality === 'future' || claim.modality === 'planned';
  // "Could the bridge close?" over "the bridge could close if …": a possibility answers a possibility.
  if (question === 'hypothetical' && POSSIBILITY.test(proposition.aux)) return claim.modality === 'hypothetical' && possibleFor(proposition.subject, sentence.slice(0, at));
  return false;
}

/**
 * The clause before the asked verb says it may happen, of the asked subject: "…, and Acme grows,
 * Zorbia could fall" is Zorbia's possibility, not Acme's (named in another clause).
 */
function possibleFor(subject: string, before: string): boolean {
  const clause = before.slice(before.search(/[^,;:]*$/));
  if (!POSSIBLE_BEFORE.test(clause)) return false;
  if (PRONOUN.test(subject)) return true;
  const words = subject.split(/\s+/).filter((word) => word.length > 1 && !isStopWord(word));
  return words.some((word) => new RegExp(`\\b${literal(word)}\\b`, 'i').test(clause));
}

/** A question of possibility ("could", "might", "may", "can") and the modal that says one just before the asked verb. */
const POSSIBILITY = /^(?:could|might|may|can)$/i;
const POSSIBLE_BEFORE = /\b(?:could|might|may|can)\s+(?:(?:still|also|even|yet|well|soon|not|never)\s+)?$/i;

/**
 * Yes only when a sentence states the proposition on the same footing (a fact for "did", a plan
 * for "will"), in the story's voice or a speaker's; no when it states the opposite (negation,
 * antonym, refusal); otherwise the story doesn't say, and the closest sentence is shown.
 */
export function judgeYesNo(kb: KnowledgeBase, proposition: Proposition, ranked: readonly Ranked[], inStory?: string): Verdict | undefined {
  // "Was anyone arrested?" after a question on one story asks of that story.
  const told = asksOnlyTheAct(proposition) && inStory !== undefined ? ranked.filter((candidate) => kb.corpus.passages[candidate.sentence.passage]?.storyId === inStory) : ranked;
  // That story says nothing of it: it does not say whether, whatever another story says.
  if (told.length === 0 && ranked[0]) return { kind: 'unsaid', closest: ranked[0], weighed: true };
  const candidates = told.slice(0, CANDIDATES);
  // "Can I wash my car?" asks about the asker, whom no story speaks of: "the ban covers washing cars" is no yes.
  if (ASKER.test(proposition.subject) && candidates[0]) return { kind: 'unsaid', closest: candidates[0], weighed: true };
  // "was anything else stolen?" is not answered by the theft itself: only a sentence that speaks of something else ("nothing else was taken").
  // And "was anything stolen?" is not denied by "nothing else was taken", which grants the theft.
  const other = ELSE.test(proposition.statement) ? (hit: Found) => ELSE.test(hit.ranked.sentence.text) : (hit: Found) => !NOTHING_ELSE.test(hit.ranked.sentence.text);
  const found = candidates.map((candidate) => findTarget(candidate, proposition)).filter((hit): hit is Found => hit !== undefined && other(hit));
  const readings = found.map((hit) => ({ hit, ...attributedClaim(kb, hit.ranked.sentence, hit.offset) }));
  // "Has anyone been arrested?" over several stories names nothing that says which: an arrest in
  // one story is no answer about another. Weighed, it is "the story doesn't say".
  if (asksOnlyTheAct(proposition) && kb.corpus.stories.length > 1 && inStory === undefined) {
    const top = candidates[0];
    return top ? { kind: 'unsaid', closest: top, weighed: true, whichStory: true } : undefined;
  }
  const decisive = readings.filter(
    ({ hit, claim }) =>
      (hit.ranked.coverage >= VERDICT_COVERAGE || holdsTheRest(kb, hit.ranked, proposition)) &&
      mentionsSubject(kb, hit.ranked, proposition.subject) &&
      !onlyAsClass(proposition.subject, hit.ranked.sentence.text) &&
      !introducesAnother(kb, hit.ranked.sentence, definiteNoun(proposition.subject)) &&
      // An adjective before its noun ("a free update") says what the thing is, whatever the verb's footing.
      ((subjectIsDoer(kb, hit, proposition) && sameFooting(proposition.modality, claim, proposition, hit.ranked.sentence.text, hit.offset)) || (qualifiesSubject(hit, proposition) && claim.modality !== 'hypothetical')) &&
      saysSameTime(hit.ranked.sentence.text, proposition) &&
      saysAskedFigures(hit.ranked.sentence.text, proposition) &&
      saysAskedAll(hit.ranked.sentence.text, proposition) &&
      !onlyOneForMany(hit.ranked.sentence.text, proposition) &&
      !ownFirstForFirst(hit.ranked.sentence.text, proposition) &&
      !oppositeSide(hit.ranked.sentence.text, proposition) &&
      // "Is it male or female?" asks which, and neither "yes" nor "no" answers it.
      !CHOICE_OF_TWO.test(proposition.rest) &&
      saysAskedAcronyms(hit.ranked.sentence.text, proposition) &&
      !earlierEvent(hit, proposition) &&
      !nowForBefore(hit, proposition) &&
      !pastForStill(hit, proposition) &&
      !inNegatedRelative(hit) &&
      !ownedByAnother(hit, proposition),
  );
  // The story's own voice first; a speaker's claim is reported as theirs. The asked word as a verb
  // before it as a noun ("nurses who are exempt from the strike" says little of their striking).
  const ordered = [...decisive.filter(({ hit }) => !hit.asNoun), ...decisive.filter(({ hit }) => hit.asNoun)];
  const best = ordered.find(({ claim }) => !claim.quoted && !claim.reported) ?? ordered.find(({ speaker }) => speaker !== undefined);
  if (best) {
    const no = best.claim.negated !== best.hit.opposite !== proposition.negated;
    // "was anyone hurt?" over "no deaths or serious injuries": denying the serious ones leaves minor ones open.
    if (no && deniesOnlyADegree(best.hit, proposition)) return { kind: 'unsaid', closest: best.hit.ranked, weighed: true };
    const speaker = best.claim.quoted || best.claim.reported ? best.speaker : undefined;
    return { kind: no ? 'no' : 'yes', ranked: best.hit.ranked, ...(speaker ? { speaker } : {}), ...(no && best.hit.nearly ? { nearly: true as const } : {}) };
  }
  // The closest is the best-ranked sentence: it holds the most of the question, if not the answer.
  const top = candidates[0];
  if (!top) return undefined;
  const speaker = readings.find(({ hit }) => hit.ranked === top)?.speaker;
  return { kind: 'unsaid', closest: top, weighed: found.length > 0, ...(speaker ? { speaker } : {}) };
}
