import fc from 'fast-check';
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

  it('keeps the apostrophe of a plural owner: "the ferries\' rival" stays a possessive', () => {
    expect(correct("the funnels' colour").text).toBe("the funnels' colour");
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

  it('corrects at most maxWords words of a long question, leaving the rest as written', () => {
    let tried = 0;
    const many = Array.from({ length: 10 }, () => 'relased').join(' ');
    const out = correctSpelling(many, () => false, () => STORY_WORDS, { maxWords: 3, stop: () => false, tried: (n) => (tried = n) });
    expect(out.text).toBe(`${Array(3).fill('released').join(' ')} ${Array(7).fill('relased').join(' ')}`);
    expect(tried).toBe(3);
    expect(correctSpelling(many, () => false, () => STORY_WORDS, { maxWords: 10, stop: () => true }).corrections).toEqual([]);
  });

  it('finds the same correction as comparing with every vocabulary word', () => {
    const letters = fc.stringMatching(/^[a-z]{4,9}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(letters, fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 60 }), letters, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...'abcdeioust'), fc.integer({ min: 1, max: 3 })), { maxLength: 12 }), (entries, typed, edits) => {
        // Words a few edits from the typed one, so that there is something to find.
        const near = edits.map(([at, letter, count]) => {
          let word = typed;
          for (let i = 0; i < count; i++) {
            const p = (at + i) % word.length;
            word = i % 2 ? `${word.slice(0, p)}${letter}${word.slice(p + 1)}` : `${word.slice(0, p)}${letter}${word.slice(p)}`;
          }
          return [word, (at % 5) + 1] as [string, number];
        });
        const vocabulary = new Map([...entries, ...near]);
        const max = typed.length >= 6 ? 2 : 1;
        let best: { word: string; distance: number; count: number } | undefined;
        for (const [word, count] of vocabulary) {
          const distance = typoDistance(typed, word, max);
          if (distance <= max && (!best || distance < best.distance || (distance === best.distance && count > best.count))) best = { word, distance, count };
        }
        const out = correctSpelling(typed, () => false, () => vocabulary).text;
        expect(out).toBe(isEnglishWord(typed) ? typed : (best?.word ?? typed));
      }),
      { numRuns: 300 },
    );
  });
});

