import { fileURLToPath } from 'node:url';
import type { StoryBot } from '../../../src/bot.js';
import { openBot } from '../../../src/open.js';
import { testCacheDir } from '../../support/cache-dir.js';

/** A fixed copy of the bundled story, so these tests do not move when `knowledge/` changes. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../fixtures/adapters/knowledge/', import.meta.url));

/** The real answering core over the fixture story: the Discord tests exercise what users get. */
export function loadStoryBot(): Promise<StoryBot> {
  return openBot({ knowledgeDir: KNOWLEDGE_DIR, cacheDir: testCacheDir() });
}
