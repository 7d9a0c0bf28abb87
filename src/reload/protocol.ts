import type { StoryChanges } from '../knowledge/changes.js';
import type { FileEntry } from '../knowledge/refresh.js';

/** What the reload worker starts from: the folder and the versions of its files being served now. */
export interface WorkerData {
  dir: string;
  files: [string, FileEntry][];
  /** How long a story file must stay unchanged before it is read (default `SETTLE_MS`). */
  settleMs?: number;
}

/** A problem with one file, as plain data (class instances do not survive postMessage). */
export interface PlainProblem {
  file: string;
  problem: string;
  /** Whether the file's last good version is still served. */
  kept: boolean;
}

export type BuildReply = { id: number; problems: PlainProblem[] } & (
  | { kind: 'built'; stories: number; changes: StoryChanges; bytes: ArrayBuffer; catalogue: string[]; buildMs: number }
  | { kind: 'unchanged'; stories: number }
  | { kind: 'empty' }
  | { kind: 'failed'; reason: string }
);
