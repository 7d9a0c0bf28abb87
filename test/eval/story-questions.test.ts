import { describe, expect, it } from 'vitest';
import { passes } from '../../src/eval/score.js';
import { loadQuestionSet, QUESTION_SETS } from '../../src/eval/sets.js';

/**
 * One test per question of the shared and our own story sets: the answer must hold one of the
 * expected facts and cite a passage that shows it, or abstain when the story cannot answer.
 */
const KNOWN_FAILURES = new Map<string, string>([
  // The fitted verifier (data/verifier.json) gives these right answers a probability below
  // ABSTAIN_BELOW and abstains: precision first. See data/verifier-report.md for the trade-off.
  ['own-20', 'verifier abstains: "published" vs "released", a name question'],
  ['own-02', 'leads with "29 October", the date of another call: the sentence dating this one says "discussion", not "call"'],
  ['own-21', 'answers 20 (Witkoff\'s 20-point plan): "trump\'s peace plan" is the 28-point plan, which the quotation calls "a 20-point Trump plan"'],
]);

for (const set of QUESTION_SETS.filter((candidate) => candidate.name.startsWith('story'))) {
  describe(set.name, async () => {
    const { bot, questions } = await loadQuestionSet(set);
    for (const question of questions) {
      const known = KNOWN_FAILURES.get(question.id);
      // A known failure is expected to fail: when it starts passing this test says so, to be moved.
      const test = known ? it.fails : it;
      test(`${question.id}: ${question.question}${known ? ` (known failure: ${known})` : ''}`, () => {
        const answer = bot.ask(question.question);
        const shown = answer.abstained ? 'abstained' : answer.text;
        expect(passes(question, answer), shown).toBe(true);
        // An answer that leads with a claim leads with the right one, not only quotes it further down.
        const lead = answer.text.split('\n')[0]!.replace(/“[^”]*”/g, '');
        const facts = question.expect.answer_any ?? question.expect.answer_all ?? [];
        // A quotation, the story's or a speaker's ("Jane Roe said: …"), claims nothing of its own.
        if (!answer.abstained && !/^The story says:|^[^:“]{1,60} said:|^(?:Yes|No)\b/.test(lead) && facts.length > 0) {
          expect(facts.some((fact) => lead.toLowerCase().includes(fact.toLowerCase())), `lead: ${lead}`).toBe(true);
        }
        if (!answer.abstained) {
          expect(answer.text.length).toBeLessThan(400);
          expect(answer.citations.length).toBeLessThanOrEqual(3);
        }
      });
    }
  });
}
