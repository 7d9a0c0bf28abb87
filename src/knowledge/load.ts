import { KnowledgeError } from './errors.js';
import { storyIdOf } from './parse.js';
import { refreshStories, type ReadOptions } from './refresh.js';
import type { Story } from './types.js';

export { isStoryFile, listStoryFiles, STORY_EXTENSIONS } from './story-files.js';
export { MAX_FILE_BYTES } from './read-file.js';

export interface LoadedKnowledge {
  stories: Story[];
  /** Files that could not be read as stories; the others still load. */
  problems: KnowledgeError[];
}

/** Reads every story in a folder. Throws only when the folder itself is unusable or holds no story. */
export async function loadKnowledge(dir: string, options: ReadOptions = {}): Promise<LoadedKnowledge> {
  const { files, problems } = await refreshStories(dir, new Map(), options);
  if (files.size === 0) {
    const detail = problems.length > 0 ? ` (${problems.map((problem) => problem.message).join('; ')})` : '';
    throw new KnowledgeError(dir, `the knowledge folder has no readable story${detail}; add a .md or .txt file`);
  }
  return { stories: [...files.values()].map((entry) => entry.story), problems };
}

export { storyIdOf };
