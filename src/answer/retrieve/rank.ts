import type { SearchResult } from 'minisearch';
import { isEnglishWord } from '../../text/spelling.js';
import { passageSentences, type Sentence } from '../../corpus/corpus.js';
import { contextTermsOf, sentenceDerived, sentenceTermPositions } from '../../corpus/term-cache.js';
import { editDistance } from '../../text/distance.js';
import { termOf, termsOf } from '../../text/terms.js';
import { words } from '../../text/tokenize.js';
import { paraphrasesByTerm } from '../../text/paraphrase.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { nameRunsOf, type AnswerType, type Question } from '../understand/question.js';
import { isTyped } from '../understand/answer-types.js';
import { PIPELINE_OPTIONS } from '../options.js';
import { outOfTime, scoreAnother } from '../budget.js';
import { CURRENCY, STOP_TERMS, bestSpan, spanQuery } from './span-choice.js';
import { spansOfType, type Span } from './spans.js';
import { doneToInHeadline, namesReadable } from './headlinese.js';
import { termsWithReferent } from './referents.js';

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
  /** How far the span's fit is ahead of the sentence's next answer of the type (Infinity when alone). */
  spanLead?: number;
}

/** A sentence cited as it stands, not ranked for a question (a definition, a mention): full marks. */
export function asRanked(sentence: Sentence): Ranked {
  return { sentence, score: 1, coverage: 1, contextCoverage: 1, rareTermFound: true };
}

const { retrieve, rank } = PIPELINE_OPTIONS.fitted;
const SEARCH_LIMIT = retrieve.searchLimit;
const SPEECH_FACTOR = rank.speechFactor;
const SPOKEN = /^[“"]|^[^“"]*”/;
const NEIGHBOURS_OF_TOP = retrieve.neighboursOfTop;
const TITLE_TERM_WEIGHT = retrieve.titleTermWeight;
/** Types whose span weighs into the rank: a reason ("in order to …", "caused by …") as much as a date. */
const TYPED = { has: (type: AnswerType): boolean => isTyped(type) };

export const WEIGHTS = rank.weights;
const UNQUOTED_FACTOR = rank.unquotedFactor;
const PAIR_WINDOW = rank.pairWindow;
const CAPTION_FACTOR = rank.captionFactor;
const CONTEXT_CREDIT = rank.contextCredit;

function idf(kb: KnowledgeBase, term: string): number {
  const count = kb.index.documentFrequency.get(term) ?? 0;
  return Math.log(1 + kb.corpus.sentences.length / (count + 1));
}

const AGE_FRAME = termOf('old');

/** Index terms a misspelt question term matched through fuzzy search ("relesed" → "releas"). */
function fuzzyVariants(kb: KnowledgeBase, question: Question, results: SearchResult[]): Map<string, Set<string>> {
  const variants = new Map<string, Set<string>>();
  // A word of English no story uses is that word, not a typo of a story's ("the fine" is no
  // "find", "worse" no "work"): only its own longer or shorter forms stand for it ("competitor" / "competit").
  const english = new Set(words(question.text).filter((word) => isEnglishWord(word)).map((word) => termOf(word)));
  const terms = question.terms;
  for (const term of terms) {
    if (kb.index.documentFrequency.has(term)) continue;
    const isWord = english.has(term);
    const found = new Set<string>();
    for (const result of results.slice(0, 10)) {
      for (const matched of result.terms) {
        // A typo keeps the word's first letter ("relesed" → "releas"): "street" is no "treat", nor "envelope" "develop".
        if (isWord && !matched.startsWith(term) && !term.startsWith(matched)) continue;
        if (!terms.includes(matched) && !STOP_TERMS.has(matched) && matched[0] === term[0] && editDistance(term, matched, 2) <= 2) found.add(matched);
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
  /** An acronym's spelled-out words: where "Zorbian Rail Guild" stands, "ZRG" does. */
  spelledOut?: Set<string>;
}

/**
 * For each word of a known person's or organisation's name in the question, the other words of
 * that name: "Jane Roe" is there where the report, having named her once, writes "Roe".
 */
function sameNameTerms(kb: KnowledgeBase, question: Question): Map<string, string[]> {
  const others = new Map<string, string[]>();
  for (const run of nameRunsOf(question.names, question.text)) {
    const entity = run.map((term) => kb.entities.byKey.get(term)).find((found) => found !== undefined);
    const ownTerms = new Set(entity ? termsOf(entity.name) : []);
    if (run.length < 2 || !run.every((term) => ownTerms.has(term))) continue;
    for (const term of run) others.set(term, run.filter((other) => other !== term));
  }
  return others;
}

function weightedTerms(kb: KnowledgeBase, question: Question, results: SearchResult[], titleTerms: Set<string>, paraphrases: ReadonlyMap<string, ReadonlySet<string>>): Weighted[] {
  const variants = fuzzyVariants(kb, question, results);
  const sameName = sameNameTerms(kb, question);
  const abbreviated = abbreviatedTerms(kb, question.terms);
  return question.terms.map((term) => {
    // A name also matches the roles the story gives it: "his envoy" can be the envoy asked about.
    const roles = kb.entities.byKey.get(term)?.roles ?? [];
    // An acronym also matches its spelled-out form, by that form's most telling word.
    const expansion = spelledOut(kb, term);
    const own = new Set([term, ...(variants.get(term) ?? []), ...roles, ...tellingWord(kb, expansion), ...(abbreviated.get(term) ?? [])]);
    const best = Math.max(...[...own].map((alternative) => idf(kb, alternative)));
    // Paraphrases may stand in for the word ("injured" / "wounding") but do not make it weigh more.
    const alternatives = new Set([...own, ...(paraphrases.get(term) ?? []), ...(sameName.get(term) ?? [])]);
    return { term, alternatives, own, weight: best * (titleTerms.has(term) ? TITLE_TERM_WEIGHT : 1), ...(expansion.length > 0 ? { spelledOut: new Set(expansion) } : {}) };
  });
}

/** The IDF-weighted share of the question's terms (or an alternative of each) that `present` holds. */
export function share(terms: readonly Weighted[], present: Pick<ReadonlySet<string>, 'has'>): number {
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
  const at = (word: Weighted): number[] => [...word.alternatives, ...(word.spelledOut ?? [])].flatMap((term) => positions.get(term) ?? []);
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

/**
 * The question's paraphrases the stories use: a name is no word to paraphrase ("Mark" is not a
 * stain), and a word no story has is nothing to search for.
 */
function paraphrasesOf(kb: KnowledgeBase, question: Question): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const [term, others] of paraphrasesByTerm(question.text, retrieve.paraphraseSenses, question.mainVerb?.word)) {
    if (!question.terms.includes(term) || question.names.includes(term) || kb.entities.byKey.has(term)) continue;
    const used = [...others].filter((other) => kb.index.documentFrequency.has(other));
    if (used.length > 0) found.set(term, new Set(used));
  }
  return found;
}

/** An acronym's spelled-out words ("ZRG" → "Zorbian Rail Guild"); its most telling one is searched for it too. */
function spelledOut(kb: KnowledgeBase, term: string): string[] {
  const expansion = kb.entities.acronyms?.get(term)?.expansion;
  return expansion ? termsOf(expansion) : [];
}

/**
 * The other way round: where the question spells out an acronym the story defines ("the Zorbian
 * Rail Guild" for "ZRG"), each of its words is there where the story writes the acronym.
 */
function abbreviatedTerms(kb: KnowledgeBase, terms: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [acronym, { expansion }] of kb.entities.acronyms ?? []) {
    const words = termsOf(expansion);
    if (words.length < 2 || !words.every((word) => terms.includes(word))) continue;
    for (const word of words) out.set(word, [...(out.get(word) ?? []), acronym]);
  }
  return out;
}

/** The rarest of some terms (an acronym's spelled-out form is found by its most telling word), if any. */
function tellingWord(kb: KnowledgeBase, terms: readonly string[]): string[] {
  const rarest = terms.reduce<string | undefined>((best, t) => (!best || idf(kb, t) > idf(kb, best) ? t : best), undefined);
  return rarest === undefined ? [] : [rarest];
}

/** How far into a story's body a headline's name is looked for: a name the report uses comes early. */
const BODY_SCAN_SENTENCES = 400;

/** Whether the story's body (after its headline) writes a name the headline has. */
function namedInBody(kb: KnowledgeBase, headline: Sentence, name: string): boolean {
  const storyId = kb.corpus.passages[headline.passage]?.storyId;
  const last = Math.min(kb.corpus.sentences.length, headline.id + 1 + BODY_SCAN_SENTENCES);
  for (let id = headline.id + 1; id < last; id++) {
    const sentence = kb.corpus.sentences[id]!;
    if (kb.corpus.passages[sentence.passage]?.storyId !== storyId) return false;
    if (sentence.text.includes(name)) return true;
  }
  return false;
}

/** Answer types whose spans are names. */
const NAME_ANSWERS: ReadonlySet<AnswerType> = new Set(['person', 'entity']);

/** Retrieves sentences with minisearch and reranks them by the evidence each gives for the question. */
export function rankSentences(kb: KnowledgeBase, question: Question): Retrieval {
  // A name is also searched by the roles the story gives it ("the president" for a president's name),
  // and any other word by the words the stories use for it instead ("injured" finds "wounding").
  const paraphrases = paraphrasesOf(kb, question);
  const roleTerms = question.terms
    .flatMap((term) => [...(kb.entities.byKey.get(term)?.roles ?? []), ...(paraphrases.get(term) ?? []), ...tellingWord(kb, spelledOut(kb, term))])
    .filter((role) => !question.terms.includes(role));
  const results = kb.index.search(roleTerms.length > 0 ? [...question.terms, ...new Set(roleTerms)] : question.terms, SEARCH_LIMIT, outOfTime);
  if (results.length === 0) return { ranked: [], unknownNames: question.names, terms: [] };
  const topScore = results[0]?.score ?? 1;
  const passageScore = new Map<number, number>();
  for (const result of results) {
    const passage = kb.corpus.sentences[result.id as number]?.passage ?? -1;
    passageScore.set(passage, (passageScore.get(passage) ?? 0) + result.score);
  }
  const topPassage = Math.max(...passageScore.values());
  const titleTerms = titleTermsOf(kb);
  const weighted = weightedTerms(kb, question, results, titleTerms, paraphrases);
  // The rarest term the stories use at all: a word no story contains says nothing about where to look.
  const known = weighted.filter(({ alternatives }) => [...alternatives].some((term) => kb.index.documentFrequency.has(term)));
  const unknownNames = question.names.filter((name) => !known.some(({ term }) => term === name));
  const rarest = known.reduce<Weighted | undefined>((best, term) => (!best || term.weight > best.weight ? term : best), undefined);
  const ranked: Ranked[] = [];
  const query = spanQuery(question, weighted);
  for (const [id, searchScore] of candidateIds(kb, results)) {
    // Bounded work per question (budget.ts): past its limits, rank what has been scored.
    if (!scoreAnother(ranked.length)) break;
    const sentence = kb.corpus.sentences[id];
    if (!sentence) continue;
    const own = termsWithReferent(kb, id);
    const context = contextTerms(kb, sentence.passage);
    const contextCoverage = share(weighted, context);
    const spanned = TYPED.has(question.type) || question.type === 'thing';
    const headline = kb.corpus.passages[sentence.passage]?.kind === 'headline';
    const readable = spanned && (!headline || namesReadable(question, sentence.text));
    const typed = readable ? sentenceDerived(kb.corpus, `${question.type}:${id}`, () => spansOfType(sentence.text, question.type)) : [];
    // A headline capitalises by position and style ("Secret Norwegian files found …"): a
    // name there is one the story's own sentences name.
    const spans = headline && NAME_ANSWERS.has(question.type) ? typed.filter((span) => span.phrase || namedInBody(kb, sentence, span.text)) : typed;
    const found = spanned ? bestSpan(kb, id, sentence.text, spans, query) : undefined;
    const chosen = found && headline && doneToInHeadline(question, sentence.text, found.span) ? undefined : found;
    const span = chosen?.span;
    // "How old is Roe?" over "Roe, 22,": an age span says "old" without the word.
    const coverage = share(span && question.measure === 'old' ? weighted.filter(({ term }) => term !== AGE_FRAME) : weighted, own);
    // A sentence can answer from its passage's context ("he said …" after the name): credit most of it.
    const effective = Math.max(coverage, CONTEXT_CREDIT * contextCoverage);
    const near = proximity(weighted, sentenceTermPositions(kb.corpus, id));
    let score =
      WEIGHTS.coverage * effective +
      WEIGHTS.context * contextCoverage +
      WEIGHTS.search * (searchScore / topScore) +
      WEIGHTS.passage * ((passageScore.get(sentence.passage) ?? 0) / topPassage) +
      (span && TYPED.has(question.type) ? WEIGHTS.type * typeFit(question, span, chosen?.locative ?? false) : 0) +
      // An open "what did she die from?" has no type to fit, but its preposition has an object: "died from an infection".
      (span && !TYPED.has(question.type) && chosen?.stranded ? WEIGHTS.type : 0) +
      WEIGHTS.proximity * near;
    // "Who released X?" is answered by the agent of a passive ("X was released by Y") over a bystander.
    if (question.type === 'person' && span && /\bby\s+$/i.test(sentence.text.slice(Math.max(0, span.start - 4), span.start))) score += WEIGHTS.agent;
    if (kb.corpus.passages[sentence.passage]?.kind === 'caption') score *= CAPTION_FACTOR;
    if (question.type !== 'quote' && SPOKEN.test(sentence.text)) score *= SPEECH_FACTOR;
    if (TYPED.has(question.type) && !span) score *= question.type === 'quote' ? UNQUOTED_FACTOR : WEIGHTS.untyped;
    const rareTermFound = rarest ? [...rarest.alternatives].some((term) => context.has(term)) : false;
    const spanScore = chosen?.score;
    ranked.push({ sentence, score, coverage, contextCoverage, rareTermFound, searchShare: searchScore / topScore, proximity: near, ...(span ? { span } : {}), ...(spanScore !== undefined ? { spanScore, spanLead: chosen!.lead } : {}) });
  }
  return { ranked: ranked.sort((a, b) => b.score - a.score), unknownNames, terms: weighted };
}
