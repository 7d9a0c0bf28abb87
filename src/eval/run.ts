import type { Answer } from '../answer/types.js';
import type { StoryBot } from '../bot.js';
import type { EvalQuestion } from './questions.js';
import { passes, shortAnswerF1 } from './score.js';

export interface EvalResult {
  question: EvalQuestion;
  answer: Answer;
  passed: boolean;
  f1: number;
}

export interface EvalSummary {
  name: string;
  total: number;
  passed: number;
  accuracy: number;
  /** Mean short-answer F1 over the answerable questions. */
  f1: number;
  /** Share of the must-abstain questions that abstained (null when the set has none). */
  abstentionRate: number | null;
  results: EvalResult[];
}

export function runQuestionSet(name: string, bot: StoryBot, questions: EvalQuestion[]): EvalSummary {
  const results = questions.map((question) => {
    const answer = bot.ask(question.question);
    const golds = question.expect.answer_any ?? question.expect.answer_all ?? [];
    return { question, answer, passed: passes(question, answer), f1: shortAnswerF1(answer.shortAnswer, golds) };
  });
  const answerable = results.filter((result) => !result.question.expect.abstain);
  const unanswerable = results.filter((result) => result.question.expect.abstain);
  const passed = results.filter((result) => result.passed).length;
  return {
    name,
    total: results.length,
    passed,
    accuracy: results.length === 0 ? 0 : passed / results.length,
    f1: answerable.length === 0 ? 0 : answerable.reduce((sum, result) => sum + result.f1, 0) / answerable.length,
    abstentionRate: unanswerable.length === 0 ? null : unanswerable.filter((result) => result.answer.abstained).length / unanswerable.length,
    results,
  };
}
