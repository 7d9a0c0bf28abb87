import type { Answer } from '../answer/types.js';
import type { StoryBot } from '../bot.js';
import { expectationOf, type EvalQuestion } from './questions.js';
import { passes, shortAnswerExact, shortAnswerF1 } from './score.js';

export interface EvalResult {
  question: EvalQuestion;
  answer: Answer;
  passed: boolean;
  /** Short-answer token F1 and exact match against the gold answers (0 for unanswerable questions). */
  f1: number;
  exact: number;
}

/** The figures every evaluation reports (see /work/shared/README.md, "Question format"). */
export interface EvalFigures {
  total: number;
  passed: number;
  /** Share of all questions that pass. */
  accuracy: number;
  /** Share of the answerable questions that pass (null when the set has none). */
  answeredRight: number | null;
  /** Share of the unanswerable questions abstained on (null when the set has none). */
  abstainedRight: number | null;
  /** Share of the false premises not affirmed (null when the set has none). */
  falsePremisesRefused: number | null;
  /** Passing answers over answers given, abstentions excluded (null when nothing was answered). */
  precision: number | null;
  /** Share of questions answered at all. */
  coverage: number;
  /** SQuAD 2.0 F1: 1 for an unanswerable question abstained, else the short answer's token F1 (0 when abstained). */
  squad2F1: number;
  /** Mean short-answer exact match and token F1 over the answerable questions. */
  exact: number;
  f1: number;
}

export interface EvalSummary extends EvalFigures {
  name: string;
  results: EvalResult[];
}

const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
const shareOf = <T>(items: T[], test: (item: T) => boolean): number | null => (items.length === 0 ? null : items.filter(test).length / items.length);

export function scoreResult(question: EvalQuestion, answer: Answer): EvalResult {
  const golds = expectationOf(question) === 'answer' ? (question.expect.answer_any ?? question.expect.answer_all ?? []) : [];
  return { question, answer, passed: passes(question, answer), f1: shortAnswerF1(answer.shortAnswer, golds), exact: shortAnswerExact(answer.shortAnswer, golds) };
}

/** The figures of a list of results. */
export function figuresOf(results: EvalResult[]): EvalFigures {
  const answerable = results.filter((result) => expectationOf(result.question) === 'answer');
  const unanswerable = results.filter((result) => expectationOf(result.question) === 'abstain');
  const falsePremises = results.filter((result) => expectationOf(result.question) === 'false-premise');
  const answered = results.filter((result) => !result.answer.abstained);
  // Precision is over answers to real questions: a false premise's pass is a refusal, not an answer.
  const spoke = answered.filter((result) => expectationOf(result.question) !== 'false-premise');
  const passed = results.filter((result) => result.passed).length;
  return {
    total: results.length,
    passed,
    accuracy: results.length === 0 ? 0 : passed / results.length,
    answeredRight: shareOf(answerable, (result) => result.passed),
    abstainedRight: shareOf(unanswerable, (result) => result.answer.abstained),
    falsePremisesRefused: shareOf(falsePremises, (result) => result.passed),
    precision: shareOf(spoke, (result) => result.passed),
    coverage: results.length === 0 ? 0 : answered.length / results.length,
    // A false premise counts as unanswerable: nothing in the story answers it.
    squad2F1: mean(results.map((result) => (expectationOf(result.question) !== 'answer' ? (result.answer.abstained ? 1 : 0) : result.answer.abstained ? 0 : result.f1))),
    exact: mean(answerable.map((result) => result.exact)),
    f1: mean(answerable.map((result) => result.f1)),
  };
}

export function summarize(name: string, results: EvalResult[]): EvalSummary {
  return { name, ...figuresOf(results), results };
}

export function runQuestionSet(name: string, bot: StoryBot, questions: EvalQuestion[]): EvalSummary {
  return summarize(name, questions.map((question) => scoreResult(question, bot.ask(question.question))));
}
