import { LEMMA } from '../text/lemmas.js';
import { citationOf } from './cite.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { Question } from './question.js';
import { excerpt } from './quote.js';
import type { Ranked } from './rank.js';
import { fill, TEMPLATES } from './templates.js';
import type { Answered } from './types.js';

/** What an answer is built from: the sentence chosen, the short answer, and how sure we are. */
export interface Evidence {
  ranked: Ranked;
  /** For definitions: the description found for the subject. */
  description?: { subject: string; text: string };
  confidence: number;
}

const AUXILIARIES = /^(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|may|might|must)$/i;
const NEGATION = /\b(?:not|never|no|neither|nor)\b|n['’]t\b/i;

/** "released the transcript" can follow an answer; "did he call" cannot. */
function usablePredicate(predicate: string | undefined): predicate is string {
  const verb = predicate?.split(' ')[0] ?? '';
  return verb.length > 0 && !AUXILIARIES.test(verb) && (/ed$/i.test(verb) || LEMMA.has(verb.toLowerCase()) || /s$/i.test(verb));
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
  if (question.type === 'quote') return { text: '', short: span.text };
  if (question.type === 'reason') return { text: `${capitalise(span.text)} [1].`, short: span.text };
  const template =
    question.type === 'person' && usablePredicate(question.predicate)
      ? TEMPLATES.lead.personPredicate
      : TEMPLATES.lead[question.type as keyof typeof TEMPLATES.lead] ?? TEMPLATES.lead.person;
  return { text: capitalise(fill(template, { answer: span.text, predicate: question.predicate ?? '', n: 1 })), short: span.text };
}

export function composeAnswer(kb: KnowledgeBase, question: Question, evidence: Evidence, notices: string[]): Answered {
  const { sentence } = evidence.ranked;
  const found = lead(question, evidence);
  const quote = excerpt(sentence.text, evidence.ranked.span?.start ?? 0);
  const lines = found?.text
    ? [found.text, fill(TEMPLATES.quote, { quote, n: 1 })]
    : [fill(TEMPLATES.quoteAlone, { quote, n: 1 })];
  return {
    question: question.text,
    text: lines.join('\n'),
    abstained: false,
    confidence: evidence.confidence,
    shortAnswer: found?.short ?? null,
    citations: [citationOf(kb, sentence.passage, 1)],
    notices,
  };
}
