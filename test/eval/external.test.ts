import { describe, expect, it } from 'vitest';
import { runQuestionSet } from '../../src/eval/run.js';
import { loadQuestionSet, QUESTION_SETS } from '../../src/eval/sets.js';

/**
 * The outside benchmark (SQuAD v1.1 dev questions on the "Super Bowl 50" Wikipedia article,
 * CC BY-SA 4.0). Floors are the figures reached when they were last raised: they only move up.
 */
const ACCURACY_FLOOR = 0.785;
const F1_FLOOR = 0.45;

for (const set of QUESTION_SETS.filter((candidate) => candidate.name.startsWith('external'))) {
  describe(set.name, () => {
    it(`answers at least ${ACCURACY_FLOOR * 100}% correctly with a short-answer F1 of at least ${F1_FLOOR * 100}`, async () => {
      const { bot, questions } = await loadQuestionSet(set);
      const summary = runQuestionSet(set.name, bot, questions);
      expect(summary.accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
      expect(summary.f1).toBeGreaterThanOrEqual(F1_FLOOR);
    });

    it('keeps every answer short: at most two quotations, three citations, 400 characters', async () => {
      const { bot, questions } = await loadQuestionSet(set);
      for (const question of questions.slice(0, 120)) {
        const answer = bot.ask(question.question);
        if (answer.abstained) continue;
        expect(answer.text.length, question.question).toBeLessThan(400);
        expect(answer.citations.length).toBeLessThanOrEqual(3);
        expect(answer.text.match(/“/g)?.length ?? 0).toBeLessThanOrEqual(6);
      }
    });
  });
}
