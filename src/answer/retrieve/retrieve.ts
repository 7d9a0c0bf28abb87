import type { Evidence } from '../say/compose.js';
import { describe } from './describe.js';
import type { Question } from '../understand/question.js';
import { rankSentences, type Retrieval } from './rank.js';
import type { Sentence } from '../../corpus/corpus.js';
import type { AnswerContext } from '../context.js';

/** Stage 2, retrieve: a known definition, or the ranked sentences for the question. */

/**
 * What an answer is chosen from: a known definition, or the ranked sentences for the verifier to
 * weigh; neither when the question names something no story mentions.
 */
export type Prepared =
  | { kind: 'definition'; question: Question; definition: Evidence }
  | { kind: 'mentioned'; question: Question; name: string; sentences: Sentence[] }
  | { kind: 'ranked'; question: Question; retrieval: Retrieval }
  | { kind: 'unknown-names'; question: Question; unknownNames: string[] };

export function prepare(ctx: AnswerContext, analysed: Question): Prepared {
  const described = describe(ctx.kb, analysed);
  if (described?.kind === 'mentioned') return { kind: 'mentioned', question: analysed, name: described.name, sentences: described.sentences };
  const definition = described?.evidence;
  // "Who is X going to meet?" looks like a definition until X turns out not to be a known name.
  const question: Question = definition || analysed.type !== 'definition' ? analysed : { ...analysed, type: /^who/i.test(analysed.text) ? 'person' : 'thing' };
  if (definition) return { kind: 'definition', question, definition };
  const retrieval = rankSentences(ctx.kb, question);
  // A name no story mentions ("Tesla", "Zorbian Guild") means the stories cannot be about it.
  if (retrieval.unknownNames.length > 0) return { kind: 'unknown-names', question, unknownNames: retrieval.unknownNames };
  return { kind: 'ranked', question, retrieval };
}
