import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';

const bot = createBot([
  parseStory(
    'ferries.md',
    Buffer.from('---\ntitle: Ferry firm sets targets\n---\nAcme Ferries carried 2 million passengers last year. Its goal is to cut fares to less than 5 dollars by 2030.\n\nThe firm expects profits to reach 40 million dollars next year.\n\nAcme Ferries planned to add routes, but it sold 300 boats in May.\n'),
  ),
], { abstainBelow: 0 });

describe('a figure the story gives only as a goal or an expectation answers no question about what is', () => {
  it('"how much are the fares?" is not answered by the goal "less than 5 dollars"', () => {
    const answer = bot.ask('how much do the fares cost?');
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/^The story gives that figure only as a goal, an expectation or a threat, not as a fact\./);
    expect(answer.citations[0]?.text).toContain('goal');
  });

  it('"how much profit did it make?" is not answered by an expected profit', () => {
    expect(bot.ask('how much profit did Acme Ferries make?').text).not.toMatch(/^40 million/);
  });

  it('a threat is no fact either: "what was the fine?" is not the daily fine the firm faces if it does not comply', () => {
    const fined = createBot([
      parseStory('fine.md', Buffer.from('---\ntitle: Acme fined\n---\nAcme must change its rules within 90 days or face further daily fines of up to €5 million.\n')),
    ], { abstainBelow: 0 });
    expect(fined.ask('what was the fine?').shortAnswer ?? '').not.toMatch(/5 million/);
    expect(fined.ask('how much could the daily fines be?').shortAnswer).toBe('€5 million');
  });

  it('but a question about the aim takes it, and a stated figure is answered as before', () => {
    expect(bot.ask('how much profit does the firm expect next year?').text).toMatch(/^40 million dollars \[1\]/);
    expect(bot.ask('how many passengers did Acme Ferries carry last year?').text).toMatch(/^2 million/);
    // The plan is another clause's: "but" begins the one the figure is in.
    expect(bot.ask('how many boats did Acme Ferries sell?').text).toMatch(/^300 \[1\]/);
  });
});

describe('a counterfactual says what did not happen, so it answers no question about what did', () => {
  const quarry = createBot([
    parseStory(
      'quarry.md',
      Buffer.from('---\ntitle: Quarry wall collapses\n---\nA quarry wall collapsed in Riverton on Monday, killing two workers.\n\n"Had it happened an hour later, I think the death toll would have been more than forty," said site manager Tom Berg.\n'),
    ),
  ], { abstainBelow: 0 });

  it('"what\'s the death toll?" is not answered by the toll that would have been, but by the deaths there were', () => {
    const answer = quarry.ask("what's the death toll?");
    expect(answer.shortAnswer ?? '').not.toMatch(/forty/);
    expect(answer.text).toMatch(/^Two \[1\]/);
  });

  it('but a question about what would have been takes it, and what the manager said is quoted', () => {
    expect(quarry.ask('what would the death toll have been?').text).toContain('more than forty');
    expect(quarry.ask('what did Tom Berg say?').text).toContain('would have been more than forty');
  });
});
