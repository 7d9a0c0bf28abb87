import { describe, expect, it } from 'vitest';
import { definiteNoun, introducesAnother, tellsPastEvent } from '../../../src/answer/read/another.js';
import { storyBotWith } from '../stories.js';
import { analyzeQuestion } from '../../../src/answer/understand/question.js';
import { buildKnowledgeBase } from '../../../src/knowledge-base/knowledge-base.js';
import { parseStory } from '../../../src/knowledge/parse.js';

const kb = buildKnowledgeBase([
  parseStory('quake.md', Buffer.from('---\ntitle: Earthquake shakes Zorbia\n---\nAn earthquake struck Zorbia on Sunday.\n\nThe earthquake hit at a time when the market was quiet.\n\nIn 1987 a magnitude 6.8 earthquake killed 200 people.\n\nAnother earthquake followed.\n')),
]);
const sentence = (start: string) => kb.corpus.sentences.find((found) => found.text.startsWith(start))!;

describe('another one than the story\'s own', () => {
  it('reads the noun of a definite phrase, and nothing else', () => {
    expect(definiteNoun('the strong earthquake')).toBe('earthquake');
    expect(definiteNoun('Jane Roe')).toBeUndefined();
  });

  it('an indefinite mention after the report used the noun is another one; "another" always is', () => {
    expect(introducesAnother(kb, sentence('In 1987'), 'earthquake')).toBe(true);
    expect(introducesAnother(kb, sentence('Another'), 'earthquake')).toBe(true);
  });

  it('the report introducing its subject after the headline, or "a time when the …", is no other one', () => {
    expect(introducesAnother(kb, sentence('An earthquake struck'), 'earthquake')).toBe(false);
    expect(introducesAnother(kb, sentence('The earthquake hit'), 'earthquake')).toBe(false);
  });

  it('a sentence that dates another of the title\'s thing to a year tells a past event, unless the question asks about that one', () => {
    const past = sentence('In 1987');
    expect(tellsPastEvent(kb, past, analyzeQuestion('how many people were killed?').numbers)).toBe(true);
    expect(tellsPastEvent(kb, past, analyzeQuestion('how many people died in 1987?').numbers)).toBe(false);
    expect(analyzeQuestion('when was the last big earthquake?').asksEarlier).toBe(true);
    expect(analyzeQuestion('how many people were killed?').asksEarlier).toBe(false);
    expect(tellsPastEvent(kb, sentence('An earthquake struck'), analyzeQuestion('how many people were killed?').numbers)).toBe(false);
  });

  it('a noun the question names with "the" counts as the title\'s: "how big is the fire?" is not "in 2017, when a fire burned …"', () => {
    const fires = buildKnowledgeBase([parseStory('fire.md', Buffer.from('---\ntitle: Wildfire near Riverton\n---\nThe fire has burned 8,000 hectares.\n\nIt is the largest in the region since 2017, when a fire burned 15,000 hectares.\n'))]);
    const past = fires.corpus.sentences.find((candidate) => candidate.text.includes('2017'))!;
    expect(tellsPastEvent(fires, past, [], 'how big is the fire?')).toBe(true);
    expect(tellsPastEvent(fires, past, [], 'how big is it?')).toBe(false);
  });

  it('so "how many were killed?" is the story\'s own toll, not the past one', () => {
    expect(storyBotWith({ abstainBelow: 0 }, 'earthquake.md').ask('how many people were killed?').shortAnswer).toMatch(/23/);
    // Asked about the earlier one, the past event answers.
    expect(storyBotWith({ abstainBelow: 0 }, 'earthquake.md').ask('when was the last big earthquake there?').shortAnswer).toMatch(/1987/);
  });
});
