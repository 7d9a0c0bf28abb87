import type { StoryBot } from '../../src/bot.js';

/** How long each answer holds the thread: long enough that questions sent together all arrive during one. */
const HOLD_MS = 300;

/**
 * A stand-in for a core whose every answer is slow (as a hostile question once was): each `ask`
 * records when it starts and ends in `events` and holds the thread, as the synchronous core does.
 * The adapter tests record their acknowledgements in the same list, so they can check the order.
 */
export function slowBot(core: StoryBot, events: string[]): StoryBot {
  return {
    ...core,
    ask(question, options) {
      events.push(`ask-start ${question}`);
      const until = performance.now() + HOLD_MS;
      while (performance.now() < until) {
        // Holding the thread on purpose: nothing else may run, as with a slow synchronous answer.
      }
      try {
        return core.ask(question, options);
      } finally {
        events.push(`ask-end ${question}`);
      }
    },
  };
}
