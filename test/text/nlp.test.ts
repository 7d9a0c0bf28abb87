import { describe, expect, it } from 'vitest';
import { tag, tagAll } from '../../src/text/nlp.js';

describe('tagAll', () => {
  it('tags each text as tag() does alone, also after a text with no closing punctuation (a headline, a dateline)', () => {
    const texts = ['Harbour Rovers sign a new goalkeeper', 'Monday, 4 March 2024', 'Jane Roe told reporters in Lisbon on 4 March 2024 that the club paid $2.5 million, or 12% of the budget.'];
    const together = tagAll(texts);
    texts.forEach((text, at) => expect(together[at], text).toEqual(tag(text)));
  });
});
