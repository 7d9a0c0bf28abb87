import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { storyHas } from '../../knowledge-base/story-terms.js';
import { isNoun } from '../../text/lexicon.js';
import { isStopWord, termOf } from '../../text/terms.js';
import type { Ranked, Retrieval } from '../retrieve/rank.js';
import type { Question } from '../understand/question.js';

/**
 * Whether a candidate's story lacks a thing the question names with "the", which another story of
 * the folder has: "who built the bridge?" asks of the story with a bridge, and "Jane Roe …
 * building 500 homes" in an election story answers nothing about it. One story alone, or a
 * noun every story uses, leaves the candidate be.
 */
export function aboutAnotherStorysThing(kb: KnowledgeBase, question: Question, retrieval: Retrieval, ranked: Ranked): boolean {
  if (kb.corpus.stories.length < 2) return false;
  const story = kb.corpus.passages[ranked.sentence.passage]?.storyId;
  if (story === undefined) return false;
  // "When does the strike start?": the verb after the noun is no part of its name.
  const verb = question.mainVerb ? termOf(question.mainVerb.word.toLowerCase()) : null;
  return definiteNouns(question.text).some((term) => {
    if (term === verb) return false;
    if (!kb.index.documentFrequency.has(term)) return false;
    const alternatives = retrieval.terms.find((weighted) => weighted.term === term)?.alternatives ?? new Set([term]);
    return ![...alternatives].some((alternative) => storyHas(kb, story, alternative));
  });
}

/** Nouns a chat question uses for the story itself or for anyone ("the name of the mosque"): no one story's thing. */
const GENERAL = new Set(['story', 'article', 'report', 'news', 'thing', 'things', 'people', 'person', 'man', 'woman', 'time', 'day', 'year', 'name']);

/** The index terms of the common nouns after "the" ("the bridge", "the town librarian"). */
function definiteNouns(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/\bthe\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)/gu)) {
    for (const word of match[1]!.split(/\s+/)) {
      // "the crane fall down": "down" is WordNet's noun too, but a stop word names no story's thing.
      const term = !GENERAL.has(word) && !isStopWord(word) && isNoun(word) ? termOf(word) : null;
      if (term !== null) out.push(term);
    }
  }
  return out;
}
