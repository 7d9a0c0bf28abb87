import { watch, type FSWatcher } from 'node:fs';
import { basename } from 'node:path';
import { isStoryFile } from './story-files.js';

export interface FolderWatch {
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last event before `onChange` runs: one editor save fires several events. */
  debounceMs?: number;
  /** How long to wait before watching again after the folder vanished or the watcher failed. */
  retryMs?: number;
  onChange: () => void;
  onError?: (error: Error) => void;
}

/**
 * Calls `onChange` (debounced) when a story file in `dir` is added, changed, renamed or removed.
 * It watches the folder, not the files: editors save by writing a temporary file and renaming it
 * over the original, which replaces the file's inode and would silence a per-file watcher.
 */
export function watchFolder(dir: string, options: WatchOptions): FolderWatch {
  const debounceMs = options.debounceMs ?? 300;
  const retryMs = options.retryMs ?? 1_000;
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  const schedule = (): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!closed) options.onChange();
    }, debounceMs);
  };

  const start = (): void => {
    retry = undefined;
    if (closed) return;
    try {
      watcher = watch(dir, { persistent: false }, (_event, name) => {
        // The folder itself was removed or renamed (a deploy replacing it): the watch is dead, so
        // watch the path again, retrying until a folder is back there.
        if (name !== null && String(name) === basename(dir)) return restart(new Error('the knowledge folder was removed or replaced'));
        // Swap files, backups and hidden temporaries are noise; a null name (rare) may be anything.
        if (name === null || isStoryFile(String(name))) schedule();
      });
      watcher.on('error', (error) => restart(error));
      // The folder may have changed while nobody was watching (start-up, or after a failure).
      schedule();
    } catch (error) {
      restart(error as Error);
    }
  };

  const restart = (error: Error): void => {
    options.onError?.(error);
    watcher?.close();
    watcher = undefined;
    if (!closed && !retry) retry = setTimeout(start, retryMs);
  };

  start();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      clearTimeout(retry);
      watcher?.close();
    },
  };
}
