import { LEMMA } from '../text/lemmas.js';
import { citationOf } from './cite.js';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import type { Question } from './question.js';
import { excerpt, MAX_QUOTE_CHARS } from './quote.js';
import type { Ranked } from './rank.js';
import type { Sentence } from '../corpus/corpus.js';
import { fill, TEMPLATES } from './templates.js';
import type { Answered } from './types.js';
import { isAuxiliary } from '../text/lexicon.js';

/** What an answer is built from: the sentence chosen, the short answer, and how sure we are. */
export interface Evidence {
  ranked: Ranked;
  /** A runner-up sentence nearly as good, quoted second: the two often split one fact. */
  second?: Ranked;
  /** For definitions: the description found for the subject. */
  description?: { subject: string; text: string };
  confidence: number;
}

const NEGATION = /\b(?:not|never|no|neither|nor)\b|n['’]t\b/i;

/** "released the transcript" can follow an answer; "did he call" cannot. */
function usablePredicate(predicate: string | undefined): predicate is string {
  const verb = predicate?.split(' ')[0] ?? '';
  return verb.length > 0 && !isAuxiliary(verb) && (/ed$/i.test(verb) || LEMMA.has(verb.toLowerCase()) || /s$/i.test(verb));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lead(question: Question, evidence: Evidence): { text: string; short: string } | undefined {
  const { ranked, description } = evidence;
  const sentence = ranked.sentence.text;
  if (description) {
    return { text: fill(TEMPLATES.lead.definition, { subject: description.subject, answer: description.text, n: 1 }), short: description.text };
  }
  if (question.type === 'yesno') {
    if (ranked.coverage < 0.6) return undefined;
    const no = NEGATION.test(sentence) !== NEGATION.test(question.text);
    return { text: fill(no ? TEMPLATES.lead.no : TEMPLATES.lead.yes, { n: 1 }), short: no ? 'No' : 'Yes' };
  }
  const span = ranked.span;
  if (!span) return undefined;
  // A quote speaks for itself; a "what" span is a guess among names and numbers, so it is not led with.
  if (question.type === 'quote' || question.type === 'thing') return { text: '', short: span.text };
  if (question.type === 'reason') return { text: `${capitalise(span.text)} [1].`, short: span.text };
  const template =
    question.type === 'person' && usablePredicate(question.predicate)
      ? TEMPLATES.lead.personPredicate
      : TEMPLATES.lead[question.type as keyof typeof TEMPLATES.lead] ?? TEMPLATES.lead.person;
  return { text: capitalise(fill(template, { answer: span.text, predicate: question.predicate ?? '', n: 1 })), short: span.text };
}

const count = (text: string, mark: RegExp): number => text.match(mark)?.length ?? 0;

/**
 * The sentence as a reader needs it: one that closes a quotation opened in the sentence before
 * ("… all informal. And let them decide,” Doe told Roe") is quoted from the
 * quotation's start, so the speaker and the words arrive together.
 */
export function quotable(kb: KnowledgeBase, sentence: Sentence): { text: string; offset: number } {
  const previous = kb.corpus.sentences[sentence.id - 1];
  const opens = count(sentence.text, /[“]/g);
  const closes = count(sentence.text, /[”]/g);
  if (closes > opens && previous && previous.passage === sentence.passage && count(previous.text, /[“]/g) > count(previous.text, /[”]/g)) {
    return { text: `${previous.text} ${sentence.text}`, offset: previous.text.length + 1 };
  }
  return { text: sentence.text, offset: 0 };
}

/** The whole answer stays under this, so a chat message stays readable. */
export const MAX_ANSWER_CHARS = 400;
const SECOND_QUOTE_MIN_CHARS = 80;

export function composeAnswer(kb: KnowledgeBase, question: Question, evidence: Evidence, notices: string[]): Answered {
  const { sentence } = evidence.ranked;
  const found = lead(question, evidence);
  const leadText = found?.text ?? '';
  const second = evidence.second;
  const secondMarker = second && second.sentence.passage !== sentence.passage ? 2 : 1;
  // Budget for the quotations: what the lead and the template words leave of the limit.
  const overhead = leadText.length + 16 + (found?.text ? 0 : TEMPLATES.quoteAlone.length);
  const budget = MAX_ANSWER_CHARS - overhead;
  const firstLimit = second ? Math.min(MAX_QUOTE_CHARS, Math.max(budget - SECOND_QUOTE_MIN_CHARS - 12, Math.floor(budget / 2))) : Math.min(MAX_QUOTE_CHARS, budget);
  const first = quotable(kb, sentence);
  const quote = excerpt(first.text, first.offset + (evidence.ranked.span?.start ?? 0), firstLimit);
  const secondLimit = budget - quote.length - 12;
  const quotes = [fill(found?.text ? TEMPLATES.quote : TEMPLATES.quoteAlone, { quote, n: 1 })];
  if (second && secondLimit >= SECOND_QUOTE_MIN_CHARS) {
    const next = quotable(kb, second.sentence);
    quotes.push(fill(TEMPLATES.quote, { quote: excerpt(next.text, next.offset + (second.span?.start ?? 0), secondLimit), n: secondMarker }));
  }
  const lines = found?.text ? [leadText, quotes.join(' ')] : [quotes.join(' ')];
  const citations = [citationOf(kb, sentence.passage, 1)];
  if (quotes.length > 1 && second && secondMarker === 2) citations.push(citationOf(kb, second.sentence.passage, 2));
  return {
    question: question.text,
    text: lines.join('\n'),
    abstained: false,
    confidence: evidence.confidence,
    shortAnswer: found?.short ?? null,
    citations,
    notices,
  };
}
