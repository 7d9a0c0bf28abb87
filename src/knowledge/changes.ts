import type { FileEntry } from './refresh.js';

/** What a new version of the knowledge changed, by file name: what a reload notice names. */
export interface StoryChanges {
  added: string[];
  updated: string[];
  removed: string[];
}

/** Past this many files of one kind, a notice says "and N more": a deploy may add hundreds. */
const MAX_NAMED_FILES = 5;

export const NO_CHANGES: StoryChanges = { added: [], updated: [], removed: [] };

/** The files `next` serves that `previous` did not, serves another version of, or no longer serves. */
export function changesBetween(previous: ReadonlyMap<string, FileEntry>, next: ReadonlyMap<string, FileEntry>): StoryChanges {
  const names = (map: ReadonlyMap<string, FileEntry>, keep: (name: string, entry: FileEntry) => boolean) => [...map].filter(([name, entry]) => keep(name, entry)).map(([name]) => name).sort();
  return {
    added: names(next, (name) => !previous.has(name)),
    updated: names(next, (name, entry) => previous.has(name) && previous.get(name)?.story !== entry.story),
    removed: names(previous, (name) => !next.has(name)),
  };
}

function named(files: readonly string[]): string {
  const shown = files.slice(0, MAX_NAMED_FILES);
  const more = files.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

/** "added millbrook-library.md; updated bridge.md": one clause per kind of change, or '' when there is none. */
export function describeChanges(changes: StoryChanges): string {
  const clauses = (['added', 'updated', 'removed'] as const).filter((kind) => changes[kind].length > 0).map((kind) => `${kind} ${named(changes[kind])}`);
  return clauses.join('; ');
}

/** What became of a story file that could not be read, for the line that reports it. */
export const skippedOutcome = (kept: boolean): string => (kept ? 'its last good version is still answering' : 'it is not loaded');
