import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/answer/understand/understand.js';
import { buildKnowledgeBase } from '../../../src/knowledge-base/knowledge-base.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { mainThing, resolveThing, whatItIs } from '../../../src/answer/understand/main-thing.js';

const CRANE = `---
title: Crane falls on Acme depot in storm
---
A crane fell onto the Acme depot in Millbrook on Sunday night.

The crane had been left standing after work stopped on Friday.

Workers said the crane swayed for an hour in the wind before it came down on the loading bay.
`;
const story = parseStory('crane.md', Buffer.from(CRANE));

describe('what "it" means in a question about a story', () => {
  it('is the title’s common noun the story repeats most: "crane"', () => {
    const kb = buildKnowledgeBase([story]);
    expect(mainThing(kb, kb.corpus.stories[0]!.id)).toBe('crane');
  });

  it('is the story’s main actor when no title noun is repeated and the story never calls the actor "he" or "she"', () => {
    const browser = buildKnowledgeBase([parseStory('browser.md', Buffer.from('---\ntitle: Acme waits for end of Quillon Browser\n---\nQuillon Browser is ten years old. Acme wants Quillon Browser gone.\n\nQuillon Browser has many flaws. Quillon Browser holds 5 percent of the market.\n'))]);
    expect(whatItIs(browser, browser.corpus.stories[0]!.id)).toBe('Quillon Browser');
    const crane = buildKnowledgeBase([story]);
    expect(whatItIs(crane, crane.corpus.stories[0]!.id)).toBe('the crane');
  });

  it('is the story\'s event in "when did it happen?": "fire", never the "engine" the title names first; else its thing', () => {
    const jet = buildKnowledgeBase([parseStory('jet.md', Buffer.from('---\ntitle: Jet lands after engine fire\n---\nA jet landed after one of its engines caught fire.\n\nThe crew saw a fire in the left engine.\n\nThe fire was put out. The engine will be examined.\n'))]);
    const id = jet.corpus.stories[0]!.id;
    expect(whatItIs(jet, id)).toBe('the engine');
    expect(whatItIs(jet, id, 'when did it happen?')).toBe('the fire');
    const bowl = buildKnowledgeBase([parseStory('bowl.md', Buffer.from('---\ntitle: Super Bowl tickets\n---\nThe tickets sold out.\n\nThe tickets cost $40.\n\nMore tickets go on sale.\n'))]);
    // A title with no event: "it" is its thing as for any question.
    expect(whatItIs(bowl, bowl.corpus.stories[0]!.id, 'when did it take place?')).toBe(whatItIs(bowl, bowl.corpus.stories[0]!.id));
  });

  it('is nothing when no title noun is repeated, or only inside a name ("Super" in "Super Bowl")', () => {
    const kb = buildKnowledgeBase([parseStory('bowl.md', Buffer.from('---\ntitle: Super Bowl tickets\n---\nThe Super Bowl sold out.\n\nThe Super Bowl is on Sunday.\n\nThe Super Bowl starts at six.\n'))]);
    expect(mainThing(kb, kb.corpus.stories[0]!.id)).toBeUndefined();
  });

  it('stands in for "it", "its" and a lone "this", never for an "it" that stands for nothing or "this" before a noun', () => {
    expect(resolveThing('where did it come down?', 'the crane')).toBe('where did the crane come down?');
    expect(resolveThing('whats its height', 'the crane')).toBe("whats the crane's height");
    // "its" after a subject the question names is that subject's own.
    expect(resolveThing('how many users did Pathway have at its peak?', 'the app')).toBe('how many users did Pathway have at its peak?');
    expect(resolveThing('Is it true that the depot closed?', 'the crane')).toBe('Is it true that the depot closed?');
    // "do it" is an act the question does not name, never the story's thing.
    expect(resolveThing('why did he do it?', 'the crane')).toBe('why did he do it?');
    expect(resolveThing('who did it?', 'the crane')).toBe('who did it?');
    expect(resolveThing('How much did it cost to build the depot?', 'the crane')).toBe('How much did it cost to build the depot?');
    expect(resolveThing('what is this plan?', 'the crane')).toBe('what is this plan?');
    // "which court was it?", "what kind of plane was it?": the "it" is the thing asked for.
    expect(resolveThing('what kind of plane was it?', 'the engine')).toBe('what kind of plane was it?');
    expect(resolveThing('who said it was too early to say?', 'the engine')).toBe('who said it was too early to say?');
  });

  it('is read into a question about a one-story folder, and not when several stories could be meant', () => {
    const one = buildKnowledgeBase([story]);
    const two = buildKnowledgeBase([story, parseStory('ferry.md', Buffer.from('---\ntitle: Ferry late again\n---\nThe ferry was late again.\n'))]);
    const read = (kb: typeof one): string => {
      const understood = understand({ kb, suggestionsFor: () => [], exampleQuestion: () => '', examples: () => [] }, 'where did it land?');
      return understood.kind === 'question' ? understood.question.text : '';
    };
    expect(read(one)).toBe('where did the crane land?');
    expect(read(two)).toBe('where did it land?');
  });

  it('over several stories, is the thing of the one story that holds every other word asked: "which bay did it come down on?"', () => {
    const kb = buildKnowledgeBase([story, parseStory('ferry.md', Buffer.from('---\ntitle: Ferry late again\n---\nThe ferry was late again.\n'))]);
    const read = (question: string): string => {
      const understood = understand({ kb, suggestionsFor: () => [], exampleQuestion: () => '', examples: () => [] }, question);
      return understood.kind === 'question' ? understood.question.text : '';
    };
    expect(read('which bay did it come down on?')).toBe('which bay did the crane come down on?');
    // "was it …?" stands for nothing; a question with no other word says nothing of which story.
    expect(read('was it late?')).toBe('was it late?');
    expect(read('where did it land?')).toBe('where did it land?');
  });
});
