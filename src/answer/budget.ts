import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import type { Question } from './understand/question.js';

/**
 * What one question may cost, whatever its words. The core answers synchronously, so while it
 * works no other user's question, Slack acknowledgement or Discord deferral can run: a 486-character
 * question of 60 made-up words once took 5.6 s over 200,000 passages (normal questions: ~2 ms),
 * past both platforms' 3-second deadlines. Each limit bounds one costly path; the time limit is the
 * backstop, checked inside the costly loops, after which they stop and answer from what they have.
 * A normal question reaches none of them (`npm run bench`, row "worst question").
 */
export const QUESTION_BUDGET = {
  /** Distinct question terms considered; the most informative (rarest in the stories) are kept, in the question's order. */
  maxTerms: 12,
  /** Of those, terms no story uses (a typo, a word the stories lack): each one is a fuzzy search of the index. */
  maxUnknownTerms: 3,
  /**
   * Postings the kept terms may have between them (sentences containing each, summed): searching
   * walks every one. The rarest term is always kept; commoner ones go first once over this.
   */
  maxPostings: 400_000,
  /**
   * The same with a term unknown to the stories kept: its fuzzy search sends the whole query
   * through MiniSearch's general path, which builds an object per posting (about 1 ms per 1,000).
   */
  maxPostingsWithUnknown: 100_000,
  /** Words spelling correction tries to correct: each is compared with the stories' vocabulary. */
  maxSpellingWords: 4,
  /** Sentences ranked for one question (search results and their neighbours): the features score a few of these. */
  maxCandidates: 64,
  /**
   * Wall time after which retrieval, ranking and spelling correction stop early. A backstop, far
   * above any normal answer (the limits above keep the worst question near 150 ms at 200,000
   * passages) and well inside the platforms' 3 seconds.
   */
  timeMs: 1_000,
};

export type QuestionLimits = typeof QUESTION_BUDGET;

/** What the last question spent, for tests and the bench: counts, never times, are asserted. */
export interface QuestionCost {
  /** Distinct terms the question had, and how many of them were considered. */
  termsAsked: number;
  termsConsidered: number;
  /** Words spelling correction compared with the vocabulary. */
  spellingWords: number;
  /** Sentences scored by the largest ranking. */
  candidatesScored: number;
  /** Whether a loop stopped early because the time limit was reached. */
  outOfTime: boolean;
}

const fresh = (): QuestionCost => ({ termsAsked: 0, termsConsidered: 0, spellingWords: 0, candidatesScored: 0, outOfTime: false });

/**
 * The question being answered. Answering is synchronous and one question at a time per thread,
 * so one ambient budget is enough: the costly loops check it without every signature carrying it.
 * A question asked while answering another (building the suggestion catalogue asks hundreds)
 * gets a budget of its own, and the outer one is restored after it.
 */
interface Budget {
  limits: QuestionLimits;
  started: number;
  cost: QuestionCost;
}

let current: Budget = { limits: QUESTION_BUDGET, started: performance.now(), cost: fresh() };
const outer: Budget[] = [];

/** Starts the budget of a new question (the tests pass smaller limits); pair with `endQuestion`. */
export function beginQuestion(limits: QuestionLimits = QUESTION_BUDGET): void {
  outer.push(current);
  current = { limits, started: performance.now(), cost: fresh() };
}

/** Ends the question's budget; a top-level question's cost stays readable (`lastQuestionCost`). */
export function endQuestion(): void {
  if (outer.length > 1) current = outer.pop()!;
  else outer.pop();
}

/**
 * Runs one question's work within a budget of its own. Serving and training both go through it:
 * work done outside one would read a stale budget (long since out of time) and be cut short.
 */
export function bounded<T>(work: () => T, limits: QuestionLimits = QUESTION_BUDGET): T {
  beginQuestion(limits);
  try {
    return work();
  } finally {
    endQuestion();
  }
}

export const questionLimits = (): Readonly<QuestionLimits> => current.limits;

export const lastQuestionCost = (): Readonly<QuestionCost> => ({ ...current.cost });

/** True once the question has used its time: the caller stops its loop and goes on with what it has. */
export function outOfTime(): boolean {
  const { cost, started, limits } = current;
  if (!cost.outOfTime && performance.now() - started > limits.timeMs) cost.outOfTime = true;
  return cost.outOfTime;
}

/**
 * Runs one-off preparation shared by every later question (the spelling vocabulary, mined on first
 * need) without charging its time to this question's budget: it would otherwise cut this answer short.
 */
export function uncharged<T>(prepare: () => T): T {
  const before = performance.now();
  try {
    return prepare();
  } finally {
    current.started += performance.now() - before;
  }
}

/** Counts words spelling correction compared with the vocabulary. */
export function spend(kind: 'spellingWords', units = 1): void {
  current.cost[kind] += units;
}

/**
 * Whether a ranking that has scored `scored` sentences may score another: not past
 * `maxCandidates` (per ranking: "who is X?" ranks twice), nor past the time limit.
 */
export function scoreAnother(scored: number): boolean {
  if (scored >= current.limits.maxCandidates || outOfTime()) return false;
  current.cost.candidatesScored = Math.max(current.cost.candidatesScored, scored + 1);
  return true;
}

/**
 * The question with at most `maxTerms` terms, of which at most `maxUnknownTerms` unknown to every
 * story: the rarest are kept (they say most about where to look; the commonest cost most to
 * search), in the order asked, since neighbouring terms make the phrases ranking looks for.
 */
export function keepInformativeTerms(kb: KnowledgeBase, question: Question): Question {
  const { terms } = question;
  const { cost, limits } = current;
  cost.termsAsked = terms.length;
  const frequency = (term: string): number => kb.index.documentFrequency.get(term) ?? 0;
  const unknown = terms.filter((term) => frequency(term) === 0);
  const postings = terms.reduce((sum, term) => sum + frequency(term), 0);
  const maxPostings = unknown.length > 0 ? limits.maxPostingsWithUnknown : limits.maxPostings;
  if (terms.length <= limits.maxTerms && unknown.length <= limits.maxUnknownTerms && postings <= maxPostings) {
    cost.termsConsidered = terms.length;
    return question;
  }
  const keptUnknown = new Set(unknown.slice(0, limits.maxUnknownTerms));
  const known = terms.filter((term) => frequency(term) > 0).sort((a, b) => frequency(a) - frequency(b));
  const kept = new Set(keptUnknown);
  let walked = 0;
  for (const term of known) {
    if (kept.size >= limits.maxTerms || (walked > 0 && walked + frequency(term) > maxPostings)) break;
    kept.add(term);
    walked += frequency(term);
  }
  const trimmed = terms.filter((term) => kept.has(term));
  cost.termsConsidered = trimmed.length;
  return { ...question, terms: trimmed, names: question.names.filter((name) => kept.has(name) || frequency(name) === 0) };
}

/** What spelling correction may do for this question (src/text/spelling.ts knows nothing of budgets). */
export function spellingBudget(): { maxWords: number; stop: () => boolean; tried: (words: number) => void } {
  return { maxWords: current.limits.maxSpellingWords, stop: outOfTime, tried: (words) => spend('spellingWords', words) };
}
