import type { Sentence } from '../../corpus/corpus.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { ARTICLE, literal } from '../../text/lexicon.js';
import { termsOf } from '../../text/terms.js';
import type { Question } from '../understand/question.js';

/**
 * "What is X?" for an X no entity description covers: a sentence of the story that defines it, as
 * an apposition ("… before the Quillon Fair, the annual market of the valley, …") or with "is" at
 * the start of a sentence ("Zorbism is a form of folk medicine …"). The description must open with
 * an article and a lower-case word: "the Rovers, the Lions and …" is a list, not a description.
 */

/** "what is X?", "what's the X?": X of up to four words. */
const WHAT_IS = /^what(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|an?\s+)?([\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,3})[\s?.!]*$/iu;
/** Where a description ends: a clause break or a relative clause ("… medicine which treats …"). */
const DESCRIPTION_END = /[,;:.()—–]|\s(?:which|that|who|whose|where)\s/;
const MAX_DESCRIPTION_WORDS = 12;
const LOWER_AFTER_ARTICLE = /^\S+\s+\p{Ll}/u;
/** How many of the sentences the index finds for X are read for a definition. */
const SEARCHED = 50;

/** What "what is X?" asks about, if the question has that shape. */
export function definedSubject(question: Question): string | undefined {
  if (question.type !== 'definition' && question.type !== 'thing') return undefined;
  return WHAT_IS.exec(question.text.trim())?.[1];
}

/** A sentence that defines X: X as the sentence writes it, and what it says X is. */
export interface Definition {
  sentence: Sentence;
  subject: string;
  text: string;
}

/** The story's own definition of X, body sentences first. */
export function definedInText(kb: KnowledgeBase, subject: string, isBody: (sentence: Sentence) => boolean): Definition | undefined {
  const name = literal(subject).replace(/\s+/g, '\\s+');
  const apposition = new RegExp(`(?:^|[^\\p{L}\\p{N}])((?:the\\s+)?${name}),\\s+(${ARTICLE}\\s+.*)$`, 'iu');
  const copula = new RegExp(`^((?:the\\s+)?${name})\\s+(?:is|are|was|were)\\s+(${ARTICLE}\\s+.*)$`, 'iu');
  // The index finds the sentences naming X (a scan of every sentence would cost tens of ms at scale).
  const found = kb.index.search(termsOf(subject), SEARCHED).map((result) => kb.corpus.sentences[result.id as number]);
  const sentences = found.filter((sentence): sentence is Sentence => sentence !== undefined && new RegExp(`\\b${name}\\b`, 'i').test(sentence.text));
  for (const sentence of [...sentences.filter(isBody), ...sentences.filter((sentence) => !isBody(sentence))]) {
    const match = copula.exec(sentence.text) ?? apposition.exec(sentence.text);
    const description = match ? descriptionOf(match[2]!) : undefined;
    if (match && description) return { sentence, subject: capitalised(match[1]!), text: description };
  }
  return undefined;
}

/** The description up to its clause's end, if it is short enough to be one. */
function descriptionOf(rest: string): string | undefined {
  const end = DESCRIPTION_END.exec(rest);
  const text = (end ? rest.slice(0, end.index) : rest).trim();
  const words = text.split(/\s+/).length;
  // The patterns match case-blind (the asker's "zorbism" is the story's "Zorbism"), so the
  // lower-case word after the article is checked here.
  return words >= 2 && words <= MAX_DESCRIPTION_WORDS && LOWER_AFTER_ARTICLE.test(text) ? text : undefined;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
