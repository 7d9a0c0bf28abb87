import { describe, expect, it } from 'vitest';
import { expandChatWords } from '../../src/text/chat-words.js';

describe('chat shorthand written out before a question is read', () => {
  it('writes out shorthand and restores left-out apostrophes: "how many ppl", "whats", "wen"', () => {
    expect(expandChatWords('how many ppl were killed')).toBe('how many people were killed');
    expect(expandChatWords('whats the story about')).toBe("what's the story about");
    expect(expandChatWords('wen was the call')).toBe('when was the call');
  });

  it('reads "stats" and "pics" as the words a report writes: statistics, pictures', () => {
    expect(expandChatWords("where does IE rank in PC World's traffic stats?")).toBe("where does IE rank in PC World's traffic statistics?");
    expect(expandChatWords('what did the pics show')).toBe('what did the pictures show');
  });

  it('keeps a capital where the shorthand had one, and leaves words of their own alone', () => {
    expect(expandChatWords('Wat happened? its over')).toBe('What happened? its over');
  });

  it('leaves a letter of a dotted name alone: "the U.S." is no "the You.S."', () => {
    expect(expandChatWords('were they sold in the U.S.?')).toBe('were they sold in the U.S.?');
    expect(expandChatWords('r u sure')).toBe('are you sure');
  });
});
