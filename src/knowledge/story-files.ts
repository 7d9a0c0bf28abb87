import { readdir } from 'node:fs/promises';
import { KnowledgeError } from './errors.js';
import { knowledgeFolderProblem } from './folder.js';

/**
 * Which entries of the knowledge folder are stories, decided from the name alone, before anything
 * is opened or even looked at: a `video.mp4` or a `.env` beside the stories is never touched.
 */
export const STORY_EXTENSIONS = ['.md', '.txt'] as const;

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

const WHAT_TO_DO = 'create it with one .md or .txt file per story, or point KNOWLEDGE_DIR / --knowledge at one';

/** The story file names of a knowledge folder, sorted; throws a KnowledgeError when the folder itself is unusable. */
export async function listStoryFiles(dir: string): Promise<string[]> {
  const problem = knowledgeFolderProblem(dir);
  if (problem) throw new KnowledgeError(dir, `the knowledge folder ${problem}; ${WHAT_TO_DO}`);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new KnowledgeError(dir, `the knowledge folder cannot be read (${(error as NodeJS.ErrnoException).code}); ${WHAT_TO_DO}`);
  }
  return names.filter(isStoryFile).sort();
}
