import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { KnowledgeError } from './errors.js';
import { parseStory, storyIdOf } from './parse.js';
import type { Story } from './types.js';

export const STORY_EXTENSIONS = ['.md', '.txt'] as const;
const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface LoadedKnowledge {
  stories: Story[];
  /** Files that could not be read as stories; the others still load. */
  problems: KnowledgeError[];
}

/** Story files of a folder: `.md`/`.txt`, not hidden, not `_draft`-style, not a README. */
export function isStoryFile(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    STORY_EXTENSIONS.some((ext) => lower.endsWith(ext)) &&
    !lower.startsWith('.') &&
    !lower.startsWith('_') &&
    !lower.startsWith('readme.')
  );
}

export async function listStoryFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${code})`;
    throw new KnowledgeError(dir, `the knowledge folder ${why}; create it with one .md or .txt file per story, or point KNOWLEDGE_DIR / --knowledge at one`);
  }
  return names.filter(isStoryFile).sort();
}

async function readStory(dir: string, name: string): Promise<Story> {
  const path = join(dir, name);
  const info = await stat(path);
  if (!info.isFile()) throw new KnowledgeError(name, 'is not a regular file');
  if (info.size > MAX_FILE_BYTES) throw new KnowledgeError(name, `is ${info.size} bytes; the limit is ${MAX_FILE_BYTES} per story`);
  return parseStory(name, await readFile(path));
}

/** Reads every story in a folder. Throws only when the folder itself is unusable or holds no story. */
export async function loadKnowledge(dir: string): Promise<LoadedKnowledge> {
  const names = await listStoryFiles(dir);
  const stories: Story[] = [];
  const problems: KnowledgeError[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    try {
      const story = await readStory(dir, name);
      const clash = seen.get(story.id);
      if (clash) throw new KnowledgeError(name, `has the same story id "${story.id}" as ${clash}; rename one of them`);
      seen.set(story.id, name);
      stories.push(story);
    } catch (error) {
      problems.push(error instanceof KnowledgeError ? error : new KnowledgeError(name, String(error)));
    }
  }
  if (stories.length === 0) {
    const detail = problems.length > 0 ? ` (${problems.map((problem) => problem.message).join('; ')})` : '';
    throw new KnowledgeError(dir, `the knowledge folder has no readable story${detail}; add a .md or .txt file`);
  }
  return { stories, problems };
}

export { storyIdOf };
