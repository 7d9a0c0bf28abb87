import type { Turn } from '../context.js';
import { FOLLOW_UP } from './followup.js';
import { shortFollowUp } from './frame.js';
import { analyzeQuestion } from './question.js';

/**
 * What a conversation remembers after an abstention: the turn before it (for "he" and "tell me
 * more"), marked as refused so "source?" says the last reply quoted nothing and "when?" asks the
 * refused question again. With no turn before, an empty one that quoted nothing.
 */
export function afterRefusal(previous: Turn | undefined, asked: string): Turn {
  // "tell me more" with nothing more to say refuses nothing new, nor does a refused "why?": "where?"
  // after it still means the last full question.
  const refusedNothingNew = FOLLOW_UP.more.test(asked) || shortFollowUp(asked) !== undefined;
  if (previous) return { ...previous, refused: refusedNothingNew ? (previous.refused ?? previous.question.text) : asked };
  const answer = { kind: 'answer', question: asked, text: '', abstained: false, confidence: 0, shortAnswer: null, citations: [], notices: [] } as const;
  return { question: analyzeQuestion(asked), answer: { ...answer, citations: [], notices: [] }, ranked: [], shown: [], refused: asked };
}
