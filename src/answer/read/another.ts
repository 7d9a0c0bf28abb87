import type { Sentence } from '../../corpus/corpus.js';
import { sentenceTerms } from '../../corpus/term-cache.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { EARLIER_EVENT_WORDS, literal } from '../../text/lexicon.js';
import type { Question } from '../understand/question.js';
import { isStopWord, termOf } from '../../text/terms.js';
import { words } from '../../text/tokenize.js';

/**
 * "Did the quake kill 200?" asks about the story's quake; "… in 1987, when a magnitude 6.8 quake
 * killed 200" introduces another one. An indefinite mention of a noun in its own noun phrase, after
 * the report has used the noun, is a new referent ("another" always is); the headline aside, as a
 * report introduces its subject after it ("A magnitude 6.1 earthquake struck …").
 */

/** "a magnitude 6.8 quake", "another quake": an indefinite article and up to three words before the noun. */
const introducing = (noun: string): RegExp => new RegExp(`\\b(a|an|another)\\s+((?:[\\p{L}\\d.,-]+\\s+){0,3})${literal(noun)}\\b`, 'giu');

/** The article that introduces `noun` in a noun phrase of its own ("a magnitude 6.8 quake", not "a time when the quake"). */
function introducingArticle(text: string, noun: string): string | undefined {
  for (const match of text.matchAll(introducing(noun))) {
    if ((match[2] ?? '').split(/\s+/).every((word) => word === '' || !isStopWord(word.toLowerCase()))) return match[1];
  }
  return undefined;
}

/** The noun of a definite phrase ("the quake", "the strong quake" → "quake"); undefined for anything else. */
export function definiteNoun(phrase: string): string | undefined {
  return /^the\s+(?:.+\s)?([\p{L}-]+)$/iu.exec(phrase)?.[1];
}

/** Whether the sentence speaks of another `noun` than the story's own (see above); false without a noun. */
export function introducesAnother(kb: KnowledgeBase, sentence: Sentence, noun: string | undefined): boolean {
  const term = noun ? termOf(noun) : null;
  const article = noun ? introducingArticle(sentence.text, noun) : undefined;
  if (!article || term === null) return false;
  if (article.toLowerCase() === 'another') return true;
  const { sentences, passages } = kb.corpus;
  const story = passages[sentence.passage]?.storyId;
  for (let id = sentence.id - 1; id >= 0 && passages[sentences[id]!.passage]?.storyId === story; id--) {
    if (passages[sentences[id]!.passage]?.kind !== 'headline' && sentenceTerms(kb.corpus, id).has(term)) return true;
  }
  return false;
}

const YEAR = /\b(?:1[5-9]|20)\d\d\b/g;

/**
 * Whether a sentence tells a past event like the story's own, which the question does not ask
 * about: it introduces another of a noun of the story's title ("The region was last hit by a strong
 * earthquake in 1987, when …" in a report headed "Earthquake shakes …") and dates it with a year
 * the question does not name, nor asks about an earlier event ("the last big quake"). Its figures
 * and dates are that event's, not the story's.
 */
export function tellsPastEvent(kb: KnowledgeBase, sentence: Sentence, question: Pick<Question, 'text' | 'numbers'>): boolean {
  const years = sentence.text.match(YEAR) ?? [];
  if (years.length === 0 || years.some((year) => question.numbers.includes(year))) return false;
  if (words(question.text).some((word) => EARLIER_EVENT_WORDS.has(word.toLowerCase()))) return false;
  const storyId = kb.corpus.passages[sentence.passage]?.storyId;
  const title = kb.corpus.stories.find((story) => story.id === storyId)?.title ?? '';
  return words(title).some((word) => /^\p{L}+$/u.test(word) && !isStopWord(word.toLowerCase()) && introducesAnother(kb, sentence, word.toLowerCase()));
}
