import type { Turn } from '../context.js';
import { FOLLOW_UP } from './followup.js';
import { analyzeQuestion } from './question.js';

/**
 * What a conversation remembers after an abstention: the turn before it (for "he" and "tell me
 * more"), marked as refused so "source?" says the last reply quoted nothing and "when?" asks the
 * refused question again. With no turn before, an empty one that quoted nothing.
 */
export function afterRefusal(previous: Turn | undefined, asked: string): Turn {
  // "tell me more" with nothing more to say refuses nothing new: "when?" still means the last question.
  if (previous) return { ...previous, refused: FOLLOW_UP.more.test(asked) ? (previous.refused ?? previous.question.text) : asked };
  const answer = { kind: 'answer', question: asked, text: '', abstained: false, confidence: 0, shortAnswer: null, citations: [], notices: [] } as const;
  return { question: analyzeQuestion(asked), answer: { ...answer, citations: [], notices: [] }, ranked: [], shown: [], refused: asked };
}
