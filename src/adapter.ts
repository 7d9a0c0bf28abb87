import type { StoryBot } from './bot.js';
import type { Env } from './config.js';
import type { Logger } from './log.js';

/** What the entry point hands a platform adapter when it starts it. */
export interface AdapterDeps {
  bot: StoryBot;
  env: Env;
  logger: Logger;
}

/** A started adapter: `stop()` stops taking messages, finishes answers in flight, disconnects. */
export interface RunningAdapter {
  readonly name: string;
  stop(): Promise<void>;
}

export type StartAdapter = (deps: AdapterDeps) => Promise<RunningAdapter>;
