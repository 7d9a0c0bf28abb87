import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import type { Evidence } from './compose.js';
import { ABSTAIN_BELOW } from './confidence.js';
import { questionFacts, type Candidate } from './features.js';
import type { Question } from './question.js';
import type { Ranked, Retrieval } from './rank.js';
import { verify, type VerifierModel } from './verifier.js';
import { measuredSpan } from './measure.js';
import { isStrict, isTyped } from './answer-types.js';
import { PIPELINE_OPTIONS } from './options.js';
import { possessivesOf, relatesPossessive } from './possessive.js';

/** How many of the reranked sentences the verifier weighs: the right one is rarely further down. */
export const CANDIDATES_PER_QUESTION = PIPELINE_OPTIONS.fitted.read.candidatesPerQuestion;
/** A runner-up sentence scoring at least this share of the chosen one's is quoted too (at most two quotes). */
const SECOND_QUOTE_RATIO = PIPELINE_OPTIONS.say.secondQuoteRatio;


/**
 * The top candidates of a retrieval, with what the features need. When the question asks for a
 * typed answer and some candidates hold one, only those compete: a sentence with no date cannot
 * answer "when", however many of the question's words it repeats.
 */
export function candidatesOf(kb: KnowledgeBase, question: Question, retrieval: Retrieval): Candidate[] {
  const possessives = possessivesOf(question.text);
  // "Chrome's market share" is not answered by a sentence that never ties the share to Chrome.
  const leading = retrieval.ranked.slice(0, CANDIDATES_PER_QUESTION).filter((ranked) => possessives.every((possessive) => relatesPossessive(ranked.sentence.text, possessive)));
  // "How tall …?" is answered by a figure with its unit or not at all: a sentence without one has no answer.
  if (question.measure) {
    const measure = question.measure;
    const measured = leading.filter((ranked) => ranked.span && measuredSpan(ranked.sentence.text, ranked.span, measure));
    const facts = questionFacts(question, retrieval, measured);
    return measured.map((ranked, rank) => ({ kb, question, retrieval, facts, ranked, rank }));
  }
  const typed = isTyped(question.type) ? leading.filter((ranked) => ranked.span) : [];
  // A typed question no candidate holds an answer of its type for ("why …?" and no reason) has none.
  if (isStrict(question.type) && typed.length === 0) return [];
  const top = typed.length > 0 ? typed : leading;
  const facts = questionFacts(question, retrieval, top);
  return top.map((ranked, rank) => ({ kb, question, retrieval, facts, ranked, rank }));
}

/** The evidence an answer built on `chosen` quotes: it, and a runner-up nearly as good. */
export function evidenceFor(retrieval: Retrieval, chosen: Ranked, confidence: number): Evidence {
  const runnerUp = retrieval.ranked.find((candidate) => candidate.sentence.id !== chosen.sentence.id);
  const second = runnerUp && runnerUp.score >= SECOND_QUOTE_RATIO * chosen.score ? runnerUp : undefined;
  return { ranked: chosen, confidence, ...(second ? { second } : {}) };
}

export interface Selection {
  /** The most probable candidate and its fitted probability, whether or not it clears the threshold. */
  best?: { candidate: Candidate; probability: number };
  /** Set when the best candidate is likely enough to answer with. */
  evidence?: Evidence;
}

/**
 * The verifier's probability that a given sentence answers the question (a yes/no verdict's
 * sentence, a passage read on): weighed among the question's top candidates as any other is.
 */
export function probabilityOf(kb: KnowledgeBase, question: Question, retrieval: Retrieval, model: VerifierModel, ranked: Ranked): number {
  const leading = retrieval.ranked.slice(0, CANDIDATES_PER_QUESTION);
  const rivals = leading.some((candidate) => candidate.sentence.id === ranked.sentence.id) ? leading : [ranked, ...leading.slice(0, -1)];
  const facts = questionFacts(question, retrieval, rivals);
  return verify(model, { kb, question, retrieval, facts, ranked, rank: Math.max(0, rivals.indexOf(ranked)) });
}

/** Picks the candidate the verifier finds most likely right; below the threshold (ABSTAIN_BELOW), none. */
export function selectEvidence(kb: KnowledgeBase, question: Question, retrieval: Retrieval, model: VerifierModel, abstainBelow = ABSTAIN_BELOW): Selection {
  let best: Selection['best'];
  for (const candidate of candidatesOf(kb, question, retrieval)) {
    const probability = verify(model, candidate);
    // Ties keep the retrieval order: deterministic, and the reranker's choice when the model cannot tell.
    if (!best || probability > best.probability) best = { candidate, probability };
  }
  if (!best) return {};
  const confidence = Math.round(best.probability * 1000) / 1000;
  return best.probability < abstainBelow ? { best } : { best, evidence: evidenceFor(retrieval, best.candidate.ranked, confidence) };
}
