import { trimSentenceCaches } from '../corpus/term-cache.js';
import { bounded } from './budget.js';
import type { Ranked } from './retrieve/rank.js';
import { decide } from './decide/decide.js';
import type { Turn, AnswerContext, Reply } from './context.js';
import { say } from './say/say.js';
import { understand } from './understand/understand.js';
import { prepare, type Prepared } from './retrieve/retrieve.js';
import { readClaim } from './read/read.js';

/**
 * Answers one question, given what the conversation said before (if anything), within its budget
 * (budget.ts): understand → retrieve (`prepare`) → read (`readClaim`) → decide (decide.ts) → say.
 */
export function answerQuestion(ctx: AnswerContext, raw: string, previous?: Turn): Reply {
  return bounded(() => answerBounded(ctx, raw, previous));
}

function answerBounded(ctx: AnswerContext, raw: string, previous?: Turn): Reply {
  trimSentenceCaches(ctx.kb.corpus);
  const understood = understand(ctx, raw, previous);
  if (understood.kind === 'reply') return understood.reply;
  const { question: analysed, asked, notices } = understood;
  const prepared = prepare(ctx, analysed);
  const claim = readClaim(ctx, prepared);
  const decision = decide(claim, ctx.abstainBelow);
  return say(ctx, prepared.question, decision, asked, notices, ranked(prepared));
}

/** The retrieval's ranked sentences, for "tell me more" to read on through. */
function ranked(prepared: Prepared): Ranked[] {
  return prepared.kind === 'ranked' ? prepared.retrieval.ranked : [];
}
