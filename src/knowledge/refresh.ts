import { realpathSync } from 'node:fs';
import { changesBetween, type StoryChanges } from './changes.js';
import { KnowledgeError } from './errors.js';
import { parseStory } from './parse.js';
import { hashOf, readLookedAt, readStoryFile } from './read-file.js';
import { SETTLE_MS, settledLooks } from './settle.js';
import { listStoryFiles } from './story-files.js';
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

export interface ReadOptions {
  /** How long a file must stay unchanged before it is read (default `SETTLE_MS`; 0 reads at once). */
  settleMs?: number;
}

/**
 * Re-reads a knowledge folder against the previous good state. A file that fails to parse keeps
 * its previous good version (an operator's half-finished edit must not make a story vanish); a
 * file that is gone is dropped. Throws a KnowledgeError only when the folder itself is unusable.
 */
export async function refreshStories(dir: string, previous: ReadonlyMap<string, FileEntry>, options: ReadOptions = {}): Promise<Refreshed> {
  const names = await listStoryFiles(dir);
  const root = realpathSync(dir);
  const looks = await settledLooks(root, names, options.settleMs ?? SETTLE_MS);
  const files = new Map<string, FileEntry>();
  const problems: KnowledgeError[] = [];
  const owners = new Map<string, string>();
  for (const name of names) {
    const before = previous.get(name);
    try {
      const look = looks.get(name);
      if (look === undefined || look instanceof Error) throw look ?? new KnowledgeError(name, 'could not be looked at');
      const bytes = readLookedAt(name, look);
      const hash = hashOf(bytes);
      const story = before && before.hash === hash ? before.story : parseStory(name, bytes);
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

/** Content hashes of a folder's story files, by name; files that cannot be read (or vanish meanwhile) are left out. */
export async function hashStoryFiles(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const names = await listStoryFiles(dir);
  const root = realpathSync(dir);
  for (const name of names) {
    try {
      hashes.set(name, hashOf(readStoryFile(root, name)));
    } catch {
      // Refused or gone: the refresh that reads it reports why, and the watcher's next event settles a vanished one.
    }
  }
  return hashes;
}
