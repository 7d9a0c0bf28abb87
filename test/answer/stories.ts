import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryBot } from '../../src/bot.js';
import { createBot } from '../../src/engine.js';
import { parseStory } from '../../src/knowledge/parse.js';
import { PROJECT_ROOT } from '../../src/paths.js';

/** Made-up stories for the "say only what the story says" tests: quotations, refusals, plans, questions, possessives. */
export const SAY_FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'say');

export function storyBot(...files: string[]): StoryBot {
  return createBot(files.map((file) => parseStory(file, readFileSync(join(SAY_FIXTURES, file)))));
}

/** The bot over the bundled story in knowledge/. */
export function bundledBot(): StoryBot {
  const file = 'witkoff-call.txt';
  return createBot([parseStory(file, readFileSync(join(PROJECT_ROOT, 'knowledge', file)))]);
}
