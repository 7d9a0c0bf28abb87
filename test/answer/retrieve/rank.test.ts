import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';

/** A made-up report that says everything in other words than a reader would ask it. */
const BLAST = `---
title: Blast at the Acme works
---
A gas explosion tore through the Acme works in Millbrook on Tuesday, killing 40 workers and wounding three others.

The explosion occurred shortly after the night shift began, the fire service said.
`;
// How the evidence is found and read, whatever the verifier decides about answering (threshold set aside).
const blast = createBot([parseStory('blast.md', Buffer.from(BLAST))], { abstainBelow: 0 });

describe('ranking: the story’s words for the question’s', () => {
  it('answers "how many people were injured?" with the figure beside "wounding", not the one beside "killing"', () => {
    const answer = blast.ask('How many people were injured?');
    expect(answer.shortAnswer).toMatch(/\b(?:3|three)\b/i);
    expect(answer.citations[0]?.text).toMatch(/wounding three/);
  });

  it('answers "how many workers died?" from "killing 40 workers"', () => {
    const answer = blast.ask('How many workers died?');
    expect(answer.shortAnswer).toMatch(/\b40\b/);
    expect(answer.citations[0]?.text).toMatch(/killing 40 workers/);
  });
});
