import type { StoryBot } from './bot.js';

/**
 * The first answer pays for JIT compilation and for mining the suggestion catalogue (autocomplete,
 * "did you mean"): a long-running bot pays it at start-up, not inside a platform's 3-second window.
 */
export function warmUp(bot: StoryBot): void {
  bot.suggest('', 1);
  bot.ask(bot.exampleQuestion());
}
