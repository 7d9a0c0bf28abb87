import { loadVerifierFile, type VerifierFile } from '../answer/read/verifier.js';
import type { StoryBot } from '../bot.js';
import { createEngine, type EngineOptions } from '../engine.js';
import { scoreResult, summarize, type EvalResult, type EvalSummary } from './run.js';
import { knowledgeOf, questionsOf, type GroupedQuestion, type QuestionSet } from './sets.js';

/** How a set was scored: each question by the model fitted without its group, or by the committed model. */
export type Scoring = 'held-out' | 'committed';

/**
 * Runs a question set with one bot per group over the same knowledge: held out, a group's
 * questions are answered with the verifier fitted without them (data/verifier.json `folds`).
 */
export async function runHeldOut(set: QuestionSet, scoring: Scoring, options: Pick<EngineOptions, 'abstainBelow'> = {}, file: VerifierFile = loadVerifierFile()): Promise<EvalSummary> {
  const questions = await questionsOf(set);
  const knowledgeFor = await knowledgeOf(set);
  const bots = new Map<string, StoryBot>();
  const botFor = async (group: string): Promise<StoryBot> => {
    let bot = bots.get(group);
    // Training writes a fold for every group it saw, so a group without one was never trained on:
    // the full model is held out from it already.
    const fold = scoring === 'held-out' ? file.folds[group] : undefined;
    if (!bot) bots.set(group, (bot = createEngine(await knowledgeFor(group), { ...options, ...(fold ? { verifier: fold } : {}) })));
    return bot;
  };
  const results: EvalResult[] = [];
  for (const question of questions as GroupedQuestion[]) results.push(scoreResult(question, (await botFor(question.group)).ask(question.question)));
  return summarize(set.name, results);
}
