import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StoryBot } from '../../../src/bot.js';
import { openBot } from '../../../src/open.js';
import { testCacheDir } from '../../support/cache-dir.js';

/** A fixed copy of the bundled story (with a url), so story edits cannot change these tests. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../fixtures/adapters/knowledge/', import.meta.url));
export const STORY_TEXT = readFileSync(new URL('witkoff-call.txt', `file://${KNOWLEDGE_DIR}`), 'utf8');

/** Questions containing this make the core throw, to exercise the apology path. */
export const EXPLODE = 'please explode now';

let core: Promise<StoryBot> | undefined;

/** The real core over the fixture story, with one injected failure. */
export async function loadBot(): Promise<StoryBot> {
  core ??= openBot({ knowledgeDir: KNOWLEDGE_DIR, cacheDir: testCacheDir() });
  const bot = await core;
  return {
    ask: (question, options) => {
      if (question.includes(EXPLODE)) throw new Error('injected failure in the core');
      return bot.ask(question, options);
    },
    stories: () => bot.stories(),
    suggest: (typed, limit) => bot.suggest(typed, limit),
    exampleQuestion: () => bot.exampleQuestion(),
  };
}
