import { describe, expect, it } from 'vitest';
import { createEngine, prepareSteps } from '../../src/engine.js';
import { buildKnowledgeBase } from '../../src/knowledge-base/knowledge-base.js';
import { parseStory } from '../../src/knowledge/parse.js';

/**
 * What answering derives from a whole version on first use (the spelling vocabulary, passage
 * positions) is prepared ahead in steps during a reload, so the first questions after the swap do
 * not pay for it. Prepared or not, every answer must be the same.
 */
const STORIES = 60;
function story(n: number): string {
  const paragraphs = Array.from(
    { length: 6 },
    (_, p) => `Council member Alex Example${n} said on Monday that the depot in district ${n} would get ${p + 3} new buses. The transcript of meeting ${n}-${p} was released by the clerk.`,
  );
  return `---\ntitle: Transit plan ${n}\n---\n${paragraphs.join('\n\n')}\n`;
}
const HARBOUR = '---\ntitle: Harbour report\n---\nThe harbour master Jane Doe released the inspection transcript on Friday.\n';
const kbOf = () =>
  buildKnowledgeBase([...Array.from({ length: STORIES }, (_, n) => parseStory(`story-${n}.md`, Buffer.from(story(n)))), parseStory('harbour.md', Buffer.from(HARBOUR))]);

describe('preparing a version ahead of its first questions', () => {
  it('runs in many small steps and changes no answer, typo corrections and follow-ups included', () => {
    const prepared = kbOf();
    const steps = prepareSteps(prepared);
    let pauses = 0;
    while (!steps.next().done) pauses += 1;
    // 60 stories × 6 paragraphs × 2 sentences: the vocabulary alone pauses every 256 sentences.
    expect(pauses).toBeGreaterThan(3);

    const questions = ['who relased the inspection transcirpt?', 'tell me more', 'How many new buses will the depot in district 12 get?', 'source?'];
    const ask = (bot: ReturnType<typeof createEngine>) => questions.map((question) => bot.ask(question, { conversationId: 'c' }));
    const fresh = ask(createEngine(kbOf()));
    expect(ask(createEngine(prepared))).toEqual(fresh);
    // The typo was corrected from the prepared vocabulary: the answer names who released it.
    expect(fresh[0]).toMatchObject({ kind: 'answer', shortAnswer: 'Jane Doe' });
  });
});
