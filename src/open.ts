import type { StoryBot } from './bot.js';
import { createBot, type EngineOptions } from './engine.js';
import type { KnowledgeError } from './knowledge/errors.js';
import { loadKnowledge } from './knowledge/load.js';

export interface OpenOptions extends EngineOptions {
  knowledgeDir: string;
  /** Told about each file that could not be read; the other stories still load. */
  onProblem?: (problem: KnowledgeError) => void;
}

/** Loads the knowledge folder and returns the bot that answers from it. */
export async function openBot(options: OpenOptions): Promise<StoryBot> {
  const { stories, problems } = await loadKnowledge(options.knowledgeDir);
  for (const problem of problems) options.onProblem?.(problem);
  return createBot(stories, options);
}
