import { describe, expect, it } from 'vitest';
import { possessivesOf, relatesPossessive } from '../../../src/answer/read/possessive.js';
import { storyBotWith } from '../stories.js';

const relates = (sentence: string, question: string): boolean => possessivesOf(question).every((possessive) => relatesPossessive(sentence, possessive));

describe('whose thing a sentence speaks of', () => {
  it('"Acme\'s market share" is there as "Acme\'s share" or "the share of Acme"', () => {
    expect(relates('Acme’s share of the market rose to 12 per cent.', "what is Acme's market share?")).toBe(true);
    expect(relates('The market share of Acme rose to 12 per cent.', "what is Acme's market share?")).toBe(true);
  });

  it('"its share" in a sentence about a rival is not Acme\'s', () => {
    expect(relates('Acme’s rival Brenvar said its share rose to 12 per cent.', "what is Acme's share?")).toBe(false);
  });

  it('"Its profits fell …" opening a sentence is the owner\'s the sentence before names', () => {
    const [possessive] = possessivesOf("why did marrow's profits fall?");
    expect(relatesPossessive('Its profits fell by a fifth after a product recall.', possessive!, 'Marrow employs 4,300 people.')).toBe(true);
    expect(relatesPossessive('Its profits fell by a fifth after a product recall.', possessive!, 'Quillon employs 9,000 people.')).toBe(false);
    expect(storyBotWith({ abstainBelow: 0 }, 'food-merger.md').ask("why did marrow's profits fall?").text).toMatch(/product recall/);
  });

  it('"its peak" is the mill\'s when the sentence names the mill before it, with no other name between', () => {
    expect(relates('The mill opened in 1911 and at its peak in the 1970s employed 1,100 people.', "how many people did the mill employ at the mill's peak?")).toBe(true);
  });
});
