import { describe, expect, it } from 'vitest';
import { correctSpelling, isEnglishWord, typoDistance } from '../../src/text/spelling.js';
import { bundledBot } from '../answer/stories.js';

const STORY_WORDS = new Map([
  ['released', 3],
  ['transcript', 2],
  ['Witkoff', 5],
  ['funnel', 1],
]);
const correct = (text: string) => correctSpelling(text, (word) => [...STORY_WORDS.keys()].some((known) => known.toLowerCase() === word.toLowerCase()), () => STORY_WORDS);

describe('spelling', () => {
  it('judges English words by the word-list package', () => {
    expect(isEnglishWord('released')).toBe(true);
    expect(isEnglishWord('tunnels')).toBe(true);
    expect(isEnglishWord('relased')).toBe(false);
  });

  it('corrects a word that is not English to the closest word the stories use', () => {
    expect(correct('who relased the transcirpt').text).toBe('who released the transcript');
  });

  it('keeps the stories’ spelling of a name', () => {
    expect(correct('who is steve witkof').text).toBe('who is steve Witkoff');
  });

  it('leaves a capitalised word alone: it may name someone the stories never mention', () => {
    expect(correct('When was Witkof born?').text).toBe('When was Witkof born?');
  });

  it('leaves English words alone, even one edit from a story word', () => {
    expect(correct('what tunnel').text).toBe('what tunnel');
  });

  it('leaves a word alone when no story word is close', () => {
    expect(correct('who is zyxwvut').corrections).toEqual([]);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(typoDistance('transcirpt', 'transcript', 2)).toBe(1);
    expect(typoDistance('relased', 'released', 2)).toBe(1);
  });

  it('never repeats a user’s typo in an answer (issue #11: "who relased the transcirpt")', () => {
    const answer = bundledBot().ask('who relased the transcirpt');
    expect(answer.text).toMatch(/^Bloomberg News released the transcript \[1\]\./);
    expect(answer.text).not.toMatch(/relased|transcirpt/);
  });
});
