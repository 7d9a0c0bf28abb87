import type { SearchResult } from 'minisearch';
import { passageSentences, type Sentence } from '../corpus/corpus.js';
import { contextTermsOf, sentenceDerived, sentenceTermPositions, sentenceTerms } from '../corpus/term-cache.js';
import { editDistance } from '../text/distance.js';
import { STOP_WORDS } from '../text/stopwords.js';
import { termOf, termsOf } from '../text/terms.js';
import { tokens } from '../text/tokenize.js';
import { synonymsOf } from '../text/synonyms.js';
import { DO_FORMS, isAuxiliary, isNoun, isSettlementNoun } from '../text/lexicon.js';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import type { Question } from './question.js';
import { isAgentOfPassive, roleContext } from './roles.js';
import { spansOfType, type Span } from './spans.js';

/** A sentence that may answer the question, with the evidence for it. */
export interface Ranked {
  sentence: Sentence;
  score: number;
  /** IDF-weighted share of the question's terms found in the sentence. */
  coverage: number;
  /** The same share over the sentence's passage and the one before it (who "he" is, what "it" was). */
  contextCoverage: number;
  /** Whether the rarest question term occurs in that context. */
  rareTermFound: boolean;
  /** Best answer of the expected type, when the type has spans and the sentence holds one. */
  span?: Span;
  /** The sentence's own search score over the best one's (0 for a neighbour added as context). */
  searchShare?: number;
  /** IDF-weighted share of the question's word pairs that sit close together in the sentence. */
  proximity?: number;
  /** How well the span fits where it sits (nearness to the question's words, head noun, verb). */
  spanScore?: number;
}

const SEARCH_LIMIT = 40;
const SHORT_QUESTION_TERMS = 2;
/** A fact asked about is better taken from the narration than from someone's words. */
const SPEECH_FACTOR = 0.95;
const SPOKEN = /^[“"]|^[^“"]*”/;
/** Stop words as index terms: a typo must not be "corrected" into one ("world" → "would"). */
const STOP_TERMS = new Set([...STOP_WORDS].map((word) => termOf(word)));
const NEIGHBOURS_OF_TOP = 6;
const TITLE_TERM_WEIGHT = 0.3;
const TYPED = new Set(['person', 'entity', 'date', 'place', 'number', 'money', 'percent', 'quote', 'colour', 'role']);

const NAME_TYPES = new Set(['person', 'entity', 'place']);
const TIME_WORD = /^(?:(?:early|late|mid-)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** How the evidence mixes into a score; exported so the calibration script can vary it. */
export const WEIGHTS = { coverage: 0.42, context: 0.18, search: 0.15, passage: 0.05, type: 0.2, proximity: 0.05, untyped: 1, agent: 0.1, unplaced: 0.25, vagueDate: 0.5 };
/** "What did X say?" is answered by X's words: a sentence quoting nobody cannot lead. */
const UNQUOTED_FACTOR = 0.6;
/** Two question words this close in a sentence read as the question's phrase ("final score", "Zorbian Cup II"). */
const PAIR_WINDOW = 3;
const CAPTION_FACTOR = 0.85;
const CONTEXT_CREDIT = 0.8;

function idf(kb: KnowledgeBase, term: string): number {
  const count = kb.index.documentFrequency.get(term) ?? 0;
  return Math.log(1 + kb.corpus.sentences.length / (count + 1));
}

/** Index terms a misspelt question term matched through fuzzy search ("relesed" → "releas"). */
function fuzzyVariants(kb: KnowledgeBase, terms: string[], results: SearchResult[]): Map<string, Set<string>> {
  const variants = new Map<string, Set<string>>();
  for (const term of terms) {
    if (kb.index.documentFrequency.has(term)) continue;
    const found = new Set<string>();
    for (const result of results.slice(0, 10)) {
      for (const matched of result.terms) {
        if (!terms.includes(matched) && !STOP_TERMS.has(matched) && editDistance(term, matched, 2) <= 2) found.add(matched);
      }
    }
    variants.set(term, found);
  }
  return variants;
}

export interface Weighted {
  term: string;
  weight: number;
  alternatives: Set<string>;
  /** The term, its spelling variants and roles: what a sentence must say to repeat the question. */
  own: Set<string>;
}

function weightedTerms(kb: KnowledgeBase, question: Question, results: SearchResult[], titleTerms: Set<string>): Weighted[] {
  const variants = fuzzyVariants(kb, question.terms, results);
  return question.terms.map((term) => {
    // A name also matches the roles the story gives it: "his envoy" can be the envoy asked about.
    const roles = kb.entities.byKey.get(term)?.roles ?? [];
    // An acronym also matches its spelled-out form, by that form's most telling word.
    const expansion = kb.entities.acronyms?.get(term)?.expansion;
    const spelled = expansion ? termsOf(expansion).reduce<string | undefined>((best, t) => (!best || idf(kb, t) > idf(kb, best) ? t : best), undefined) : undefined;
    const own = new Set([term, ...(variants.get(term) ?? []), ...roles, ...(spelled ? [spelled] : [])]);
    const best = Math.max(...[...own].map((alternative) => idf(kb, alternative)));
    // Synonyms may stand in for the word ("speak" / "told") but do not make it weigh more.
    const alternatives = new Set([...own, ...synonymsOf(term)]);
    return { term, alternatives, own, weight: best * (titleTerms.has(term) ? TITLE_TERM_WEIGHT : 1) };
  });
}

function share(terms: Weighted[], present: ReadonlySet<string>): number {
  let total = 0;
  let found = 0;
  for (const { weight, alternatives } of terms) {
    total += weight;
    if ([...alternatives].some((term) => present.has(term))) found += weight;
  }
  return total === 0 ? 0 : found / total;
}

/**
 * IDF-weighted share of the question's neighbouring word pairs that also sit close together in the
 * sentence: coverage alone cannot tell "the final score" from "final" and "score" far apart.
 */
function proximity(terms: Weighted[], positions: ReadonlyMap<string, readonly number[]>): number {
  if (terms.length < 2) return 0;
  const at = (word: Weighted): number[] => [...word.alternatives].flatMap((term) => positions.get(term) ?? []);
  let total = 0;
  let found = 0;
  for (let i = 1; i < terms.length; i++) {
    const a = terms[i - 1]!;
    const b = terms[i]!;
    const weight = Math.min(a.weight, b.weight);
    total += weight;
    const left = at(a);
    const right = at(b);
    if (left.some((x) => right.some((y) => Math.abs(x - y) <= PAIR_WINDOW))) found += weight;
  }
  return total === 0 ? 0 : found / total;
}

const SPAN_TERMS = new WeakMap<Span, { spanTerms: string[] }>();

function spanTermsOf(span: Span): string[] {
  let terms = SPAN_TERMS.get(span);
  if (!terms) SPAN_TERMS.set(span, (terms = { spanTerms: termsOf(span.text) }));
  return terms.spanTerms;
}

/** A sentence's words with their terms and offsets, memoised per sentence like its spans. */
interface WordAt {
  term: string | null;
  start: number;
  end: number;
}

function wordsOf(kb: KnowledgeBase, id: number, sentence: string): WordAt[] {
  return sentenceDerived(kb.corpus, `words:${id}`, () =>
    tokens(sentence).map((token) => ({ term: termOf(token.raw), start: token.start, end: token.start + token.raw.length })),
  );
}

/** Word indices a span covers: [first, last]. */
function wordRange(words: readonly WordAt[], span: Span): [number, number] {
  let first = words.findIndex((word) => word.end > span.start);
  if (first < 0) first = words.length;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < span.end) last++;
  return [first, last];
}

const PREPOSITIONS = /^(?:to|with|for|about|from|at|on|in|by|of|up|out|off|during|after|before|into|over)$/i;

/** The question's main verb and whether the answer is its subject ("who beat X") or object ("who did X beat"). */
export function verbOf(question: Question): { terms: ReadonlySet<string>; object: boolean } | undefined {
  const found = mainVerb(question);
  return found ? { terms: new Set(found.terms.flatMap((term) => [term, ...synonymsOf(term)])), object: found.object } : undefined;
}

function mainVerb(question: Question): { terms: string[]; object: boolean } | undefined {
  const parts = question.predicate?.split(/\s+/) ?? [];
  const first = parts[0];
  if (!first) return undefined;
  const second = parts[1] ?? '';
  // "who will hold talks", "who was named", "who has won": the answer is the subject; but in
  // "who did he call", "who will the secretary meet" a subject follows, so the answer is the object.
  const subjectFollows = /^(?:the|a|an|he|she|they|it|we|you|i|his|her|their|its|this|that|these|those)$/i.test(second) || /^\p{Lu}/u.test(second);
  if (isAuxiliary(first) && (subjectFollows || DO_FORMS.includes(first.toLowerCase()))) {
    // "who did Roe speak to on Monday" → speak; without a tagger, every lower-case content word
    // between the subject and the first preposition may be the verb ("the army secretary meet").
    const rest = parts.slice(1);
    const end = rest.findIndex((word, at) => at > 0 && PREPOSITIONS.test(word));
    const terms = (end > 0 ? rest.slice(0, end) : rest)
      .filter((word) => /^\p{Ll}/u.test(word) && !STOP_WORDS.has(word.toLowerCase()))
      .map((word) => termOf(word))
      .filter((term): term is string => term !== null);
    return terms.length > 0 ? { terms, object: true } : undefined;
  }
  const verb = isAuxiliary(first) ? second : first;
  const term = verb ? termOf(verb) : null;
  return term ? { terms: [term], object: false } : undefined;
}

/** Weights of the span choice, exported for calibration. */
/** A name ending in a common noun ("Harbour Arena", "City Hall") names a thing there, not a settlement. */
function namesVenue(span: Span): boolean {
  const last = span.text.split(/\s+/).at(-1) ?? '';
  return /^\p{Lu}/u.test(last) && isNoun(last) && !isSettlementNoun(last);
}
const CURRENCY = /[$£€]|\b(?:dollars?|pounds?|euros?|usd)\b/i;
const SCORE_QUESTION = /\b(?:score|record|margin|result|tally|lead)\b/i;
export const SPAN_WEIGHTS = { weakNumber: 0.5, role: 0.3, distance: 0.06, maxDistance: 12, overlap: 0.8, head: 1, verb: 0.6, agent: 0.5, place: 0.3, year: 0.5, dated: 0.3, phrase: 1 };

/** The span of the expected type nearest the question's words, and not just a repeat of them. */
/** What span choice needs of the question, computed once per question rather than per sentence. */
interface SpanQuery {
  question: Question;
  questionTerms: Set<string>;
  headTerms: Set<string>;
  /** Every term of the head phrase: "which Zorbian Cup" is answered by "Zorbian Cup 2010". */
  headPhrase: Set<string>;
  /** Each question term's weight, under every spelling that stands for it. */
  termWeight: Map<string, number>;
  verb: { terms: ReadonlySet<string>; object: boolean } | undefined;
}

function spanQuery(question: Question, weighted: Weighted[]): SpanQuery {
  const questionTerms = new Set(weighted.flatMap(({ own }) => [...own]));
  for (const term of question.terms) questionTerms.add(term);
  const termWeight = new Map<string, number>();
  for (const { own, weight, term } of weighted) for (const t of own) termWeight.set(t, Math.max(weight, termWeight.get(t) ?? 0)), termWeight.set(term, Math.max(weight, termWeight.get(term) ?? 0));
  return {
    termWeight, question, questionTerms, headTerms: new Set(question.headTerms), headPhrase: new Set(question.headPhrase ?? []), verb: verbOf(question) };
}

function bestSpan(kb: KnowledgeBase, id: number, sentence: string, spans: readonly Span[], query: SpanQuery): { span: Span; score: number; locative: boolean } | undefined {
  if (spans.length === 0) return undefined;
  const { question, questionTerms, headTerms, headPhrase, termWeight, verb } = query;
  const words = wordsOf(kb, id, sentence);
  const anchors: { at: number; term: string }[] = [];
  words.forEach((word, at) => {
    if (word.term !== null && questionTerms.has(word.term) && !STOP_TERMS.has(word.term)) anchors.push({ at, term: word.term });
  });
  let best: { span: Span; score: number; locative: boolean } | undefined;
  for (const span of spans) {
    const spanTerms = spanTermsOf(span);
    // A quotation may well repeat the question's words; a name that does is usually the question's own.
    const overlap = spanTerms.length === 0 || question.type === 'quote' ? 0 : spanTerms.filter((term) => questionTerms.has(term) && !headTerms.has(term)).length / spanTerms.length;
    if (overlap === 1) continue;
    if (NAME_TYPES.has(question.type) && TIME_WORD.test(span.text)) continue;
    const [first, last] = wordRange(words, span);
    // How far the span sits from the question's words, the rarer words counting more: the name
    // beside "2010" answers "the top scorer of the 2010 Zorbian Cup", not the one beside "scorer" alone.
    const nearest = new Map<string, number>();
    for (const { at, term } of anchors) {
      if (at >= first && at <= last) continue;
      nearest.set(term, Math.min(nearest.get(term) ?? SPAN_WEIGHTS.maxDistance, at < first ? first - at : at - last));
    }
    let distance = SPAN_WEIGHTS.maxDistance;
    if (nearest.size > 0) {
      let total = 0;
      let sum = 0;
      for (const [term, d] of nearest) {
        const weight = termWeight.get(term) ?? 1;
        total += weight;
        sum += weight * d;
      }
      distance = (sum / total + Math.min(...nearest.values())) / 2;
    }
    // Where a quotation sits says little; how much it says, more.
    let score = question.type === 'quote' ? 0.02 * Math.min(20, last - first + 1) - 0.02 * distance : -SPAN_WEIGHTS.distance * distance - SPAN_WEIGHTS.overlap * overlap;
    // A quotation holding the question's own words is the one asked about.
    if (question.type === 'quote' && spanTerms.length > 0) score += (SPAN_WEIGHTS.overlap / 2) * (spanTerms.filter((term) => questionTerms.has(term)).length / spanTerms.length);
    if (span.phrase) score -= SPAN_WEIGHTS.phrase;
    const near = (from: number, to: number, term: string): boolean => words.slice(Math.max(0, from), Math.max(0, to)).some((word) => word.term === term);
    const nearAny = (from: number, to: number, terms: ReadonlySet<string>): boolean => words.slice(Math.max(0, from), Math.max(0, to)).some((word) => word.term !== null && terms.has(word.term));
    // "Which stadium": "Harbour Arena", "the arena, Harbour's", "Harbour's Arena".
    if (question.headTerm && (spanTerms.at(-1) === question.headTerm || near(last + 1, last + 3, question.headTerm) || near(first - 1, first, question.headTerm))) score += SPAN_WEIGHTS.head;
    // A name that extends the asked-for kind with something new: "Zorbian Cup 2010" for "which Zorbian Cup".
    else if (!span.phrase && spanTerms.some((term) => headPhrase.has(term)) && spanTerms.some((term) => !questionTerms.has(term))) {
      score += SPAN_WEIGHTS.head + SPAN_WEIGHTS.overlap * (spanTerms.filter((term) => headPhrase.has(term) && !headTerms.has(term)).length / spanTerms.length);
    }
    if (verb && (question.type === 'person' || question.type === 'entity' || (question.type === 'thing' && verb.object))) {
      if (verb.object ? nearAny(first - 5, first, verb.terms) : nearAny(last + 1, last + 5, verb.terms)) score += SPAN_WEIGHTS.verb;
    }
    if (question.type === 'number' && /^(?:1[5-9]|20)\d\d$/.test(span.text)) score -= SPAN_WEIGHTS.year;
    // "How much did it cost": a sum of money, not any figure.
    if (question.type === 'money' && !CURRENCY.test(span.text)) score -= SPAN_WEIGHTS.weakNumber;
    if (question.type === 'number' || question.type === 'money') {
      // "one of his best", "Radio One", "Cup 50": a pronoun or part of a name, rarely the count asked for.
      if (/^one$/i.test(span.text) || /\p{Lu}[\p{L}.'’-]*\s$/u.test(sentence.slice(Math.max(0, span.start - 20), span.start))) score -= SPAN_WEIGHTS.weakNumber;
      // "24–10" is a score or a record, not a count of yards.
      if (/\d\s?[–-]\s?\d/.test(span.text) && !SCORE_QUESTION.test(question.text)) score -= SPAN_WEIGHTS.weakNumber;
    }
    // "14 October" says more than "October".
    if (question.type === 'date' && /\d/.test(span.text)) score += SPAN_WEIGHTS.dated;
    const before = sentence.slice(Math.max(0, span.start - 12), span.start).toLowerCase();
    if (question.type === 'person' && isAgentOfPassive(sentence, span)) score += SPAN_WEIGHTS.agent;
    if (question.type === 'person' && !span.phrase) score += SPAN_WEIGHTS.role * roleContext(sentence, span);
    const locative = /\b(?:in|at|on|aboard|near|inside|outside)\s+(?:the\s+)?$/.test(before);
    if (question.type === 'place' && locative) score += SPAN_WEIGHTS.place;
    // "What city": "Riverton" in "Harbour Arena in Riverton" or "Riverton, Wessex"; not the venue.
    if (question.type === 'place' && question.headNoun && isSettlementNoun(question.headNoun)) {
      if (namesVenue(span)) score -= SPAN_WEIGHTS.place;
      else if (/\p{Lu}[\p{L}.'’-]*\s+in\s+$/u.test(sentence.slice(Math.max(0, span.start - 30), span.start)) || /^,\s*\p{Lu}/u.test(sentence.slice(span.end, span.end + 3))) score += SPAN_WEIGHTS.place;
    }
    if (!best || score > best.score) best = { span, score, locative };
  }
  return best;
}

function candidateIds(kb: KnowledgeBase, results: SearchResult[]): Map<number, number> {
  const scores = new Map<number, number>();
  for (const result of results) scores.set(result.id as number, result.score);
  for (const result of results.slice(0, NEIGHBOURS_OF_TOP)) {
    const sentence = kb.corpus.sentences[result.id as number];
    if (!sentence) continue;
    for (const id of [sentence.id - 2, sentence.id - 1, sentence.id + 1, sentence.id + 2]) if (id >= 0 && id < kb.corpus.sentences.length && !scores.has(id)) scores.set(id, 0);
  }
  return scores;
}

export function contextTerms(kb: KnowledgeBase, passage: number): ReadonlySet<string> {
  return contextTermsOf(kb.corpus, passage, () => {
    const storyId = kb.corpus.passages[passage]?.storyId;
    let before = passage - 1;
    while (kb.corpus.passages[before]?.kind === 'caption') before--;
    const previous = kb.corpus.passages[before]?.storyId === storyId ? passageSentences(kb.corpus, before).map((s) => s.text) : [];
    return new Set(termsOf([...previous, ...passageSentences(kb.corpus, passage).map((s) => s.text)].join(' ')));
  });
}

const TITLE_TERMS = new WeakMap<KnowledgeBase, Set<string>>();

/** The terms of every story title, once per knowledge base: recomputing them cost O(stories) per question. */
function titleTermsOf(kb: KnowledgeBase): Set<string> {
  let terms = TITLE_TERMS.get(kb);
  if (!terms) TITLE_TERMS.set(kb, (terms = new Set(kb.corpus.stories.flatMap((story) => termsOf(story.title)))));
  return terms;
}

/**
 * How well a span answers its type: a place after "in"/"at"/"on" is where something happened, a
 * name elsewhere may be anything; a date with a day or year is an answer, "October" alone a hint.
 */
function typeFit(question: Question, span: Span, locative: boolean): number {
  if (question.type === 'place' && !locative) return WEIGHTS.unplaced;
  if (question.type === 'date' && !/\d/.test(span.text)) return WEIGHTS.vagueDate;
  if (question.type === 'money' && !CURRENCY.test(span.text)) return WEIGHTS.vagueDate;
  return 1;
}

/** The ranked sentences, and the names in the question that no story mentions (not even misspelt). */
export interface Retrieval {
  ranked: Ranked[];
  unknownNames: string[];
  /** The question's terms with their IDF weights and the spellings that stand for them. */
  terms: Weighted[];
}

/** Retrieves sentences with minisearch and reranks them by the evidence each gives for the question. */
export function rankSentences(kb: KnowledgeBase, question: Question): Retrieval {
  // A name is also searched by the roles the story gives it ("the president" for a president's name).
  // A short question says little: its words' synonyms widen the search ("call" finds "the discussion").
  const expand = question.terms.length <= SHORT_QUESTION_TERMS;
  const roleTerms = question.terms
    .flatMap((term) => [...(kb.entities.byKey.get(term)?.roles ?? []), ...(expand ? synonymsOf(term) : [])])
    .filter((role) => !question.terms.includes(role));
  const results = kb.index.search(roleTerms.length > 0 ? [...question.terms, ...new Set(roleTerms)] : question.terms, SEARCH_LIMIT);
  if (results.length === 0) return { ranked: [], unknownNames: question.names, terms: [] };
  const topScore = results[0]?.score ?? 1;
  const passageScore = new Map<number, number>();
  for (const result of results) {
    const passage = kb.corpus.sentences[result.id as number]?.passage ?? -1;
    passageScore.set(passage, (passageScore.get(passage) ?? 0) + result.score);
  }
  const topPassage = Math.max(...passageScore.values());
  const titleTerms = titleTermsOf(kb);
  const weighted = weightedTerms(kb, question, results, titleTerms);
  // The rarest term the stories use at all: a word no story contains says nothing about where to look.
  const known = weighted.filter(({ alternatives }) => [...alternatives].some((term) => kb.index.documentFrequency.has(term)));
  const unknownNames = question.names.filter((name) => !known.some(({ term }) => term === name));
  const rarest = known.reduce<Weighted | undefined>((best, term) => (!best || term.weight > best.weight ? term : best), undefined);
  const ranked: Ranked[] = [];
  const query = spanQuery(question, weighted);
  for (const [id, searchScore] of candidateIds(kb, results)) {
    const sentence = kb.corpus.sentences[id];
    if (!sentence) continue;
    const own = sentenceTerms(kb.corpus, id);
    const context = contextTerms(kb, sentence.passage);
    const coverage = share(weighted, own);
    const contextCoverage = share(weighted, context);
    const spanned = TYPED.has(question.type) || question.type === 'thing';
    const spans = spanned ? sentenceDerived(kb.corpus, `${question.type}:${id}`, () => spansOfType(sentence.text, question.type)) : [];
    const chosen = spanned ? bestSpan(kb, id, sentence.text, spans, query) : undefined;
    const span = chosen?.span;
    // A sentence can answer from its passage's context ("he said …" after the name): credit most of it.
    const effective = Math.max(coverage, CONTEXT_CREDIT * contextCoverage);
    const near = proximity(weighted, sentenceTermPositions(kb.corpus, id));
    let score =
      WEIGHTS.coverage * effective +
      WEIGHTS.context * contextCoverage +
      WEIGHTS.search * (searchScore / topScore) +
      WEIGHTS.passage * ((passageScore.get(sentence.passage) ?? 0) / topPassage) +
      (span && TYPED.has(question.type) ? WEIGHTS.type * typeFit(question, span, chosen?.locative ?? false) : 0) +
      WEIGHTS.proximity * near;
    // "Who released X?" is answered by the agent of a passive ("X was released by Y") over a bystander.
    if (question.type === 'person' && span && /\bby\s+$/i.test(sentence.text.slice(Math.max(0, span.start - 4), span.start))) score += WEIGHTS.agent;
    if (kb.corpus.passages[sentence.passage]?.kind === 'caption') score *= CAPTION_FACTOR;
    if (question.type !== 'quote' && SPOKEN.test(sentence.text)) score *= SPEECH_FACTOR;
    if (TYPED.has(question.type) && !span) score *= question.type === 'quote' ? UNQUOTED_FACTOR : WEIGHTS.untyped;
    const rareTermFound = rarest ? [...rarest.alternatives].some((term) => context.has(term)) : false;
    const spanScore = chosen?.score;
    ranked.push({ sentence, score, coverage, contextCoverage, rareTermFound, searchShare: searchScore / topScore, proximity: near, ...(span ? { span } : {}), ...(spanScore !== undefined ? { spanScore } : {}) });
  }
  return { ranked: ranked.sort((a, b) => b.score - a.score), unknownNames, terms: weighted };
}
