import type { StoryBot } from '../../../src/bot.js';
import { stubBot } from './stub-bot.js';

/** Questions containing this make the core throw, to exercise the apology path. */
export const EXPLODE = 'please explode now';

/** The bot the end-to-end tests talk to, with one injected failure. */
export async function loadBot(): Promise<StoryBot> {
  const core = stubBot();
  return {
    ...core,
    ask(question, options) {
      if (question.includes(EXPLODE)) throw new Error('injected failure in the core');
      return core.ask(question, options);
    },
  };
}
