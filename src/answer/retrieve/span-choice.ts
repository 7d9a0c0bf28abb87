import { sentenceDerived } from '../../corpus/term-cache.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { LIGHT_VERBS, isColourWord, isNoun, isOrganisationNoun, isProportionNoun, isPersonNoun, isPersonOrPeopleName, isPlaceOrPeopleName, isSettlementNoun, literal, namesAnotherKind } from '../../text/lexicon.js';
import { DOTTED_NAME_WORD, isCapitalised } from '../../text/names.js';
import { STOP_WORDS } from '../../text/stopwords.js';
import { NUMBER_WORDS } from '../../text/lemmas.js';
import { isStopWord, termOf, termsOf } from '../../text/terms.js';
import { tokens } from '../../text/tokenize.js';
import { baseForm, isKindOf, properClass, senseClasses } from '../../text/wordnet.js';
import { FIGURE_QUALIFIER, findValues, isShareText, YEAR_SOURCE } from '../../text/values.js';
import { antonymTermsOf } from '../../text/opposites.js';
import { EARLIER_TIME, PAST_PERFECT_BEFORE } from '../../text/tense.js';
import { datesOtherEvent } from './date-rules.js';
import { ATTRIBUTION_VERBS, isPronoun, narratesSpeech, speakerIn } from '../../corpus/claims.js';
import type { Question } from '../understand/question.js';
import { verbOf } from '../understand/question-verb.js';
import { isAgentOfPassive, isDomainOfPost, isNamedPlace, isRoleOfAsked, isSpeakerIn, roleContext } from './roles.js';
import { MADE_HARD_TO, type Span } from './spans.js';
import { asksPatient } from '../read/doer.js';
import { ofAnotherEvent } from '../read/dated-event.js';
import { asksUndergoer, undergoerForms, underwentVerb } from './patient.js';
import { COUNTED_TYPES, isAskedScore, countsAnother, countsOtherKind, countsChildren, countsInOtherClause, countsNothing, countsUnasked, askedSubject, countsOtherTime, datedBeforeNow, doneByAnother, figureOfAnother, figureOfAsked, isBarePartitiveWhole, isCountOfOther, isPartitivePart, isPartitiveWhole, levelNotChange, objectOfOtherVerb, partitiveOwner, partitiveWholeEnd, marginNotAsked, otherThanAskedPart, namesAnotherNumber, otherThanScore, placedInOtherClause, supersededFigure, wordRange, yearOfAnother, type WordAt } from './figures.js';
import { familyOf } from '../understand/answer-types.js';
import { measuredSpan, stayOf } from './measure.js';
import { takesOtherSide } from './sides.js';
import { PIPELINE_OPTIONS } from '../options.js';

/** A number right after a name ("Radio One", "Cup 50"), and a place after "Harbour Arena in". */
const AFTER_NAME = new RegExp(String.raw`${DOTTED_NAME_WORD}\s$`, 'u');
const IN_NAME = new RegExp(String.raw`${DOTTED_NAME_WORD}\s+in\s+$`, 'u');

/** Stop words as index terms: a typo must not be "corrected" into one ("world" → "would"). */
export const STOP_TERMS = new Set([...STOP_WORDS].map((word) => termOf(word)));
export const CURRENCY = /[$£€]|\b(?:dollars?|pounds?|euros?|usd)\b/i;
const SCORE_QUESTION = /\b(?:score|record|margin|result|tally|lead)\b/i;
const TIME_WORD = /^(?:(?:early|late|mid-)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
export const SPAN_WEIGHTS = PIPELINE_OPTIONS.fitted.span;

/** A question term as span choice weighs it: its weight under every spelling that stands for it. */
export interface QueryTerm {
  term: string;
  weight: number;
  own: ReadonlySet<string>;
  /** Words the story may use instead ("wounding" for "injured"): a span beside one sits beside the question's word. */
  alternatives?: ReadonlySet<string>;
}

/** What span choice needs of the question, computed once per question rather than per sentence. */
export interface SpanQuery {
  question: Question;
  questionTerms: Set<string>;
  /** The question's terms and their paraphrases: where the question's words sit in a sentence. */
  anchorTerms: Set<string>;
  headTerms: Set<string>;
  /** Every term of the head phrase: "which Zorbian Cup" is answered by "Zorbian Cup 2010". */
  headPhrase: Set<string>;
  /** Each question term's weight, under every spelling that stands for it. */
  termWeight: Map<string, number>;
  verb: { terms: ReadonlySet<string>; object: boolean } | undefined;
  /** "Who did she give it to?": the preposition the question ends on, whose object the answer is. */
  stranded: RegExp | undefined;
  /** "What were the wars called?": the answer follows the story's own "called", "known as" or "dubbed". */
  named: boolean;
  /** The question's main verb as the story may write it ("hurt": hurt, injure …), when it has one. */
  verbForms: ReadonlySet<string> | undefined;
  /** The asked verb's own forms, without its synonyms: where the sentence has them, they place it. */
  verbOwnForms: ReadonlySet<string> | undefined;
  /** Terms of the asked verb's WordNet opposites ("rise" for "fall"). */
  verbOpposites: ReadonlySet<string> | undefined;
  /** "How much did he steal?": "how much" and a verb of owning or giving, which a sum of money answers. */
  sum: boolean;
  /** "Where is Riverton?": where a name alone is (`asksWhereNameIs`). */
  whereNameIs: boolean;
  /** Whether the question's main verb is one of saying ("who announced …"); undefined without one. */
  speechVerb: boolean | undefined;
  /** "Who was arrested?": a passive question, which asks who underwent the verb. */
  patient: boolean;
  /** "Who was elected?": the "be" right after "who", so only what underwent the verb, in these forms, answers. */
  undergoer: ReadonlySet<string> | undefined;
  /** "who did the study?": a light verb of doing and no content verb. */
  lightDeed: boolean;
  /** "where was it going?": a destination is asked. */
  destination: boolean;
  /** The term of the question's one-word subject of its verb ("union" of "how much did the union offer?"). */
  askedSubject: string | null;
}

/** The chosen span, how well it fits where it sits, and whether it follows "in"/"at"/"on". */
export interface SpanChoice {
  span: Span;
  score: number;
  locative: boolean;
  /** Whether the span is the object of the preposition the question ends on ("died from" an infection, for "… die from?"). */
  stranded: boolean;
  /** How far the span's score is ahead of the next span's in the sentence (Infinity when it is the only one). */
  lead: number;
}


/** A candidate span where it sits: its terms and the words [first, last] it covers in its sentence. */
interface Placed {
  span: Span;
  spanTerms: string[];
  words: readonly WordAt[];
  first: number;
  last: number;
}

/** A question word in the sentence: the word's index and its term. */
interface Anchor {
  at: number;
  term: string;
}

const SPAN_TERMS = new WeakMap<Span, { spanTerms: string[] }>();

function spanTermsOf(span: Span): string[] {
  let terms = SPAN_TERMS.get(span);
  if (!terms) SPAN_TERMS.set(span, (terms = { spanTerms: termsOf(span.text) }));
  return terms.spanTerms;
}

function wordsOf(kb: KnowledgeBase, id: number, sentence: string): WordAt[] {
  return sentenceDerived(kb.corpus, `words:${id}`, () =>
    tokens(sentence).map((token) => ({ term: termOf(token.raw), start: token.start, end: token.start + token.raw.length })),
  );
}


/** Whether a word in [from, to) of the sentence is the term. */
function termBetween(words: readonly WordAt[], from: number, to: number, term: string): boolean {
  return words.slice(Math.max(0, from), Math.max(0, to)).some((word) => word.term === term);
}

/** Whether a word in [from, to) of the sentence is one of the terms. */
function anyTermBetween(words: readonly WordAt[], from: number, to: number, terms: ReadonlySet<string>): boolean {
  return words.slice(Math.max(0, from), Math.max(0, to)).some((word) => word.term !== null && terms.has(word.term));
}

/** A name ending in a common noun ("Harbour Arena", "City Hall") names a thing there, not a settlement. */
function namesVenue(span: Span): boolean {
  const last = span.text.split(/\s+/).at(-1) ?? '';
  return isCapitalised(last) && isNoun(last) && !isSettlementNoun(last);
}

export function spanQuery(question: Question, weighted: readonly QueryTerm[]): SpanQuery {
  // "What position does Roe play?": the roles that stand for an asked person ("the linebacker") are the answer, not the question's words.
  const questionTerms = new Set(question.type === 'role' ? [] : weighted.flatMap(({ own }) => [...own]));
  for (const term of question.terms) questionTerms.add(term);
  const termWeight = new Map<string, number>();
  for (const { own, weight, term } of weighted) for (const t of own) termWeight.set(t, Math.max(weight, termWeight.get(t) ?? 0)), termWeight.set(term, Math.max(weight, termWeight.get(term) ?? 0));
  const anchorTerms = new Set(questionTerms);
  for (const { alternatives, weight } of weighted) {
    for (const t of alternatives ?? []) if (!anchorTerms.has(t)) anchorTerms.add(t), termWeight.set(t, weight);
  }
  const asked = weighted.find(({ term }) => term === question.mainVerb?.term);
  const verbForms = asked ? new Set([...asked.own, ...(asked.alternatives ?? [])]) : undefined;
  const verbOwnForms = asked ? new Set(asked.own) : undefined;
  // Read by the rule for counted answers only: WordNet's antonyms cost a look-up per question.
  const verbOpposites = question.mainVerb && COUNTED_TYPES.has(question.type) ? antonymTermsOf(question.mainVerb.lemma) : undefined;
  const sum = question.type === 'number' && question.mainVerb !== undefined && HOW_MUCH_BARE.test(question.text) && senseClasses(question.mainVerb.lemma, 'verb').slice(0, POSSESSION_SENSES).includes('verb.possession');
  return {
    termWeight, question, questionTerms, anchorTerms, headTerms: new Set(question.headTerms), headPhrase: new Set(question.headPhrase ?? []), verb: verbOf(question), stranded: strandedOf(question), named: NAMING_LAST.test(question.text), verbForms, verbOwnForms, verbOpposites, sum, whereNameIs: asksWhereNameIs(question), speechVerb: speechVerbOf(question),
    lightDeed: !question.mainVerb && LIGHT_DEED.test(question.predicate ?? ''), destination: DESTINATION.test(question.text), askedSubject: verbOwnForms ? askedSubject(question.text, verbOwnForms) : null,
    patient: question.mainVerb !== undefined && asksPatient(question.text, question.mainVerb.word),
    undergoer: question.mainVerb !== undefined && verbOwnForms && asksUndergoer(question.text, question.mainVerb.word) ? undergoerForms(verbOwnForms) : undefined };
}

/** "Who said …", "who called for …", "who estimated …": a verb of saying or thinking, whose doer a speaker is. */
function speechVerbOf(question: Question): boolean | undefined {
  const verb = question.mainVerb;
  // "who did the study?": a light verb other than "be" asks who did something, which no speaker is by saying so.
  if (!verb) return LIGHT_DEED.test(question.predicate ?? '') ? narratesSpeech(question.text) : undefined;
  return narratesSpeech(question.text) || senseClasses(verb.lemma, 'verb').slice(0, SPEECH_SENSES).some((kind) => kind === 'verb.communication' || kind === 'verb.cognition');
}

/** A figure with no noun after it: "injuring 23", "rose to 40." */
function bareFigure(sentence: string, words: readonly WordAt[], span: Span): boolean {
  const [, last] = wordRange(words, span);
  const next = words[last + 1];
  if (next === undefined || next.term === null || next.start > span.end + 1) return true;
  // "three ACL tears": a capitalised word after a figure is the counted thing's own name.
  const word = sentence.slice(next.start, next.end);
  return /^\p{Ll}/u.test(word) && !isNoun(word);
}

/** "where was it going / heading / bound?": a destination. */
const DESTINATION = /\bwhere\b.*\b(?:going|heading|headed|bound|travelling|traveling|destined|sailing|flying|driving)\b/i;

/** Whether a question asks where something was going (read.ts holds a quotation to it too). */
export function asksDestination(question: string): boolean {
  return DESTINATION.test(question);
}
const TO_PLACE = /\b(?:to|towards|toward|for|into)\s+(?:the\s+)?$/i;

const LIGHT_DEED = /^(?:do|does|did|done|make|makes|made|run|runs|ran|carry|carried|lead|led)\b/i;

/** "tripled in two years", "over nine years", "each of the past two years": the stretch in which something happened, no amount of it ("sleep 40 minutes less" is one). */
const STRETCH_BEFORE = new RegExp(String.raw`\b(?:(?:in|over|within|for|after|during)\s+(?:(?:${FIGURE_QUALIFIER}|the\s+(?:past|last|next))\s+)?|the\s+(?:past|last|next|previous|coming)\s+)$`, 'i');

/** How many of a verb's WordNet senses may make it one of saying ("report", "confirm"). */
const SPEECH_SENSES = 1;

const BECAUSE = /^because\b/i;
/** A time clause and its subject: "after a flood began", "when the roof fell". */
const TIME_CLAUSE_SUBJECT = /^(?:after|when|as)\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)??(\p{Ll}+)\s+\p{Ll}+/u;

/** Whether a reason span is a time clause whose subject is a word the question asks about. */
function narratesAsked(span: Span, query: SpanQuery): boolean {
  const subject = TIME_CLAUSE_SUBJECT.exec(span.text)?.[1] ?? NOUN_REASON_HEAD.exec(span.text)?.[1];
  return subject !== undefined && query.questionTerms.has(termOf(subject) ?? '');
}

/** "because of the delay": a prepositional reason's noun, which "what caused the delay?" asks of, not by. */
const NOUN_REASON_HEAD = /^(?:because\s+of|due\s+to|as\s+a\s+result\s+of)\s+(?:the|a|an|this|that|its|their)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/u;

/** Whether a word before the span is one of the asked verb's forms. */
function saysBefore(words: readonly WordAt[], span: Span, forms: ReadonlySet<string>): boolean {
  return words.some((word) => word.end <= span.start && word.term !== null && forms.has(word.term));
}

/** What "made … hard to" brings about: "have made the blaze hard to control" → hard, control. */
const MADE_HARD = new RegExp(String.raw`^\s+(?:(?:have|has|had)\s+)?${MADE_HARD_TO}`, 'u');

/** What a cause brings about: "caused the tower to fall" → fall. */
const CAUSED_EFFECT = /^\s+(?:caused|forced|prompted|led)\s+(?:[\p{L}'’-]+\s+){1,4}?to\s+(\p{Ll}+)/u;

const HOW_MUCH = /^\s*how\s+much\b/i;
/** A span that is a year and nothing else. */
const WHOLE_YEAR = new RegExp(`^${YEAR_SOURCE}$`);

/** Whether the sentence gives the noun a figure for its value: "a turnout of 72 percent", "turnout was 41 percent". */
function valuedByFigure(sentence: string, noun: string): boolean {
  return new RegExp(String.raw`\b${literal(noun)}\s+(?:of|was|is|stood\s+at|reached)\s+(?:about\s+|around\s+|nearly\s+|just\s+)?[$£€]?\d`, 'i').test(sentence);
}

/** How far before a span its preposition may stand ("from the fishing town of "). */
const STRANDED_REACH = 40;
/** Prepositions a question may end on ("… hand it over to?", "… made of?"). */
const STRANDABLE = /\b(to|from|with|for|of|by|about|into|onto|against)\s*[?.!]*\s*$/i;

/** A question ending on "to" ("who did she give it to?"): its answer stands after a "to" or nowhere. */
const STRANDED_TO = /\bto\s*[?.!]*\s*$/i;

/** Verbs of naming a question may end on ("what was it called?"): its answer follows the story's own. */
const NAMING = String.raw`(?:called|named|known\s+as|termed|dubbed|nicknamed)`;
const NAMING_LAST = new RegExp(`\\b${NAMING}\\s*[?.!]*$`, 'i');
const NAMED_BEFORE = new RegExp(`\\b${NAMING}\\s+(?:(?:the|a|an)\\s+)?[“"‘']?$`, 'i');

/** What stands right before the answer when a question ends on a preposition. */
function strandedOf(question: Question): RegExp | undefined {
  const preposition = STRANDABLE.exec(question.text)?.[1]?.toLowerCase();
  // "gave it to the Zorbian Herald", and a name that ends its noun phrase: "from the fishing town of Quillon".
  return preposition ? new RegExp(`\\b${preposition}\\s+(?:(?:the|a|an)\\s+)?(?:\\p{Ll}+\\s+){0,3}?(?:of\\s+)?$`, 'u') : undefined;
}

/** The span of the expected type nearest the question's words, and not just a repeat of them. */
export function bestSpan(kb: KnowledgeBase, id: number, sentence: string, spans: readonly Span[], query: SpanQuery): SpanChoice | undefined {
  if (spans.length === 0) return undefined;
  const words = wordsOf(kb, id, sentence);
  const anchors: Anchor[] = [];
  words.forEach((word, at) => {
    if (word.term !== null && query.anchorTerms.has(word.term) && !STOP_TERMS.has(word.term)) anchors.push({ at, term: word.term });
  });
  let best: Omit<SpanChoice, 'lead'> | undefined;
  let next = -Infinity;
  for (const span of speakersAsked(query, sentence, words, spans)) {
    const chosen = scoreSpan(query, span, sentence, words, anchors);
    if (!chosen) continue;
    if (!best || chosen.score > best.score) {
      if (best && !sameText(best.span, chosen.span)) next = Math.max(next, best.score);
      best = chosen;
    } else if (!sameText(best.span, chosen.span)) next = Math.max(next, chosen.score);
  }
  return best ? { ...best, lead: best.score - next } : undefined;
}

/**
 * "Who said 40 were hurt?" over "… injuring 40, according to the fire service": a verb of saying
 * the sentence does not say itself is its attribution's, so only its speakers answer.
 */
function speakersAsked(query: SpanQuery, sentence: string, words: readonly WordAt[], spans: readonly Span[]): readonly Span[] {
  const { question } = query;
  // "Who did Roe speak to?" asks whom the words were for, not who spoke.
  const asked = question.type === 'person' && query.speechVerb === true ? WHO_AS_SUBJECT.exec(question.text)?.[1] : undefined;
  if (asked === undefined) return spans;
  const term = termOf(asked.toLowerCase());
  // "Who said …?" whatever the main verb; "who counted them?" when counting is the question's verb. A
  // sentence that says the verb itself ("Roe called for …") names its doer as any sentence does.
  if (!narratesSpeech(asked) && term !== question.mainVerb?.term) return spans;
  if (words.some((word) => word.term === term)) return spans;
  // The attribution's whole name ("according to Acme's Fire Service"), where the name spans split it.
  const speaker = speakerIn(sentence);
  const at = speaker === undefined || isPronoun(speaker) ? -1 : sentence.indexOf(speaker);
  if (at >= 0) return [{ text: speaker!, start: at, end: at + speaker!.length }];
  const speakers = spans.filter((span) => isSpeakerIn(sentence, span));
  return speakers.length > 0 ? speakers : spans;
}

/** Whether the span is followed by the asked verb in the active voice ("Police have arrested"), at most an auxiliary between. */
function activeSubject(span: Span, words: readonly WordAt[], forms: ReadonlySet<string>): boolean {
  const [, last] = wordRange(words, span);
  for (let at = last + 1; at <= last + 3 && at < words.length; at++) {
    const term = words[at]!.term;
    if (term !== null && forms.has(term)) return true;
    if (term === null || !ACTIVE_AUXILIARY.has(term)) return false;
  }
  return false;
}

/** Auxiliaries that keep a verb active ("have arrested", "had already arrested"); a form of "be" would make it passive. */
const ACTIVE_AUXILIARY: ReadonlySet<string> = new Set(termsOf('have has had will would also already'));

/** "City Hall has not disputed", "Riverton said": a place name before a finite verb, with no preposition before it, names who acted. */
function actsAsSubject(sentence: string, span: Span): boolean {
  return FINITE_AFTER.test(sentence.slice(span.end)) && !PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, span.start - 12), span.start));
}

const FINITE_AFTER = /^\s+(?:has|have|had|said|says|did|does|will|would|announced|denied|confirmed)\b/i;
const PREPOSITION_BEFORE = /\b(?:in|at|on|from|to|into|near|inside|outside|across|via|through|towards?|of|by)\s+(?:the\s+)?$/i;

/** "a Zorbian paid agent", "the Quillon council", "the Liberal government": a people or place name, or a capitalised adjective, between an article and a lower-case word. */
function describesNoun(sentence: string, span: Span): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(span.end))?.[1];
  return next !== undefined && !STOP_WORDS.has(next) && ARTICLE_BEFORE.test(sentence.slice(Math.max(0, span.start - 5), span.start)) && (isPlaceOrPeopleName(span.text) || isCapitalisedAdjective(span.text));
}

/** "the Conservative government": one capitalised word that WordNet knows as an adjective describes the noun after it. */
function isCapitalisedAdjective(text: string): boolean {
  return !/\s/.test(text) && baseForm(text.toLowerCase(), 'adjective') !== undefined;
}

const ARTICLE_BEFORE = /\b(?:a|an|the)\s+$/i;

/** "Who said …", "who has counted …": "who" is the verb's subject (not "who did Roe call?"); the verb. */
const WHO_AS_SUBJECT = /^\s*who\s+(?:(?:has|have|had)\s+)?(?!(?:did|does|do|is|was|were|are|will|would|can|could|should|might|may)\b)(\p{L}+)/iu;

/** "Quillon" twice in a sentence is one answer, not two rivals. */
function sameText(a: Span, b: Span): boolean {
  return a.text.toLowerCase() === b.text.toLowerCase();
}

/**
 * One span's fit, or undefined when it cannot answer. Each step below adds to the score in turn,
 * in the order the choice has always summed them: reordering the additions could change ties.
 */
function scoreSpan(query: SpanQuery, span: Span, sentence: string, words: readonly WordAt[], anchors: readonly Anchor[]): Omit<SpanChoice, 'lead'> | undefined {
  const { question, questionTerms, headTerms } = query;
  const spanTerms = spanTermsOf(span);
  // A quotation may well repeat the question's words; a name that does is usually the question's own.
  const overlap = spanTerms.length === 0 || question.type === 'quote' ? 0 : spanTerms.filter((term) => questionTerms.has(term) && !headTerms.has(term)).length / spanTerms.length;
  if (overlap === 1) return undefined;
  // "Which court?" is not answered by "Court" of "Court overturns …": the asked noun alone names nothing.
  if (spanTerms.length > 0 && spanTerms.every((term) => headTerms.has(term))) return undefined;
  // "Who is her agent?" is not answered by "“The Glass Harbour”": a name in quotation marks is a title.
  if (question.type === 'person' && QUOTED_BEFORE.test(sentence.slice(Math.max(0, span.start - 6), span.start)) && QUOTED_AFTER.test(sentence.slice(span.end))) return undefined;
  // "What caused the fire?" is not answered by "… landed after engine fire": the asked thing inside the reason is what explains something else.
  if (question.type === 'reason' && anchors.length > 0 && anchors.every(({ at }) => words[at]!.start >= span.start && words[at]!.end <= span.end)) return undefined;
  // "How many joined, according to organisers?" over "Police said 3,000 joined, but organisers put it at 12,000": the organisers' clause.
  if (!claimedByAsked(question.text, sentence, span)) return undefined;
  // "Who scored the winner?" over "Roe scored in the 20th minute, and Berg headed in the winner": the clause with the asked thing.
  if (question.type === 'person' && objectInOtherClause(query, sentence, words, span)) return undefined;
  // "How many voted against?" is not answered by those who "voted for".
  if (query.verbOwnForms && takesOtherSide(question.text, sentence, query.verbOwnForms)) return undefined;
  // "Who does Roe blame?" is not answered by "Jane Roe": a name the question's verb has for its doer is no other person.
  if (question.type === 'person' && question.mainVerb && !CHOICE.test(question.text) && question.names.includes(spanTerms.at(-1) ?? '')) return undefined;
  // "What colour were the shirts?" is not answered by "primary colour": a word-list answer naming the kind asked for is no instance of it.
  if ((question.type === 'colour' || question.type === 'role') && question.headTerm !== undefined && spanTerms.includes(question.headTerm)) return undefined;
  // "Which route was cancelled?" is not "Oslo" of "… towed to a yard in Oslo and that all sailings were cancelled".
  if (question.type === 'place' && query.verbOwnForms && placedInOtherClause(sentence, span, words, query.verbOwnForms)) return undefined;
  // "What street was it on?" asks a name: a plain phrase of place ("on rainy streets") answers only "where".
  if (question.type === 'place' && question.headNoun !== undefined && span.phrase) return undefined;
  // "What position does Roe play?" is the role that introduces Roe, not the other player's beside her.
  if (question.type === 'role' && question.names.length > 0 && !isRoleOfAsked(sentence, span, question.names)) return undefined;
  if (familyOf(question.type) === 'name' && TIME_WORD.test(span.text)) return undefined;
  // "How long will it take?" over "… by five metres, a process expected to take four days": only a figure with the asked measure competes.
  if (question.measure !== undefined && !measuredSpan(sentence, span, question.measure)) return undefined;
  // "How long was he mayor?" is not "sentenced … to six years in prison": a stay somewhere answers only a question that names the place.
  const stay = question.measure === 'long-time' || question.measure === 'long' ? stayOf(sentence, span) : undefined;
  if (stay !== undefined && !questionTerms.has(termOf(stay) ?? stay) && !STAY_WORDS.test(question.text)) return undefined;
  // "How many people had to leave?" is no age, rank or name's number ("Tom Berg, 58,", "his 19th goal", "Internet Explorer 6").
  if (question.type === 'number' && question.measure === undefined && countsNothing(sentence, span)) return undefined;
  // "How many people joined?" is not "a father of two": her children, which only "how many children?" counts.
  if (question.type === 'number' && countsChildren(sentence, span) && !CHILDREN.test(question.headNoun ?? '')) return undefined;
  // "What was the turnout?" over "on a turnout of 72 percent": the asked noun has a figure for its value, no name.
  if (question.type === 'entity' && question.headNoun !== undefined && valuedByFigure(sentence, question.headNoun)) return undefined;
  // "How much did profits fall?" is not answered by a figure that counts another thing ("300 shops").
  if (question.type === 'number' && question.measure === undefined && question.headNoun === undefined && HOW_MUCH.test(question.text) && countsUnasked(sentence, span, questionTerms)) return undefined;
  // "What was the score?" over "beat Quillon 2-1 … in the 88th minute": where the sentence gives a score, only the score answers.
  if (otherThanScore(question.text, sentence, span, question.type === 'number')) return undefined;
  // "How many times has it lost?", "how much did the costs go up?" are not answered by "in five years": a
  // figure before a unit of time counts time, which only "how long" or "how many years" asks.
  if ((question.type === 'number' || question.type === 'money') && question.measure === undefined && countsOtherTime(sentence, span, question.headNoun ?? '') && (question.headNoun !== undefined || STRETCH_BEFORE.test(sentence.slice(Math.max(0, span.start - 12), span.start)))) return undefined;
  // "How many touchdowns …?" over "throwing for 2,249 yards and nine touchdowns": where a figure counts the asked noun, one that counts another does not answer.
  if (question.type === 'number' && question.headNoun !== undefined && !figureOfAsked(sentence, span, question.names) && countsAnother(sentence, words, span, termOf(question.headNoun.toLowerCase()), query.anchorTerms)) return undefined;
  // "Where was Zorbian Cup 50 held?" is not answered by the clause of another one ("… since Zorbian Cup 37 took place in Oslo").
  if (namesAnotherNumber(sentence, span, question.text)) return undefined;
  // "How many flights were delayed?" is not answered by "4,000 travellers stranded".
  const counted = question.headNoun ?? (question.countsPeople ? 'people' : undefined);
  if (question.type === 'number' && question.measure === undefined && counted !== undefined && countsOtherKind(sentence, span, counted)) return undefined;
  // "How many were hurt?" is not answered by "Nobody was injured, but two homes were evacuated": a
  // figure counts what its own clause says, when the sentence says the asked verb in another.
  if (COUNTED_TYPES.has(question.type) && query.verbForms && countsInOtherClause(sentence, span, words, query.verbForms, query.verbOwnForms, question.headNoun === undefined ? null : termOf(question.headNoun.toLowerCase()))) return undefined;
  // "What percent voted against?" is not answered by "Turnout was 41 percent": a noun the question never says, valued by the figure, where the asked verb is nowhere.
  if (COUNTED_TYPES.has(question.type) && query.verbForms && !anyTermBetween(words, 0, words.length, query.verbForms) && valueOfOtherNoun(sentence, span, questionTerms)) return undefined;
  // "How many patients died?" is not answered by "followed 2,400 patients": a figure the object of another verb, where the asked verb is nowhere.
  if (COUNTED_TYPES.has(question.type) && query.verbForms && question.mainVerb && !anyTermBetween(words, 0, words.length, query.verbForms) && objectOfOtherVerb(sentence, span, question.mainVerb.lemma)) return undefined;
  // "How much did profit fall?" is the fall, not the level it fell to.
  if (COUNTED_TYPES.has(question.type) && levelNotChange(question, sentence, span)) return undefined;
  // "What is its share now?" is not answered by the figure the sentence goes on to replace ("… dropped to 56 percent").
  if (COUNTED_TYPES.has(question.type) && supersededFigure(sentence, span, question)) return undefined;
  // "What was the profit in 2024?" is the figure of 2024's clause, not of "last year"; "what is it now?" not of "two years ago".
  if (COUNTED_TYPES.has(question.type) && (yearOfAnother(sentence, span, question.text) || datedBeforeNow(sentence, span, question.text))) return undefined;
  // "How many votes did Roe get?" over "won 18,904 votes to Roe's 18,492": Roe's figure answers.
  if (COUNTED_TYPES.has(question.type) && figureOfAnother(sentence, span, question.names)) return undefined;
  // … nor by the margin she won by ("beating Roe by 412 votes"), which only "by how many?" asks.
  if (COUNTED_TYPES.has(question.type) && marginNotAsked(question.text, sentence, span, question.names)) return undefined;
  // "How many people were on the train?" says no verb: a bare figure ("… injuring 23") counts what its own verb
  // did, and answers only where the sentence names what was counted.
  if (question.type === 'number' && !question.mainVerb && headTerms.size > 0 && !words.some((word) => word.term !== null && headTerms.has(word.term)) && bareFigure(sentence, words, span)) return undefined;
  // "How many carriages overturned?" over "Four of its six carriages overturned": the part, not the whole ("how many did it have?" asks the whole).
  // "How many boats had leaks?" over "found leaks in 6 of the 9 boats": any asked word besides the counted noun says what the part did.
  // "How many lifeboats sank?" over "Three of its 12 lifeboats went under": a verb of what happened asks the part, however the story words it.
  if (question.type === 'number' && (isPartitiveWhole(sentence, span) || isPartitivePart(sentence, span))) {
    const owner = partitiveOwner(sentence, span);
    // The words of a part's whole say nothing of the part: "Four of the injured" for "how many were injured?".
    const wholeEnd = partitiveWholeEnd(sentence, span);
    const saysPart = words.some((word) => word.term !== null && word.term !== owner && !(word.start >= span.end && word.end <= wholeEnd) && (query.verbForms?.has(word.term) || (questionTerms.has(word.term) && !headTerms.has(word.term))));
    if (isPartitiveWhole(sentence, span) && (partHappened(question) || saysPart)) return undefined;
    // "How many lifeboats did the ship have?" is the whole, not the part that went under.
    // … and "how many were injured?" is all of them, not "four of the injured" the sentence singles out.
    if (isPartitivePart(sentence, span) && !saysPart && (asksWhole(question) || partHappened(question))) return undefined;
  }
  // "How many samples had residue?" over "found residue on 9 of 50 samples": a word of the question
  // besides its noun and names says what the part had; "how many were tested?" keeps the whole.
  if (question.type === 'number' && isBarePartitiveWhole(sentence, span) && words.some((word) => word.term !== null && !question.names.includes(word.term) && (query.verbOwnForms?.has(word.term) || (questionTerms.has(word.term) && !headTerms.has(word.term))))) return undefined;
  // "How many were seriously injured?" over "injuring 23 passengers, three of them seriously": the part singled out.
  if (question.type === 'number' && otherThanAskedPart(sentence, span, questionTerms)) return undefined;
  // "How much did the union offer?" over "the company had offered 7 percent, which the union rejected": another's offer.
  if (COUNTED_TYPES.has(question.type) && query.verbOwnForms && doneByAnother(query.askedSubject, sentence, words, query.verbOwnForms, query.anchorTerms)) return undefined;
  // A date of another event than the asked one: an aside's, the saying's, a future one for "when did …?" (date-rules.ts).
  if (question.type === 'date' && datesOtherEvent(question.text, sentence, words, span, { verbForms: query.verbForms, speechVerb: query.speechVerb, questionTerms })) return undefined;
  // "How many users did it have at its peak?" over "3 million users, down from a peak of 41 million":
  // where a word of the question names another figure ("peak of"), this one is not what was asked.
  if (COUNTED_TYPES.has(question.type) && namesAnotherFigure(sentence, span, questionTerms, headTerms, question.headTerm)) return undefined;
  // "How much did he steal?" is not answered by "14 counts of fraud": only a sum of money.
  if (query.sum && !findValues(sentence).some((value) => value.type === 'money' && value.start < span.end && span.start < value.end)) return undefined;
  // "Who scored the third goal?" is not answered by "Jane Roe scored twice, and Tom Berg added a third":
  // the ordinal asked for places the answer in its own clause.
  if (ordinalElsewhere(sentence, words, span, questionTerms)) return undefined;
  // "Who won?" is not answered by "Riverton" of "after beating Riverton": right after the verb is its object.
  if (question.type === 'person' && ASKS_DOER.test(question.text) && query.verbForms && objectOfVerb(sentence, words, span, query.verbForms)) return undefined;
  // "Who won?" is not answered by "Riverton had won the cup in each of the last two seasons": a past
  // perfect with an earlier time tells what happened before the story's event.
  if (question.type !== 'date' && !question.asksEarlier && query.verbForms && !/\bhad\b/i.test(question.text) && narratesEarlier(sentence, words, query.verbForms)) return undefined;
  // "How much is the museum insured for?" is not answered by "a reward … offered by the museum's insurer":
  // the asked verb said only as the noun of its doer ("insurer") is not said.
  if (COUNTED_TYPES.has(question.type) && query.verbOwnForms && onlyAsDoerNoun(sentence, words, query.verbOwnForms)) return undefined;
  // "How much did shares fall?" is not answered by "shares rose 2 percent": the figure measures the opposite.
  if (COUNTED_TYPES.has(question.type) && saysOnlyOpposite(words, query)) return undefined;
  // "How many …?" counts: a sum of money or a share ("£12 more an hour", "14 percent") is no count.
  if (question.type === 'number' && isCountOfOther(question.text, span, sentence)) return undefined;
  // "Where was Roe …?" is not answered by "City Hall has not disputed …": a place that does something is an actor.
  if (question.type === 'place' && actsAsSubject(sentence, span)) return undefined;
  // "Where was the man arrested?" is not answered by "Man arrested after robbery in Riverton": the other event's place.
  if (question.type === 'place' && ofAnotherEvent(sentence, span, (term) => questionTerms.has(term))) return undefined;
  // "Where is Riverton?" is not answered by "near Oslo" of a road elsewhere in the sentence: only a
  // place the sentence puts the name in ("Riverton, Wessex", "Riverton in Wessex", "Wessex's Riverton").
  if (query.whereNameIs && !placesName(sentence, words, span, question.names)) return undefined;
  // "Where was the train going?" asks where to: only a place after "to", "towards" or "bound for" answers, not where it stopped.
  if (question.type === 'place' && query.destination && !TO_PLACE.test(sentence.slice(Math.max(0, span.start - 16), span.start))) return undefined;
  // "Who fired him?" is not answered by "Zorbian" of "a Zorbian paid agent": a people or place before its noun only describes it.
  if (question.type === 'person' && describesNoun(sentence, span)) return undefined;
  // "Who was arrested?" is not answered by "Police" of "Police have arrested a man": the active verb's subject did it.
  if (question.type === 'person' && query.patient && query.verbOwnForms && activeSubject(span, words, query.verbOwnForms)) return undefined;
  // "Who was elected?", "what was stolen?": only what underwent the verb answers, not "Turnout" of "the last election".
  if ((question.type === 'person' || question.type === 'thing') && query.undergoer && !underwentVerb(sentence, span, words, query.undergoer)) return undefined;
  // "Who won?" is not answered by "Riverton" of "elected mayor of Riverton": a post's domain is no person.
  if (question.type === 'person' && isDomainOfPost(sentence, span)) return undefined;
  // "Who won the award?" is not answered by "Quillon" of "a baker from the fishing town of Quillon".
  if (question.type === 'person' && isNamedPlace(sentence, span)) return undefined;
  // "Who will pay for the repairs?" is not answered by who said someone would: the speaker answers a verb of saying only.
  // Unless the sentence says the speaker did it too: "Mayor Jane Roe, who backed the plan, said …".
  if (question.type === 'person' && query.speechVerb === false && isSpeakerIn(sentence, span) && !relativeDoer(sentence, span, query.verbForms)) return undefined;
  // "Who are the thieves?" is not answered by "Berg said the thieves …": whoever tells of them is
  // someone else, unless the asked words are the speaker's own ("said Sergeant Tom Berg").
  if (question.type === 'person' && query.speechVerb === undefined && !query.lightDeed && isSpeakerIn(sentence, span) && !describedAsAsked(sentence, span, questionTerms)) return undefined;
  // "Who did the study?" is not answered by "was funded by Acme": a passive's agent did what its own verb says.
  if (question.type === 'person' && query.lightDeed && isAgentOfPassive(sentence, span)) return undefined;
  // "What kind of plane was it?" is named, never counted ("its five other planes").
  if (question.asksKind && isFigure(span.text)) return undefined;
  // "What's his name?" is no "Police" opening a sentence: a common noun capitalised by its place names no one.
  if (question.asksName && span.start === 0 && !span.text.includes(' ') && isNoun(span.text.toLowerCase()) && properClass(span.text) === undefined) return undefined;
  // "Which newspaper reported it?" is not answered by "transport minister, Tom Berg": a person is no newspaper.
  if (question.headNoun !== undefined && /^\p{Lu}/u.test(span.text) && !isPersonNoun(question.headNoun) && namedAsPerson(sentence, span)) return undefined;
  // "Which hospital was she taken to?" is not answered by "Oslo": WordNet knows it as no hospital.
  if (question.headNoun !== undefined && !span.phrase && /^\p{Lu}/u.test(span.text) && namesAnotherKind(span.text, question.headNoun)) return undefined;
  // "What was the flat for?" asks a purpose: "after a newspaper reported …" or "because …" tells no purpose.
  if (question.asksPurpose && PURPOSELESS.test(span.text)) return undefined;
  // "What caused the flood?" is not answered by "after a flood began" nor "because of the flood": a
  // clause whose subject, or a reason whose noun, is the asked thing tells that it happened, not why.
  if (question.type === 'reason' && narratesAsked(span, query)) return undefined;
  // "A storm caused the tower to fall" is why it fell, not why it was there: the effect must be what was asked.
  const effect = question.type === 'reason' ? CAUSED_EFFECT.exec(sentence.slice(span.end))?.[1] : undefined;
  if (effect !== undefined && !query.anchorTerms.has(termOf(effect) ?? '')) return undefined;
  // "… may reach for their phones because they are awake" is why they reach for them: the clause a
  // "because" explains must say the asked verb ("why did the study prove …?" is not answered by it).
  if (question.type === 'reason' && query.verbForms && BECAUSE.test(span.text) && !saysBefore(words, span, query.verbForms)) return undefined;
  // "Winds made the blaze hard to control" is why it is hard to control, not why the chief was fired.
  const made = question.type === 'reason' ? MADE_HARD.exec(sentence.slice(span.end)) : null;
  if (made && ![made[1]!, made[2]!].some((word) => query.anchorTerms.has(termOf(word) ?? ''))) return undefined;
  // "Who did the passer-by give it to?" is answered by whom it went to, never "Wessex" of "in
  // Riverton, Wessex"; "who did she speak to?" may be answered by whom she told.
  if (question.type === 'person' && query.stranded && query.speechVerb !== true && STRANDED_TO.test(question.text) && !query.stranded.test(sentence.slice(Math.max(0, span.start - STRANDED_REACH), span.start))) return undefined;
  const [first, last] = wordRange(words, span);
  const placed: Placed = { span, spanTerms, words, first, last };
  let score = placementScore(query, placed, overlap, distanceOf(placed, anchors, query.termWeight));
  score = headScore(score, query, placed);
  score = verbScore(score, query, placed);
  score = adverbialScore(score, query, placed, sentence);
  score = figureScore(score, question, span, sentence);
  const before = sentence.slice(Math.max(0, span.start - 12), span.start).toLowerCase();
  // "Which region": "the Brenvar region" is a place by the asked-for noun beside it, as "in Brenvar" is by its preposition.
  const locative = /\b(?:in|at|on|off|aboard|near|inside|outside)\s+(?:the\s+)?$/.test(before) || (question.type === 'place' && besideHead(query, placed));
  // "Who operates the ferry?" is not answered by where it ran aground ("off Quillon").
  if (question.type === 'person' && locative) return undefined;
  // "Which airline?" is not answered by "… new base in Riverton": a name after "in" is where, not which body.
  if (question.headNoun !== undefined && isOrganisationNoun(question.headNoun.toLowerCase()) && locative && !besideHead(query, placed)) return undefined;
  score = personScore(score, question, span, sentence);
  const stranded = query.stranded?.test(sentence.slice(Math.max(0, span.start - STRANDED_REACH), span.start)) ?? false;
  if (stranded) score += SPAN_WEIGHTS.stranded;
  if (query.named && NAMED_BEFORE.test(sentence.slice(Math.max(0, span.start - STRANDED_REACH), span.start))) score += SPAN_WEIGHTS.named;
  score = placeScore(score, question, span, sentence, locative);
  return { span, score, locative, stranded };
}

/**
 * How far the span sits from the question's words, the rarer words counting more: the name
 * beside "2010" answers "the top scorer of the 2010 Zorbian Cup", not the one beside "scorer" alone.
 */
function distanceOf({ first, last }: Placed, anchors: readonly Anchor[], termWeight: ReadonlyMap<string, number>): number {
  const nearest = new Map<string, number>();
  for (const { at, term } of anchors) {
    if (at >= first && at <= last) continue;
    nearest.set(term, Math.min(nearest.get(term) ?? SPAN_WEIGHTS.maxDistance, at < first ? first - at : at - last));
  }
  if (nearest.size === 0) return SPAN_WEIGHTS.maxDistance;
  let total = 0;
  let sum = 0;
  for (const [term, d] of nearest) {
    const weight = termWeight.get(term) ?? 1;
    total += weight;
    sum += weight * d;
  }
  return (sum / total + Math.min(...nearest.values())) / 2;
}

/** The score from where the span sits and what it repeats of the question; a phrase counts less than a name. */
function placementScore({ question, questionTerms }: SpanQuery, { spanTerms, first, last, span }: Placed, overlap: number, distance: number): number {
  // Where a quotation sits says little; how much it says, more.
  let score = question.type === 'quote' ? 0.02 * Math.min(20, last - first + 1) - 0.02 * distance : -SPAN_WEIGHTS.distance * distance - SPAN_WEIGHTS.overlap * overlap;
  // A quotation holding the question's own words is the one asked about.
  if (question.type === 'quote' && spanTerms.length > 0) score += (SPAN_WEIGHTS.overlap / 2) * (spanTerms.filter((term) => questionTerms.has(term)).length / spanTerms.length);
  if (span.phrase) score -= SPAN_WEIGHTS.phrase;
  return score;
}

/** The score plus the head noun's part: the span names the kind asked for, or extends it. */
function headScore(score: number, query: SpanQuery, placed: Placed): number {
  const { questionTerms, headTerms, headPhrase } = query;
  const { span, spanTerms } = placed;
  // "Which stadium": "Harbour Arena", "the arena, Harbour's", "Harbour's Arena".
  if (besideHead(query, placed)) return score + SPAN_WEIGHTS.head;
  // A name that extends the asked-for kind with something new: "Zorbian Cup 2010" for "which Zorbian Cup".
  if (!span.phrase && spanTerms.some((term) => headPhrase.has(term)) && spanTerms.some((term) => !questionTerms.has(term))) {
    return score + (SPAN_WEIGHTS.head + SPAN_WEIGHTS.overlap * (spanTerms.filter((term) => headPhrase.has(term) && !headTerms.has(term)).length / spanTerms.length));
  }
  return score;
}

/** Whether the span ends with the question's head noun or stands right beside it. */
function besideHead({ question }: SpanQuery, { span, spanTerms, words, first, last }: Placed): boolean {
  const { headTerm } = question;
  if (headTerm === undefined) return false;
  return spanTerms.at(-1) === headTerm || termBetween(words, last + 1, last + 3, headTerm) || termBetween(words, first - 1, first, headTerm) || impliesHead(question, span);
}

/**
 * Whether a name says the kind the question asks for though no word of it is the head noun:
 * "Riverton Road" for "what street" (its last word), "Oslo" for "which city" (WordNet
 * knows the name as one).
 */
export function impliesHead(question: Question, span: Span): boolean {
  // "What colour is it?" over "is pale green": a colour word is a colour, though the story never says "colour".
  return endsWithKindOfHead(question, span) || isInstanceOfHead(question, span) || isAskedScore(question.text, span) || (question.type === 'colour' && isColourWord(span.text)) || isAskedShare(question, span);
}

/** A figure: "178", "$5", "five". */
function isFigure(text: string): boolean {
  return /^[$£€]?\d/.test(text) || NUMBER_WORDS.has(text.split(/\s+/)[0]!.toLowerCase());
}

/** "What share did Quillon have?" over "used for 38 percent of visits": a percentage is a share, though the story never says "share". */
function isAskedShare({ type, headNoun }: Question, span: Span): boolean {
  return type === 'percent' && headNoun !== undefined && isProportionNoun(headNoun) && isShareText(span.text);
}

/** "Oslo" for "in what city": a name WordNet lists among the head noun's instances. */
function isInstanceOfHead({ headNoun }: Question, span: Span): boolean {
  return headNoun !== undefined && !span.phrase && /^\p{Lu}/u.test(span.text) && isKindOf(span.text, headNoun, 'noun', NAME_SENSES);
}

/** How many of a name's WordNet senses may make it an instance of the asked noun ("Lincoln": the president, then the city). */
const NAME_SENSES = 2;

/** Whether a who-clause right after the span says the asked verb: "Jane Roe, who backed the plan, …". */
function relativeDoer(sentence: string, span: Span, verbForms: ReadonlySet<string> | undefined): boolean {
  const clause = RELATIVE_AFTER.exec(sentence.slice(span.end))?.[1];
  return verbForms !== undefined && clause !== undefined && termsOf(clause).some((term) => verbForms.has(term));
}

const RELATIVE_AFTER = /^,\s*who\s+([^,;:]{1,60})/u;

/** Verbs that ask how many a whole holds ("how many lifeboats did it have / carry / include?"), not what befell a part. */
const HOLDING_VERBS = new Set(['carry', 'include', 'contain', 'hold', 'number', 'total', 'comprise', 'own']);

/** Whether the question's verb tells what happened to some ("sank", "were hurt"), not what a whole holds. */
function partHappened(question: Question): boolean {
  const lemma = question.mainVerb?.lemma;
  return lemma !== undefined && !LIGHT_VERBS.has(lemma) && !HOLDING_VERBS.has(lemma);
}

/** "How many lifeboats did it have?", "how many lifeboats were there?": how many a whole holds. */
function asksWhole(question: Question): boolean {
  const lemma = question.mainVerb?.lemma;
  return lemma === undefined ? /\bthere\b/i.test(question.text) : lemma === 'have' || HOLDING_VERBS.has(lemma);
}

/** A title's opening quotation mark, and its article: "“The Glass Harbour”". */
const QUOTED_BEFORE = /[“"‘']\s*(?:(?:The|A|An)\s+)?$/u;
const QUOTED_AFTER = /^[,.!?]?[”"’']/u;

/** Where a sentence joins two clauses with subjects of their own: ", and", "; ", ", while", ", but". */
const JOINED_CLAUSES = /,\s+(?:and|while|but|whereas)\s|;\s/g;

/**
 * Whether the question's words besides its names and verb (its object: "the winner") stand
 * only in another clause of the sentence than the span, a clause that names someone else.
 */
function objectInOtherClause(query: SpanQuery, sentence: string, words: readonly WordAt[], span: Span): boolean {
  const { question } = query;
  const content = words.filter((word) => word.term !== null && query.questionTerms.has(word.term) && !question.names.includes(word.term) && !query.verbForms?.has(word.term) && !STOP_TERMS.has(word.term));
  if (content.length === 0) return false;
  const breaks = [0, ...[...sentence.matchAll(JOINED_CLAUSES)].map((match) => match.index + match[0].length), sentence.length];
  const clauseAt = (at: number): number => breaks.findIndex((end, i) => i > 0 && at < end) - 1;
  const own = clauseAt(span.start);
  if (content.some((word) => clauseAt(word.start) === own)) return false;
  const other = clauseAt(content[0]!.start);
  const otherText = sentence.slice(breaks[other]!, breaks[other + 1]!);
  return content.every((word) => clauseAt(word.start) === other) && /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(otherText);
}

/** "according to the organisers": whose claim the question asks for. */
const ACCORDING_ASKED = /\baccording\s+to\s+(?:the\s+)?([\p{L}-]+)/iu;
/** Where one claim gives way to another's: "…, but organisers put the number at 12,000". */
const CLAIM_SPLIT = /,\s*(?:but|while|whereas)\s|;|\s(?:but|whereas)\s/i;

/** Whether the span stands in the clause of the source the question names ("according to …"), when it names one. */
function claimedByAsked(question: string, sentence: string, span: Span): boolean {
  const asked = ACCORDING_ASKED.exec(question)?.[1];
  const term = asked === undefined ? null : termOf(asked.toLowerCase());
  if (term === null) return true;
  let from = 0;
  for (const part of sentence.split(CLAIM_SPLIT)) {
    const at = sentence.indexOf(part, from);
    if (span.start >= at && span.end <= at + part.length) return termsOf(part).includes(term) || !termsOf(sentence).includes(term);
    from = at + part.length;
  }
  return true;
}

/** "Turnout was 41 percent": the noun a copula gives the figure as its value. */
const VALUE_OF = /\b(\p{L}+)\s+(?:was|is|were|are|stood\s+at|reached)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?$/iu;

function valueOfOtherNoun(sentence: string, span: Span, questionTerms: ReadonlySet<string>): boolean {
  const noun = VALUE_OF.exec(sentence.slice(0, span.start))?.[1];
  const term = noun === undefined ? null : termOf(noun.toLowerCase());
  return term !== null && !STOP_TERMS.has(term) && isNoun(noun!.toLowerCase()) && !questionTerms.has(term);
}

/** Nouns for someone's children: what "a father of two" counts. */
const CHILDREN = /^(?:children|kids|sons|daughters|grandchildren)$/i;

/** "Roe or Berg?": a choice between names the question gives, one of which answers. */
const CHOICE = /\bor\b/i;

/** "how much did …", "how much has …": "how much" with no noun of its own. */
const HOW_MUCH_BARE = /^how\s+much\s+(?:did|does|do|has|have|had|is|was|were|will|would|could|can)\b/i;
/** How many of the asked verb's WordNet senses may make it one of owning or giving ("steal", "pay", "spend"). */
const POSSESSION_SENSES = 2;

/** "Where is Riverton?", "where was Tom Berg?": where a named thing is, with no verb of its own. */
export function asksWhereNameIs(question: Question): boolean {
  const asked = WHERE_IS.exec(question.text)?.[1];
  if (question.type !== 'place' || question.mainVerb || asked === undefined) return false;
  // Only a name follows: "where was Tom Berg originally from?" or "where was the engine shown?" ask more.
  const terms = termsOf(asked.replace(/^the\s+/i, ''));
  return terms.length > 0 && terms.every((term) => question.names.includes(term));
}

const WHERE_IS = /^(?:where\s+(?:is|was|are|were)|where['’]?s)\s+(.+?)\s*[?.!]*$/i;

/** What may stand between a name and the place it is in: ", ", " in the north of ", " near ". */
const PLACE_LINK = /^(?:,\s*(?:(?:in|near|outside)\s+)?|\s+(?:in|near|outside|at|on|of)\s+)(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+(?:of\s+)?){0,3}$/u;

/** Whether the sentence puts one of the asked names in the span's place, right after it or before it as its owner. */
function placesName(sentence: string, words: readonly WordAt[], span: Span, names: readonly string[]): boolean {
  return words.some((word) => {
    if (word.term === null || !names.includes(word.term) || (word.start >= span.start && word.end <= span.end)) return false;
    if (word.end <= span.start) return PLACE_LINK.test(sentence.slice(word.end, span.start));
    return /^['’]s\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u.test(sentence.slice(span.end, word.start));
  });
}

/** A role noun right before the name, with or without a comma: "Mayor Jane Roe", "the minister, Jane Roe". */
const ROLE_COMMA_BEFORE = /(\p{Ll}+),\s+$/u;

/** Whether the sentence calls the span a person by the role it puts before it. */
function namedAsPerson(sentence: string, span: Span): boolean {
  if (roleContext(sentence, span) === 1) return true;
  const role = ROLE_COMMA_BEFORE.exec(sentence.slice(Math.max(0, span.start - 32), span.start))?.[1];
  return role !== undefined && isPersonNoun(role);
}

/** Reason clauses that tell a cause or a time, never a purpose. */
const PURPOSELESS = /^(?:after|since|because|due to|as a result of|amid|over|caused|triggered|prompted|blamed)\b/i;

/** "insurer", "buyers", "organiser": a noun for whoever does the verb. */
const DOER_NOUN = /(?:er|or|ers|ors)$/i;

/** Whether every word of the sentence with the asked verb's term is a noun for its doer, not the verb. */
function onlyAsDoerNoun(sentence: string, words: readonly WordAt[], verbOwnForms: ReadonlySet<string>): boolean {
  const uses = words.filter((word) => word.term !== null && verbOwnForms.has(word.term)).map((word) => sentence.slice(word.start, word.end));
  // "offer", "order" end alike but are the verb's own forms: only a word WordNet has as no verb counts.
  return uses.length > 0 && uses.every((word) => DOER_NOUN.test(word) && isNoun(word.toLowerCase()) && baseForm(word.toLowerCase(), 'verb') === undefined);
}

/** Where a sentence's coordinated clauses part: ", and", ", but", ";". */
const COORDINATION = /,\s+(?:and|but|while|whereas)\s+|;\s+/g;

/** Whether an ordinal the question asks ("third") stands in one clause of the sentence and the span in another. */
function ordinalElsewhere(sentence: string, words: readonly WordAt[], span: Span, questionTerms: ReadonlySet<string>): boolean {
  const ordinals = words.filter((word) => word.term !== null && /^\d+(?:st|nd|rd|th)$/.test(word.term) && questionTerms.has(word.term));
  if (ordinals.length === 0) return false;
  const breaks = [...sentence.matchAll(COORDINATION)].map((match) => match.index);
  if (breaks.length === 0) return false;
  const clauseOf = (at: number): number => breaks.filter((index) => index < at).length;
  return ordinals.every((word) => clauseOf(word.start) !== clauseOf(span.start));
}

/** "Who won?", "who has scored?": "who" then the verb, asking its doer (not "who did Roe beat?"). */
const ASKS_DOER = /^who\s+(?:(?:has|have|had|will)\s+)?(?!(?:did|does|do|is|was|were|are|'s|’s)\b)\p{L}+/iu;

/** Words of a question that ask the length of a stay in prison ("how long will he serve?", "how long is the sentence?"). */
const STAY_WORDS = /\b(?:prison|jail|jailed|sentence[ds]?|serve|serving|custody|behind bars|locked up)\b/i;

/** Whether the span follows a form of the asked verb directly ("beating Riverton"): the verb's object. */
function objectOfVerb(sentence: string, words: readonly WordAt[], span: Span, verbForms: ReadonlySet<string>): boolean {
  const before = words.filter((word) => word.end <= span.start).at(-1);
  return before !== undefined && before.term !== null && verbForms.has(before.term) && /^\s+(?:the\s+)?$/i.test(sentence.slice(before.end, span.start));
}

/** Whether the story narrates the asked verb in the past perfect, set at an earlier time, in its own words. */
function narratesEarlier(sentence: string, words: readonly WordAt[], verbForms: ReadonlySet<string>): boolean {
  if (!EARLIER_TIME.test(sentence) || /[“”"]/.test(sentence) || speakerIn(sentence) !== undefined) return false;
  return words.some((word) => word.term !== null && verbForms.has(word.term) && PAST_PERFECT_BEFORE.test(sentence.slice(Math.max(0, word.start - 24), word.start)));
}

/** "a peak of 41 million", "a total of about 300": a noun naming the figure after it. */
const NOUN_OF_FIGURE = /\b(\p{L}+)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?=[$£€]?\d)/giu;

/** A figure that is a share: "34%", "30 percent". */
const SHARE = /^[^\s]*\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)/i;

/** Whether a question word other than the counted noun, said once, names a figure of the sentence other than the span. */
function namesAnotherFigure(sentence: string, span: Span, questionTerms: ReadonlySet<string>, headTerms: ReadonlySet<string>, headTerm: string | undefined): boolean {
  for (const match of sentence.matchAll(NOUN_OF_FIGURE)) {
    const term = termOf(match[1]!);
    const figureAt = match.index + match[0].length;
    // "what was the profit in 2024?": the asked noun ("a profit of €5 million") is the counted thing, no other figure's name.
    if (term === null || !questionTerms.has(term) || headTerms.has(term) || term === headTerm || isStopWord(match[1]!) || (figureAt >= span.start && figureAt < span.end)) continue;
    // "set a new record, surpassing the old record of 45 yards": a word said twice names both.
    // "a population of 638,000" names a count, which no share ("34%") competes with.
    if (termsOf(sentence).filter((other) => other === term).length === 1 && SHARE.test(sentence.slice(figureAt, figureAt + 24)) === SHARE.test(sentence.slice(span.start, span.end + 12))) return true;
  }
  return false;
}

/** Whether the sentence says an opposite of the asked verb and none of the verb's own forms or synonyms. */
function saysOnlyOpposite(words: readonly WordAt[], { verbForms, verbOpposites }: SpanQuery): boolean {
  if (!verbForms || !verbOpposites || verbOpposites.size === 0) return false;
  const terms = words.map((word) => word.term);
  return terms.some((term) => term !== null && verbOpposites.has(term)) && !terms.some((term) => term !== null && verbForms.has(term));
}

/** The words just before a name and its apposition or relative clause after it: where a sentence says who the person is. */
const DESCRIBED_BEFORE = new RegExp(`(?:^|[,;:.!?"“”]|\\b(?:${ATTRIBUTION_VERBS}|according\\s+to)\\b)([^,;:.!?"“”]*?)(?:,\\s*)?$`, 'iu');
const DESCRIBED_AFTER = /^,\s*([^,;:]{1,60})/u;

/** Whether the sentence says the speaker is what the question asks about ("Sergeant Tom Berg", "Jane Roe, the head of events,"). */
function describedAsAsked(sentence: string, span: Span, questionTerms: ReadonlySet<string>): boolean {
  const before = DESCRIBED_BEFORE.exec(sentence.slice(Math.max(0, span.start - 48), span.start))?.[1] ?? '';
  const after = DESCRIBED_AFTER.exec(sentence.slice(span.end))?.[1] ?? '';
  return termsOf(`${before} ${after}`).some((term) => questionTerms.has(term));
}

/** "What street was it on?": "Riverton Road" ends on a noun the asked one is a kind of (a street is a road). */
function endsWithKindOfHead({ headNoun }: Question, span: Span): boolean {
  const last = span.phrase ? undefined : /\s(\p{Lu}\p{Ll}+)$/u.exec(span.text)?.[1]?.toLowerCase();
  return headNoun !== undefined && last !== undefined && last !== headNoun && isKindOf(headNoun, last, 'noun', HEAD_KIND_SENSES);
}

/** How many of the asked noun's WordNet senses may make it a kind of a name's last word. */
const HEAD_KIND_SENSES = 2;

/** The score plus the verb's part: the subject just before the question's verb, or the object just after it. */
function verbScore(score: number, { question, verb }: SpanQuery, { words, first, last }: Placed): number {
  if (!verb || !(question.type === 'person' || question.type === 'entity' || (question.type === 'thing' && verb.object))) return score;
  return (verb.object ? anyTermBetween(words, first - 5, first, verb.terms) : anyTermBetween(words, last + 1, last + 5, verb.terms)) ? score + SPAN_WEIGHTS.verb : score;
}

/** Answer types whose span follows the question's verb in its clause. */
const AFTER_VERB_TYPES: ReadonlySet<Question['type']> = new Set(['date', 'place', 'number', 'money', 'percent']);

/**
 * The score plus the verb's part for "when", "where" and "how many": the date, place or figure that
 * follows the question's verb in its clause ("was released by the agency on Tuesday", "killing 23
 * and injuring more than 400" for "how many were injured?"), not one that dates a noun elsewhere
 * ("the call from October") or counts what another verb did.
 */
function adverbialScore(score: number, { question }: SpanQuery, { words, first }: Placed, sentence: string): number {
  const verb = question.mainVerb?.term;
  if (!verb || !AFTER_VERB_TYPES.has(question.type)) return score;
  const from = Math.max(0, first - ADVERBIAL_REACH);
  const at = words.slice(from, first).findLastIndex((word) => word.term === verb);
  if (at < 0) return score;
  const between = sentence.slice(words[from + at]!.end, words[first]!.start);
  return /[,;:—–()]/.test(between) ? score : score + SPAN_WEIGHTS.verb;
}

/** How many words after the verb a date or place of its clause may stand ("released by the agency on Tuesday"). */
const ADVERBIAL_REACH = 6;

/** The score with the adjustments for numbers, sums of money and dates. */
function figureScore(score: number, question: Question, span: Span, sentence: string): number {
  if (question.type === 'number' && WHOLE_YEAR.test(span.text)) score -= SPAN_WEIGHTS.year;
  // "How much did it cost": a sum of money, not any figure.
  if (question.type === 'money' && !CURRENCY.test(span.text)) score -= SPAN_WEIGHTS.weakNumber;
  if (question.type === 'number' || question.type === 'money') {
    // "one of his best", "Radio One", "Cup 50": a pronoun or part of a name, rarely the count asked for.
    if (/^one$/i.test(span.text) || AFTER_NAME.test(sentence.slice(Math.max(0, span.start - 20), span.start))) score -= SPAN_WEIGHTS.weakNumber;
    // "24–10" is a score or a record, not a count of yards.
    if (/\d\s?[–-]\s?\d/.test(span.text) && !SCORE_QUESTION.test(question.text)) score -= SPAN_WEIGHTS.weakNumber;
  }
  // "14 October" says more than "October".
  if (question.type === 'date' && /\d/.test(span.text)) score += SPAN_WEIGHTS.dated;
  return score;
}

/** The score with the adjustments for people: the agent of a passive, a name beside a role. */
function personScore(score: number, question: Question, span: Span, sentence: string): number {
  if (question.type === 'person' && isAgentOfPassive(sentence, span)) score += SPAN_WEIGHTS.agent;
  if (question.type === 'person' && !span.phrase) score += SPAN_WEIGHTS.role * roleContext(sentence, span);
  // "Who explored the region?" is not answered by "Peru" or "Icelandic" when a person is named too.
  if (question.type === 'person' && isPlaceOrPeopleName(span.text)) score -= SPAN_WEIGHTS.wrongKind;
  return score;
}

/** The score with the adjustments for places: after "in"/"at"/"on", and a settlement rather than a venue. */
function placeScore(score: number, question: Question, span: Span, sentence: string, locative: boolean): number {
  if (question.type === 'place' && locative) score += SPAN_WEIGHTS.place;
  // "Where did the line end?" is not answered by the engineer who built it, nor by "Peruvian".
  if (question.type === 'place' && isPersonOrPeopleName(span.text)) score -= SPAN_WEIGHTS.wrongKind;
  // "What city": "Riverton" in "Harbour Arena in Riverton" or "Riverton, Wessex"; not the venue.
  if (question.type === 'place' && question.headNoun && isSettlementNoun(question.headNoun)) {
    if (namesVenue(span)) score -= SPAN_WEIGHTS.place;
    else if (IN_NAME.test(sentence.slice(Math.max(0, span.start - 30), span.start)) || /^,\s*\p{Lu}/u.test(sentence.slice(span.end, span.end + 3))) score += SPAN_WEIGHTS.place;
  }
  return score;
}
