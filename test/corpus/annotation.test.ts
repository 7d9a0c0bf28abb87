import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parse.js';
import { annotationOf, buildKnowledgeBase } from '../../src/knowledge-base/knowledge-base.js';
import { loadKnowledgeCache, saveKnowledge } from '../../src/knowledge-base/persist.js';

const STORY = `---
title: A test story
---
Goalkeeper Jane Roe told reporters in Lisbon on 4 March 2024 that the Harbour Rovers paid $2.5 million, or 12% of the budget.

The club did not say who would replace her.
`;

function kb() {
  return buildKnowledgeBase([parseStory('test-story.md', Buffer.from(STORY))]);
}

/** The story's first sentence of text (sentence 0 is its headline). */
const GOALKEEPER = 1;

describe('sentence annotations', () => {
  it('give every token its lemma, part of speech and offsets in the sentence', () => {
    const base = kb();
    const first = annotationOf(base, GOALKEEPER)!;
    const told = first.tokens.find((token) => token.text === 'told')!;
    expect(told).toMatchObject({ lemma: 'tell', pos: 'VERB' });
    expect(base.corpus.sentences[GOALKEEPER]!.text.slice(told.start, told.end)).toBe('told');
    expect(first.tokens.find((token) => token.text === 'reporters')?.lemma).toBe('reporter');
  });

  it('type dates, money, percentages, places and people', () => {
    const entities = annotationOf(kb(), GOALKEEPER)!.entities.map(({ type, text }) => `${type}: ${text}`);
    expect(entities).toEqual(expect.arrayContaining(['date: 4 March 2024', 'money: $2.5 million', 'percent: 12%', 'place: Lisbon']));
    expect(entities.some((entity) => entity.startsWith('person:') && entity.includes('Jane Roe'))).toBe(true);
  });

  it('keep two people joined by "and" apart, and type a name after "aboard" as a place', () => {
    const story = `---\ntitle: Crossing\n---\nJane Roe and John Doe sailed aboard Zorbia Star last week.\n`;
    const base = buildKnowledgeBase([parseStory('crossing.md', Buffer.from(story))]);
    const entities = annotationOf(base, 1)!.entities.map(({ type, text }) => `${type}: ${text}`);
    expect(entities.some((entity) => entity.endsWith('Jane Roe'))).toBe(true);
    expect(entities.some((entity) => entity.endsWith('John Doe'))).toBe(true);
    expect(entities).toContain('place: Zorbia Star');
  });

  it('are undefined for a sentence id outside the corpus', () => {
    expect(annotationOf(kb(), 99)).toBeUndefined();
  });

  it('survive saving and loading the persisted index', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storybot-annotation-'));
    try {
      const built = kb();
      await saveKnowledge(join(dir, 'index'), built, [], 'fingerprint');
      const loaded = await loadKnowledgeCache(join(dir, 'index'), 'fingerprint');
      expect(loaded.status).toBe('hit');
      if (loaded.status !== 'hit') return;
      for (const sentence of built.corpus.sentences) expect(annotationOf(loaded.saved.kb, sentence.id)).toEqual(annotationOf(built, sentence.id));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
