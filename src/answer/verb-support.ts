import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import { synonymsOf as closeSynonyms } from '../text/synonyms.js';
import { termOf } from '../text/terms.js';
import { synonymsOf } from '../text/wordnet.js';
import { isTyped } from './answer-types.js';
import type { Question } from './question.js';
import { contextTerms, type Ranked } from './rank.js';

/** Verbs that say little of their own ("what did he do", "what happened"): never required. */
const LIGHT_VERBS = /^(?:be|do|have|get|make|go|happen|say|tell|take|give|come|use|want|think|know|see|become|let|put|keep)$/;
/** How many of a verb's WordNet senses lend synonyms that may stand in for it. */
const VERB_SENSES = 3;

/**
 * The terms that can stand for the question's main verb: its own, its close synonyms and its
 * WordNet synonyms ("charged" → charge, accuse …). Undefined when the question has no content
 * verb to account for, or asks for a typed span.
 */
export function verbTerms(question: Question): ReadonlySet<string> | undefined {
  const verb = question.mainVerb;
  // A typed answer ("which region", "when") is held to its span; an open "what …?" or "why …?" has
  // only the sentence, so the sentence must say what was asked.
  if (!verb || LIGHT_VERBS.test(verb.lemma) || isTyped(question.type) && question.type !== 'reason') return undefined;
  const words = [verb.lemma, ...synonymsOf(verb.lemma, 'verb', VERB_SENSES).filter((word) => !word.includes('_'))];
  const terms = words.map((word) => termOf(word)).filter((term): term is string => term !== null);
  return new Set(terms.flatMap((term) => [term, ...closeSynonyms(term)]));
}

/**
 * Whether the sentence or its passage says what the question's verb asks ("charged" is not
 * "changed"): the main verb is a salient part of the question, and evidence that never says it
 * answers another question.
 */
export function accountsForVerb(kb: KnowledgeBase, ranked: Ranked, terms: ReadonlySet<string> | undefined): boolean {
  if (!terms) return true;
  const present = contextTerms(kb, ranked.sentence.passage);
  for (const term of terms) if (present.has(term)) return true;
  return false;
}
