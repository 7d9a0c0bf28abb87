import { answerQuestion } from './answer/answerer.js';
import type { AnswerContext } from './answer/context.js';
import { prepareSpelling } from './answer/understand/understand.js';
import { afterRefusal } from './answer/understand/refused-turn.js';
import { preparePassagePositions, turnFromRecord, turnToRecord, type TurnRecord } from './answer/turn-record.js';
import type { Steps } from './steps.js';
import { prepareStoryParts } from './corpus/story-parts.js';
import { buildKnowledgeBase, type KnowledgeBase } from './knowledge-base/knowledge-base.js';
import { buildCatalogue, matchCatalogue, pickExamples, relatedQuestions } from './answer/say/suggestions.js';
import { storyInfos } from './answer/understand/intents/stories.js';
import type { Answer } from './answer/types.js';
import type { AskOptions, StoryBot, StoryInfo } from './bot.js';
import { createConversationStore, type ConversationStore } from './conversation.js';
import type { Story } from './knowledge/types.js';
import type { VerifierModel } from './answer/read/verifier.js';

export interface EngineOptions {
  maxConversations?: number;
  conversationTtlMs?: number;
  /** The verifier to answer with (the evaluation passes held-out ones); the committed one by default. */
  verifier?: VerifierModel;
  /** Overrides the abstention threshold (the evaluation's precision-coverage curve only). */
  abstainBelow?: number;
  /**
   * Conversations kept across versions of the knowledge (a live bot passes one store to each
   * version it builds): a turn is plain data, resolved against the version answering.
   */
  conversations?: ConversationStore<TurnRecord>;
  /** The suggestion catalogue, when it was already built elsewhere (the reload worker: see `suggestionCatalogue`). */
  catalogue?: readonly string[];
}

const FALLBACK_EXAMPLE = 'What is the story about?';

/** The StoryBot over one version of the knowledge: answers, conversations, suggestions. */
export function createEngine(kb: KnowledgeBase, options: EngineOptions = {}): StoryBot {
  const conversations = options.conversations ?? createConversationStore<TurnRecord>(options.maxConversations, options.conversationTtlMs);
  let catalogue: string[] | undefined = options.catalogue ? [...options.catalogue] : undefined;
  const context: AnswerContext = {
    kb,
    suggestionsFor: (text, limit) => relatedQuestions(questions(), text, limit),
    exampleQuestion: () => questions()[0] ?? FALLBACK_EXAMPLE,
    examples: (limit) => pickExamples(questions(), limit),
    ...(options.verifier ? { verifier: options.verifier } : {}),
    ...(options.abstainBelow !== undefined ? { abstainBelow: options.abstainBelow } : {}),
  };
  // Built on first use: it asks the answerer every candidate, which start-up need not wait for.
  const questions = (): string[] => (catalogue ??= suggestionCatalogue(kb, options.verifier));

  return {
    ask(question: string, askOptions: AskOptions = {}): Answer {
      const { conversationId: id, memory } = askOptions;
      const remembered = memory ? memory.previous : id === undefined ? undefined : conversations.get(id);
      const previous = remembered && turnFromRecord(kb, remembered);
      const reply = answerQuestion(context, question, previous);
      // A refusal is remembered; "source?" with nothing before it ('no-context') is not a question.
      const refused = reply.answer.kind === 'abstained' && reply.answer.reason !== 'no-context' && reply.answer.question.length > 0;
      const turn = reply.turn ?? (refused ? afterRefusal(previous, reply.answer.question) : undefined);
      if (turn) {
        const next = turnToRecord(kb, turn);
        if (memory) memory.next = next;
        else if (id !== undefined) conversations.set(id, next);
      }
      return reply.answer;
    },
    stories: (): StoryInfo[] => storyInfos(kb.corpus.stories),
    suggest: (typed, limit = 25) => matchCatalogue(questions(), typed, limit),
    exampleQuestion: () => context.exampleQuestion(),
  };
}

/**
 * The questions autocomplete and "did you mean" offer: every candidate the answerer can answer.
 * The costliest part of warming a new version (about a second per 20,000 passages), so the
 * reload worker builds it next to the index and hands it over with it.
 */
export function suggestionCatalogue(kb: KnowledgeBase, verifier?: VerifierModel): string[] {
  // Answering a candidate must not reach for the catalogue being built (an abstention asks for an
  // example question): this context has fixed examples, so building it cannot recurse.
  const context: AnswerContext = { kb, suggestionsFor: () => [], exampleQuestion: () => FALLBACK_EXAMPLE, examples: () => [], ...(verifier ? { verifier } : {}) };
  return buildCatalogue(kb, (question) => answerQuestion(context, question).answer.kind === 'answer');
}

/**
 * What answering derives from a whole version on first use (the spelling vocabulary, passage
 * positions), computed ahead and pausing on the way: a reload runs it between answers before the
 * swap, so the first questions the new version answers do not pay for it.
 */
export function* prepareSteps(kb: KnowledgeBase): Steps<void> {
  yield* prepareSpelling(kb);
  yield* preparePassagePositions(kb);
  yield* prepareStoryParts(kb.corpus);
}

export function createBot(stories: Story[], options?: EngineOptions): StoryBot {
  return createEngine(buildKnowledgeBase(stories), options);
}
