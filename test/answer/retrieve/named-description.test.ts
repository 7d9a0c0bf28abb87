import { describe, expect, it } from 'vitest';
import { askedNameOf } from '../../../src/answer/retrieve/named-description.js';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';

const story = (text: string) => createBot([parseStory('court.md', Buffer.from(`---\ntitle: Couple on trial\n---\n${text}\n`))]);

describe('"what was the baby’s name?" is the name the story sets after a noun of that kind', () => {
  const trial = story('Tom Berg, 44, and his wife Jane Berg, 41, are on trial over the death of their six-month-old child, Lina.');

  it('reads the person asked about from the question', () => {
    expect(askedNameOf("what was the little girl's name?")).toBe('girl');
    expect(askedNameOf("what's the name of the victim?")).toBe('victim');
    expect(askedNameOf("what was the bridge's name?")).toBeUndefined();
  });

  it('"the baby" and "the little girl" are the story’s "child" (a WordNet synonym; a girl is a "female child")', () => {
    expect(trial.ask("what was the baby's name?").text).toMatch(/^The baby’s name is Lina \[1\]\./);
    expect(trial.ask("what was the little girl's name?").text).toMatch(/^The girl’s name is Lina \[1\]\./);
  });

  it('"what is the father\'s name?" is the person the story makes a father', () => {
    expect(trial.ask("what is the father's name?").text).toMatch(/^The father is Tom Berg \[1\]\./);
  });

  it('names no one when two names stand after such a noun', () => {
    const two = story('One child, Karl, was hurt.\n\nAnother child, Mia, was unharmed.');
    expect(two.ask("what is the child's name?").text).not.toMatch(/name is (?:Karl|Mia)/);
  });
});
