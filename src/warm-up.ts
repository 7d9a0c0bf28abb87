import type { StoryBot } from './bot.js';
import { runToEnd, type Steps } from './steps.js';

/**
 * The first answer pays for JIT compilation and for mining the suggestion catalogue (autocomplete,
 * "did you mean"): a long-running bot pays it at start-up, not inside a platform's 3-second window.
 */
export function warmUp(bot: StoryBot): void {
  runToEnd(warmUpSteps(bot));
}

/** `warmUp` with a pause between its parts (a reload warms a new version between answers). */
export function* warmUpSteps(bot: StoryBot): Steps<void> {
  bot.suggest('', 1);
  yield;
  bot.ask(bot.exampleQuestion());
}
