import { YEAR_SOURCE } from '../../text/values.js';
import type { Sentence } from '../../corpus/corpus.js';
import { sentenceTerms } from '../../corpus/term-cache.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { isStopWord, termOf } from '../../text/terms.js';
import { words } from '../../text/tokenize.js';
import { isEventNoun, literal } from '../../text/lexicon.js';
import { baseForm } from '../../text/wordnet.js';

/**
 * "Did the quake kill 200?" asks about the story's quake; "… in 1987, when a magnitude 6.8 quake
 * killed 200" introduces another one. An indefinite mention of a noun in its own noun phrase, after
 * the report has used the noun, is a new referent ("another" always is); the headline aside, as a
 * report introduces its subject after it ("A magnitude 6.1 earthquake struck …").
 */

/** Articles that introduce a new one: "a magnitude 6.8 quake", "another quake". */
const INTRODUCING_ARTICLE = /^(?:a|an|another)$/i;
/** How many words may stand between the article and its noun ("a magnitude 6.8 quake"). */
const MAX_MODIFIERS = 3;

/**
 * The article that introduces `noun` in a noun phrase of its own ("a magnitude 6.8 quake", not "a
 * time when the quake"): read on the sentence's words, as it runs for every candidate and title word.
 */
function introducingArticle(text: string, noun: string): string | undefined {
  const lower = noun.toLowerCase();
  if (!text.toLowerCase().includes(lower)) return undefined;
  const list = words(text);
  for (const [at, word] of list.entries()) {
    if (word.toLowerCase() !== lower) continue;
    for (let back = at - 1; back >= Math.max(0, at - 1 - MAX_MODIFIERS); back--) {
      const before = list[back]!;
      if (INTRODUCING_ARTICLE.test(before)) return before;
      if (isStopWord(before.toLowerCase())) break;
    }
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

const YEAR = new RegExp(String.raw`\b${YEAR_SOURCE}\b`, 'g');

/**
 * Whether a sentence tells a past event like the story's own, which the question does not ask
 * about: it introduces another of a noun of the story's title ("The region was last hit by a strong
 * earthquake in 1987, when …" in a report headed "Earthquake shakes …") and dates it with a year
 * the question does not name. Its figures and dates are that event's, not the story's; unless the
 * question asks about an earlier event (`Question.asksEarlier`). A noun the question names with
 * "the" counts as a title's does ("how big is the fire?" over "since 2017, when a fire burned …").
 */
export function tellsPastEvent(kb: KnowledgeBase, sentence: Sentence, questionNumbers: readonly string[], question = ''): boolean {
  const years = sentence.text.match(YEAR) ?? [];
  if (years.length === 0 || years.some((year) => questionNumbers.includes(year))) return false;
  const storyId = kb.corpus.passages[sentence.passage]?.storyId ?? '';
  // Read for every candidate: only a title word the sentence holds is worth the article's pattern.
  const terms = sentenceTerms(kb.corpus, sentence.id);
  const asked = [...question.matchAll(DEFINITE_NOUN)].flatMap((match) => match.slice(1).filter((word) => word !== undefined)).map((word) => ({ word: word.toLowerCase(), term: termOf(word.toLowerCase()) ?? '' }));
  return [...titleWords(kb.corpus.storyById.get(storyId)?.title ?? ''), ...asked].some(({ word, term }) => terms.has(term) && introducesAnother(kb, sentence, word) && datedWith(sentence.text, word));
}

/**
 * Whether the year dates the clause that names the noun ("hit by a strong quake in 1987", "since
 * 2017, when a fire burned …"): "The hall, built in 1872, housed … a weekly market" dates the
 * building, not the market.
 */
function datedWith(text: string, noun: string): boolean {
  const clauses = text.split(/[,;:()]/);
  const at = clauses.findIndex((clause) => new RegExp(`\\b${literal(noun)}\\b`, 'i').test(clause));
  if (at < 0) return true;
  const dated = (clause: string | undefined): boolean => clause !== undefined && new RegExp(YEAR.source).test(clause);
  return dated(clauses[at]) || (/^\s*(?:when|where)\b/i.test(clauses[at]!) && dated(clauses[at - 1]));
}

/** "the fire", "the old bridge": the noun a question names as the story's own, one of the two words after "the". */
const DEFINITE_NOUN = /\bthe\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/gu;

/**
 * "… since 2011, when a three-day walkout grounded its fleet": a figure after a year and "when"
 * is that year's event's, unless the question names the year.
 */
export function inPastWhenClause(text: string, spanStart: number, questionNumbers: readonly string[]): boolean {
  for (const match of text.matchAll(YEAR_WHEN)) if (match.index < spanStart && !questionNumbers.includes(match[1]!)) return true;
  return false;
}

const YEAR_WHEN = new RegExp(String.raw`\b(${YEAR_SOURCE}),?\s+when\b`, 'g');

/** A title word that may name the story's event ("quake", "strike", "collapse"), not a thing in it ("wage" of "a real wage rise since 2015"). */
function namesEvent(word: string): boolean {
  return isEventNoun(word, EVENT_SENSES);
}

/** How many of a title word's senses may make it an event: "collapse" is first a state, then an event. */
const EVENT_SENSES = 3;

/** Titles remembered at most: a corpus brings one per story. */
const MAX_TITLES = 20_000;
const TITLE_WORDS = new Map<string, { word: string; term: string }[]>();

/** A title's content words with their terms, memoised. */
function titleWords(title: string): { word: string; term: string }[] {
  let found = TITLE_WORDS.get(title);
  if (!found) {
    found = words(title)
      .filter((word) => /^\p{L}+$/u.test(word) && !isStopWord(word.toLowerCase()))
      .map((word) => ({ word: word.toLowerCase(), term: termOf(word.toLowerCase()) ?? '' }))
      .filter(({ word, term }) => term !== '' && namesEvent(word));
    if (TITLE_WORDS.size >= MAX_TITLES) TITLE_WORDS.clear();
    TITLE_WORDS.set(title, found);
  }
  return found;
}

/**
 * "Is the document classified?" is not answered by "Grade B documents are the lowest grade of
 * classified documents": a sentence that names the asked thing only in the plural speaks of a
 * class, not of the one thing asked about.
 */
export function onlyAsClass(subject: string, sentence: string): boolean {
  const head = /^the\s+(?:\p{Ll}+\s+)*?(\p{Ll}+)$/u.exec(subject.trim())?.[1];
  if (head === undefined || baseForm(head, 'noun') !== head) return false;
  const said = sentence.toLowerCase();
  return new RegExp(`\\b${literal(head)}e?s\\b`).test(said) && !new RegExp(`\\b${literal(head)}\\b`).test(said);
}

/**
 * Whether a sentence says what a class is of a thing the question asks about with "the": "Grade B
 * documents are the lowest grade" for "what stamp was on the document?". The plural must be what
 * the sentence's present "are" says something of: "strong winds of up to 70 km/h made it hard" is
 * no class of "the wind".
 */
export function speaksOfClass(question: string, sentence: string): boolean {
  return [...question.matchAll(/\bthe\s+(\p{Ll}+)\b/gu)].some((match) => {
    const noun = match[1]!;
    return onlyAsClass(`the ${noun}`, sentence) && new RegExp(`\\b${literal(noun)}e?s\\s+(?:\\p{Ll}+\\s+){0,2}?are\\b`, 'iu').test(sentence);
  });
}
