import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryBot } from '../../src/bot.js';
import { createBot, type EngineOptions } from '../../src/engine.js';
import { parseStory } from '../../src/knowledge/parse.js';
import { PROJECT_ROOT } from '../../src/paths.js';

/** Made-up stories for the "say only what the story says" tests: quotations, refusals, plans, questions, possessives. */
export const SAY_FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'say');

export function storyBot(...files: string[]): StoryBot {
  return storyBotWith({}, ...files);
}

/**
 * Tests of wording (what the bot says once it answers) set the verifier's threshold aside, so
 * they pin the composition whatever the fitted model decides about answering.
 */
export const WORDING: EngineOptions = { abstainBelow: 0 };

/** Made-up stories that also have a question set (test/fixtures/eval/made-up), kept there once. */
const MADE_UP_FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'eval', 'made-up');

export function storyBotWith(options: EngineOptions, ...files: string[]): StoryBot {
  const pathOf = (file: string): string => (existsSync(join(SAY_FIXTURES, file)) ? join(SAY_FIXTURES, file) : join(MADE_UP_FIXTURES, file));
  return createBot(files.map((file) => parseStory(file, readFileSync(pathOf(file)))), options);
}

/** The bot over the bundled story in knowledge/. */
export function bundledBot(options: EngineOptions = {}): StoryBot {
  const file = 'witkoff-call.txt';
  return createBot([parseStory(file, readFileSync(join(PROJECT_ROOT, 'knowledge', file)))], options);
}
