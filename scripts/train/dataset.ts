import { answerQuestion } from '../../src/answer/answerer.js';
import { bounded } from '../../src/answer/budget.js';
import type { AnswerContext } from '../../src/answer/context.js';
import { prepare } from '../../src/answer/retrieve/retrieve.js';
import { understand } from '../../src/answer/understand/understand.js';
import { composeAnswer } from '../../src/answer/say/compose.js';
import { featureVector, FEATURES } from '../../src/answer/read/features.js';
import { onlyAimed } from '../../src/answer/read/aimed.js';
import { saysAskedRole } from '../../src/answer/retrieve/owned-role.js';
import { candidateFor, candidatesOf, evidenceFor, leavesDoerUnstated, narratesOtherAct, speakerQuotes } from '../../src/answer/read/select.js';
import { composeVerdict } from '../../src/answer/say/compose.js';
import { findEntity } from '../../src/corpus/entities.js';
import type { Question } from '../../src/answer/understand/question.js';
import type { Retrieval } from '../../src/answer/retrieve/rank.js';
import { judgeYesNo, parseYesNo, type Proposition, type Verdict } from '../../src/answer/read/yesno.js';
import type { Answer } from '../../src/answer/types.js';
import { scoreResult } from '../../src/eval/run.js';
import { knowledgeOf, questionsOf, type GroupedQuestion, type QuestionSet } from '../../src/eval/sets.js';
import type { KnowledgeBase } from '../../src/knowledge-base/knowledge-base.js';
import { expectationOf } from '../../src/eval/questions.js';

/** How one answer would score: passes the shared rule, and its short answer's F1 / exact match. */
export interface Outcome {
  answered: boolean;
  passed: boolean;
  f1: number;
  exact: number;
}

/** One candidate answer of a question: its feature values and how it would score if given. */
export interface Row {
  /** The candidate sentence, for reading the data. */
  sentence: string;
  x: number[];
  /** The training label: this candidate, quoted alone, would pass (the runner-up quote must not lend it a pass). */
  label: boolean;
  /** How the answer the bot would give with this candidate (runner-up quote and all) scores. */
  outcome: Outcome;
}

/**
 * One training question: either the verifier decides (candidates), or a rule does whatever the
 * model says (a definition found, a name no story mentions, an empty question): `fixed`.
 */
export interface Example {
  set: string;
  group: string;
  id: string;
  question: string;
  unanswerable: boolean;
  candidates: Row[];
  fixed?: Outcome;
}

export const FEATURE_NAMES = FEATURES.map((feature) => feature.name);

function outcomeOf(question: GroupedQuestion, answer: Answer): Outcome {
  const result = scoreResult(question, answer);
  return { answered: !answer.abstained, passed: result.passed, f1: result.f1, exact: result.exact };
}

/** The judge's verdict on a yes/no question, as `readClaim` reaches it. */
function verdictOf(kb: KnowledgeBase, question: Question, retrieval: Retrieval): { proposition: Proposition; verdict: Verdict } | undefined {
  if (question.type !== 'yesno') return undefined;
  const proposition = parseYesNo(question.text, (phrase) => findEntity(kb.entities, phrase) !== undefined);
  const verdict = proposition ? judgeYesNo(kb, proposition, retrieval.ranked, question.inStory) : undefined;
  return proposition && verdict ? { proposition, verdict } : undefined;
}

function contextOf(kb: KnowledgeBase): AnswerContext {
  return { kb, suggestionsFor: () => [], exampleQuestion: () => '', examples: () => [] };
}

/** Every question of a set with its candidates' features and outcomes, in file order. */
export async function collect(set: QuestionSet): Promise<Example[]> {
  const knowledgeFor = await knowledgeOf(set);
  const contexts = new Map<KnowledgeBase, AnswerContext>();
  const examples: Example[] = [];
  for (const question of await questionsOf(set)) {
    const kb = await knowledgeFor(question.group);
    let ctx = contexts.get(kb);
    if (!ctx) contexts.set(kb, (ctx = contextOf(kb)));
    const asked = ctx;
    // Within a question's budget, as at serving: outside one the stale budget would cut the ranking short.
    examples.push(bounded(() => exampleOf(asked, set, question)));
  }
  return examples;
}

/** One question's training example: its candidates' features and outcomes, or the outcome a rule gives it. */
function exampleOf(ctx: AnswerContext, set: QuestionSet, question: GroupedQuestion): Example {
  const { kb } = ctx;
  const base = { set: set.name, group: question.group, id: question.id, question: question.question, unanswerable: expectationOf(question) !== 'answer', candidates: [] as Row[] };
  // The question as the bot reads it: cleaned, routed, spelled, analysed (the serving path's own function).
  const understood = understand(ctx, question.question);
  const prepared = understood.kind === 'question' ? prepare(ctx, understood.question) : undefined;
  if (!prepared || prepared.kind !== 'ranked') return { ...base, fixed: outcomeOf(question, answerQuestion(ctx, question.question).answer) };
  const { question: asked, retrieval } = prepared;
  // A yes/no question is answered by the judge's verdict, scored on the verdict's sentence: that
  // sentence is its one row, labelled by whether the verdict as served passes.
  // As readClaim does: "doesn't say whether" when a sentence weighed the asked word, else the
  // candidates below, the best quoted if probable.
  const verdict = verdictOf(kb, asked, retrieval);
  if (verdict?.verdict.kind === 'unsaid' && verdict.verdict.weighed) return { ...base, fixed: { answered: false, passed: expectationOf(question) !== 'answer', f1: 0, exact: 0 } };
  if (verdict && verdict.verdict.kind !== 'unsaid') {
    const served = { ...composeVerdict(kb, asked, verdict.verdict, verdict.proposition, evidenceFor(kb, retrieval.ranked, verdict.verdict.ranked, 1), []), question: question.question };
    const outcome = outcomeOf(question, served);
    base.candidates.push({ sentence: verdict.verdict.ranked.sentence.text, x: featureVector(candidateFor(kb, asked, retrieval, verdict.verdict.ranked), FEATURE_NAMES), label: outcome.passed, outcome });
    return base;
  }
  const spoken = asked.type === 'quote' && asked.subject ? speakerQuotes(kb, retrieval.ranked, asked.subject) : undefined;
  const falsePremise = expectationOf(question) === 'false-premise';
  const candidates = candidatesOf(kb, asked, retrieval);
  // As readClaim does: a second quotation is another candidate's.
  const rivals = candidates.map((candidate) => candidate.ranked);
  for (const candidate of candidates) {
    // As readClaim does: a sentence that names no doer of "who …?" is served as "the story doesn't
    // say who"; a figure that is only an aim, as "the story gives it only as an aim".
    if (leavesDoerUnstated(asked, candidate.ranked) || !saysAskedRole(asked.text, candidate.ranked.sentence.text) || narratesOtherAct(asked, candidate.ranked) || onlyAimed(asked, candidate.ranked)) {
      const refused: Outcome = { answered: false, passed: expectationOf(question) !== 'answer', f1: 0, exact: 0 };
      base.candidates.push({ sentence: candidate.ranked.sentence.text, x: featureVector(candidate, FEATURE_NAMES), label: false, outcome: refused });
      continue;
    }
    const answer = { ...composeAnswer(kb, asked, spoken ? evidenceFor(kb, spoken, candidate.ranked, 1, 0) : evidenceFor(kb, rivals, candidate.ranked, 1), []), question: question.question };
    // A headline's figure is served with the report's sentence stating it ("107" in both): labelled so.
    const headline = kb.corpus.passages[candidate.ranked.sentence.passage]?.kind === 'headline';
    const quoted = headline ? evidenceFor(kb, rivals, candidate.ranked, 1, Infinity) : { ranked: candidate.ranked, confidence: 1 };
    const alone = { ...composeAnswer(kb, asked, quoted, []), question: question.question };
    // Any reply without "yes" passes a false premise: a quoted sentence would be labelled right
    // whatever it says. Only the judge's "no" (above) teaches what refutes one.
    const label = !falsePremise && outcomeOf(question, alone).passed;
    base.candidates.push({ sentence: candidate.ranked.sentence.text, x: featureVector(candidate, FEATURE_NAMES), label, outcome: outcomeOf(question, answer) });
  }
  return base;
}
