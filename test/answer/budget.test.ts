import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastQuestionCost, QUESTION_BUDGET } from '../../src/answer/budget.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { bundledBot } from './stories.js';

/**
 * Whatever its words, one question costs a bounded amount of work: counted by the budget (never
 * timed here; `npm run bench` times the worst question at 200,000 passages).
 */
const bot = bundledBot();
const storyWords = [...new Set(readFileSync(join(PROJECT_ROOT, 'knowledge', 'witkoff-call.txt'), 'utf8').match(/\p{L}{3,}/gu) ?? [])];
const madeUp = fc.stringMatching(/^[a-z]{4,11}$/);
const typo = fc.constantFrom(...storyWords).map((word) => `${word}x`);
const word = fc.oneof(fc.constantFrom(...storyWords), madeUp, typo, fc.constantFrom('the', 'said', 'who', 'when', 'Putin', 'Trump'));

describe('the per-question budget', () => {
  it('a long question of random words considers at most maxTerms terms, corrects at most maxSpellingWords words and ranks at most maxCandidates sentences', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 30, maxLength: 80 }), (words) => {
        bot.ask(`${words.join(' ')}?`);
        const cost = lastQuestionCost();
        expect(cost.termsConsidered).toBeLessThanOrEqual(QUESTION_BUDGET.maxTerms);
        expect(cost.spellingWords).toBeLessThanOrEqual(QUESTION_BUDGET.maxSpellingWords);
        expect(cost.candidatesScored).toBeLessThanOrEqual(QUESTION_BUDGET.maxCandidates);
      }),
      { numRuns: 40 },
    );
  });

  it('cuts a question of 60 words to the limit, and leaves an ordinary question whole', () => {
    bot.ask(`${storyWords.slice(0, 60).join(' ')}?`);
    expect(lastQuestionCost().termsAsked).toBeGreaterThan(QUESTION_BUDGET.maxTerms);
    expect(lastQuestionCost().termsConsidered).toBe(QUESTION_BUDGET.maxTerms);

    const answer = bot.ask('When did the call take place?');
    expect(answer.text).toMatch(/14 October/);
    expect(lastQuestionCost().termsConsidered).toBe(lastQuestionCost().termsAsked);
    expect(lastQuestionCost().outOfTime).toBe(false);
  });
});
