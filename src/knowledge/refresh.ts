import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { changesBetween, type StoryChanges } from './changes.js';
import { KnowledgeError } from './errors.js';
import { listStoryFiles, readStory } from './load.js';
import type { Story } from './types.js';

/** The last good version of one story file, and a fingerprint of the bytes it was read from. */
export interface FileEntry {
  story: Story;
  hash: string;
}

export interface Refreshed {
  /** File name → the story to serve: its new version, or the last good one when it no longer parses. */
  files: Map<string, FileEntry>;
  /** Files that failed this time (their previous good version, if any, is still in `files`). */
  problems: KnowledgeError[];
  /** False when nothing a reader could see changed, so the index need not be rebuilt. */
  changed: boolean;
  /** The files added, updated or removed, for the reload notice. */
  changes: StoryChanges;
}

export async function fingerprint(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

/**
 * Re-reads a knowledge folder against the previous good state. A file that fails to parse keeps
 * its previous good version (an operator's half-finished edit must not make a story vanish); a
 * file that is gone is dropped. Throws a KnowledgeError only when the folder itself is unusable.
 */
export async function refreshStories(dir: string, previous: ReadonlyMap<string, FileEntry>): Promise<Refreshed> {
  const names = await listStoryFiles(dir);
  const files = new Map<string, FileEntry>();
  const problems: KnowledgeError[] = [];
  const owners = new Map<string, string>();
  for (const name of names) {
    const before = previous.get(name);
    try {
      const hash = await fingerprint(join(dir, name));
      const story = before && before.hash === hash ? before.story : await readStory(dir, name);
      const clash = owners.get(story.id);
      if (clash) throw new KnowledgeError(name, `has the same story id "${story.id}" as ${clash}; rename one of them`);
      owners.set(story.id, name);
      files.set(name, { story, hash });
    } catch (error) {
      // Vanished between listing and reading: an editor mid-rename; the next event settles it.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        if (before) files.set(name, before);
        continue;
      }
      problems.push(error instanceof KnowledgeError ? error : new KnowledgeError(name, String(error)));
      if (before && !owners.has(before.story.id)) {
        owners.set(before.story.id, name);
        files.set(name, before);
      }
    }
  }
  const changes = changesBetween(previous, files);
  const changed = changes.added.length + changes.updated.length + changes.removed.length > 0;
  return { files, problems, changed, changes };
}

/**
 * The file map of stories that were loaded another way (the persisted index), keyed by file name.
 * `hashes` must be taken before those stories were read: if a file changed in between, its hash
 * is then newer than its story, and the next refresh re-reads it instead of missing the edit.
 */
export function entriesFor(stories: readonly Story[], hashes: ReadonlyMap<string, string>): Map<string, FileEntry> {
  const files = new Map<string, FileEntry>();
  for (const story of stories) {
    const hash = hashes.get(story.file);
    if (hash !== undefined) files.set(story.file, { story, hash });
  }
  return files;
}

/** Content hashes of a folder's story files, by name; files that vanish meanwhile are left out. */
export async function hashStoryFiles(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const name of await listStoryFiles(dir)) {
    try {
      hashes.set(name, await fingerprint(join(dir, name)));
    } catch {
      // Gone between listing and hashing: the watcher's next event settles it.
    }
  }
  return hashes;
}
