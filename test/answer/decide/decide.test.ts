import { describe, expect, it } from 'vitest';
import { decide, type Claim } from '../../../src/answer/decide/decide.js';
import type { Ranked } from '../../../src/answer/retrieve/rank.js';
import { bundledBot, storyBot } from '../stories.js';

const ranked = (text: string): Ranked => ({ sentence: { id: 0, passage: 0, index: 0, text }, score: 1, coverage: 1, contextCoverage: 1, rareTermFound: true });
const span = (probability: number): Claim => ({ kind: 'span', evidence: { ranked: ranked('Roe won.'), confidence: probability }, probability });

describe('one decision for every claim', () => {
  it('says a claim whose probability reaches the threshold, and abstains below it', () => {
    expect(decide(span(0.5), 0.5)).toMatchObject({ say: true, confidence: 0.5 });
    expect(decide(span(0.1), 0.5)).toMatchObject({ say: false, why: 'no-evidence' });
  });

  it('keeps a refused claim near the threshold as the closest evidence to show, and none far below it', () => {
    const near = decide(span(0.49), 0.5);
    expect(near).toMatchObject({ say: false, why: 'uncertain' });
    expect(near.say === false && near.closest?.ranked.sentence.text).toBe('Roe won.');
    expect(decide(span(0.1), 0.5)).toMatchObject({ say: false, why: 'no-evidence' });
  });

  it('gives an abstention the probability that the stories do not answer as its confidence', () => {
    const decision = decide(span(0.3), 0.5);
    expect(decision.say).toBe(false);
    expect(decision.confidence).toBe(0.7);
  });

  it('a yes/no question neither affirmed nor denied quotes its best sentence when probable, never as a verdict; else "doesn’t say whether"', () => {
    const quoted: Claim = { kind: 'span', evidence: { ranked: ranked('Roe no longer backs the plan.'), confidence: 0.8 }, probability: 0.8, otherwise: 'unsaid' };
    expect(decide(quoted, 0.5)).toMatchObject({ say: true, claim: { kind: 'span' } });
    const refused = decide({ ...quoted, probability: 0.3 }, 0.5);
    expect(refused).toMatchObject({ say: false, why: 'unsaid' });
    expect(refused.say === false && refused.closest?.ranked.sentence.text).toBe('Roe no longer backs the plan.');
  });
});

describe('a reply that says the story does not say something is an abstention', () => {
  it('"Has Witkoff met Putin yet?" is kind abstained, abstained, and cites the closest the story comes', () => {
    const answer = bundledBot().ask('Has Witkoff met Putin yet?');
    expect(answer.kind).toBe('abstained');
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/^The story doesn’t say/);
    expect(answer.citations.length).toBeGreaterThan(0);
  });
});

describe('who did what to whom', () => {
  it('"Did Riverton beat Harbor City?" is never "Yes" when the story says Harbor City defeated Riverton', () => {
    const answer = storyBot('cup-final.md').ask('Did Riverton beat Harbor City?');
    expect(answer.text).not.toMatch(/\bYes\b/);
  });

  it('"Did Harbor City beat Riverton?" is "Yes", citing the sentence that says so', () => {
    const answer = storyBot('cup-final.md').ask('Did Harbor City beat Riverton?');
    expect(answer.text).toMatch(/^Yes/);
    expect(answer.citations[0]?.text).toContain('Harbor City defeated Riverton');
  });
});
