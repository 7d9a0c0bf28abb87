import { setTimeout as sleep } from 'node:timers/promises';
import { KnowledgeError } from './errors.js';
import { lookAtStoryFile, type FileLook } from './read-file.js';

/**
 * How long a story file must go without a change (size and modification time) before it is read:
 * a file still being written must not be quoted half-done. Longer than the watcher's debounce, so
 * a writer that pauses between steps is still caught.
 */
export const SETTLE_MS = 500;
/** How many looks a file that keeps changing gets before it is skipped until it next changes. */
export const SETTLE_LOOKS = 10;

/** What looking at a file found: a file fit to read, or why it will not be read. */
export type Look = FileLook | Error;

interface Watched {
  look: FileLook;
  /** When it was first seen the way it is now. */
  since: number;
}

function lookAt(root: string, name: string): Look {
  try {
    return lookAtStoryFile(root, name);
  } catch (error) {
    return error as Error;
  }
}

const same = (a: FileLook, b: FileLook): boolean => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.path === b.path;
/** Unchanged for `settleMs`: by its modification time, or across two looks that far apart. */
const quiet = (file: Watched, now: number, settleMs: number): boolean => now - file.look.mtimeMs >= settleMs || now - file.since >= settleMs;

/**
 * Looks at every story file, and again after a pause at those that changed within the last
 * `settleMs`, until each has stayed the same for `settleMs`. The files of a folder wait together,
 * so a folder copied in at once costs one pause, not one per file. A file still changing after
 * `SETTLE_LOOKS` looks is reported as still being written (its last good version stays served).
 */
export async function settledLooks(root: string, names: readonly string[], settleMs: number): Promise<Map<string, Look>> {
  const looks = new Map<string, Look>();
  const waiting = new Map<string, Watched>();
  const start = Date.now();
  for (const name of names) {
    const look = lookAt(root, name);
    looks.set(name, look);
    // A first look can only go by the modification time; a second look compares.
    if (!(look instanceof Error) && start - look.mtimeMs < settleMs) waiting.set(name, { look, since: start });
  }
  for (let round = 1; waiting.size > 0; round++) {
    if (round >= SETTLE_LOOKS) {
      for (const name of waiting.keys()) looks.set(name, new KnowledgeError(name, `is still being written (it kept changing for ${Math.round((Date.now() - start) / 1000)} s), so it is not read yet; it is read once it stops changing`));
      break;
    }
    // Until the last waiting file could be quiet (a loop, not Math.max(...): a copied archive is 10,000s of files).
    let due = 0;
    for (const file of waiting.values()) due = Math.max(due, Math.min(file.since, file.look.mtimeMs) + settleMs);
    await sleep(Math.min(settleMs, Math.max(1, due - Date.now())));
    const later = Date.now();
    for (const [name, file] of waiting) {
      const look = lookAt(root, name);
      looks.set(name, look);
      if (look instanceof Error) waiting.delete(name);
      else if (!same(look, file.look)) waiting.set(name, { look, since: later });
      else if (quiet(file, later, settleMs)) waiting.delete(name);
    }
  }
  return looks;
}
