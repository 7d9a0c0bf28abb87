import { describe, expect, it } from 'vitest';
import { focusFor } from '../../../src/answer/understand/focus.js';
import type { AnswerContext } from '../../../src/answer/context.js';
import { buildKnowledgeBase } from '../../../src/knowledge-base/knowledge-base.js';
import { parseStory } from '../../../src/knowledge/parse.js';

const story = (file: string, title: string, text: string) => parseStory(file, Buffer.from(`---\ntitle: ${title}\n---\n${text}\n`));
const TRIAL = story('trial.md', 'Family on trial', 'Tom Berg and his wife Ann Berg are on trial over the death of their baby, Lina. She died from an infection of the blood.\n\nLina had been ill for months, and her skin broke. Doctors said Lina needed care, but she was kept at home.\n\nA nurse said Lina cried every night.');
const FERRY = story('ferry.md', 'Ferry chief quits', 'Ferry chief Max Brenvar quit on Monday. Brenvar said he was tired.\n\nBrenvar had run the Quillon ferry for ten years, and he built its new pier. Staff said Brenvar was fair.');
const contextOf = (...stories: ReturnType<typeof story>[]): AnswerContext => ({ kb: buildKnowledgeBase(stories), suggestionsFor: () => [], exampleQuestion: () => '', examples: () => [] });

describe('who "she" or "he" is when the conversation has named nobody', () => {
  it('in a story with no main actor, the person it mostly calls "she"', () => {
    expect(focusFor(contextOf(TRIAL), undefined, 'what did she die from?')).toBe('Lina');
  });

  it('among several stories, the one the question’s other words find: "she" died, "he" quit', () => {
    const ctx = contextOf(TRIAL, FERRY);
    expect(focusFor(ctx, undefined, 'what did she die from?')).toBe('Lina');
    expect(focusFor(ctx, undefined, 'why did he quit?')).toBe('Max Brenvar');
  });

  it('nobody, when the question has no other word to find a story by', () => {
    expect(focusFor(contextOf(TRIAL, FERRY), undefined, 'where is she from?')).toBeUndefined();
  });

  it('"his sister" is the sister of the one person the found sentences give one ("Tom’ sister", "Roe’s sister")', () => {
    const farm = story('farm.md', 'Farm sold', "Tom Berg and Jon Lund ran the farm. Jon Lund said he would stay.\n\nTom' sister pleaded with him to sell the farm, but he refused.");
    expect(focusFor(contextOf(farm), undefined, 'what did his sister beg him to do?')).toBe('Tom Berg');
    expect(focusFor(contextOf(farm), undefined, 'what did her sister beg her to do?')).toBeUndefined();
  });
});
