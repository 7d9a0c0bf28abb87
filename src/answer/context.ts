import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import type { Question } from './understand/question.js';
import type { Ranked } from './retrieve/rank.js';
import type { VerifierModel } from './read/verifier.js';
import type { About, Answer, Answered } from './types.js';

/** What every stage of the answer pipeline is given (the knowledge, the verifier, suggestions) and what a conversation remembers. */

/** What a conversation remembers of its last answered question. */
export interface Turn {
  question: Question;
  /** An answer from passages, or a story's summary (so "tell me more" reads on through the story). */
  answer: Answered | About;
  ranked: Ranked[];
  /** Passages already quoted, so "tell me more" moves on. */
  shown: number[];
  /** Who the conversation is about, for "he"/"she" in the next question. */
  focus?: string;
  /**
   * The question the last reply refused, when the conversation's last reply was an abstention: it
   * quoted nothing, so "source?" must not show this turn's older sources. The turn itself is kept
   * for "he" and "tell me more".
   */
  refused?: string;
}

export interface AnswerContext {
  kb: KnowledgeBase;
  /** Answerable questions close to a text, for "did you mean". */
  suggestionsFor(text: string, limit: number): string[];
  exampleQuestion(): string;
  /** A few varied questions the stories can answer, for greetings and help. */
  examples(limit: number): string[];
  /** The fitted verifier to answer with; the committed one (data/verifier.json) when absent. */
  verifier?: VerifierModel;
  /** Overrides ABSTAIN_BELOW; only the evaluation's precision-coverage curve sets it (to 0). */
  abstainBelow?: number;
}

export interface Reply {
  answer: Answer;
  /** The turn to remember, when this answer can be followed up. */
  turn?: Turn;
}
