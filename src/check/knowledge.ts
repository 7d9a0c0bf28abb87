import { KnowledgeError } from '../knowledge/errors.js';
import { refreshStories } from '../knowledge/refresh.js';

export interface FileReport {
  file: string;
  title?: string;
  passages?: number;
  problem?: string;
}

export interface KnowledgeReport {
  /** Set when the folder itself is unusable (missing, not a folder, no readable story). */
  folderProblem?: string;
  files: FileReport[];
}

/** Reads every story file the bot would read and says, per file, whether it loads and why not. */
export async function checkKnowledge(dir: string): Promise<KnowledgeReport> {
  let refreshed;
  try {
    refreshed = await refreshStories(dir, new Map());
  } catch (error) {
    return { folderProblem: error instanceof KnowledgeError ? error.problem : String(error), files: [] };
  }
  const files: FileReport[] = [
    ...[...refreshed.files].map(([file, { story }]) => ({ file, title: story.title, passages: story.passages.length })),
    ...refreshed.problems.map((problem) => ({ file: problem.file, problem: problem.problem })),
  ].sort((a, b) => a.file.localeCompare(b.file));
  return refreshed.files.size === 0 ? { folderProblem: 'the knowledge folder has no readable story; add a .md or .txt file', files } : { files };
}
