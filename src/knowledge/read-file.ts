import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { KnowledgeError } from './errors.js';
import { isStoryFile } from './story-files.js';

/** The largest story file read. A bigger one is refused from its size alone, before a byte is read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A story file found fit to read, as `stat` saw it: where it really is, and what it should still be when opened. */
export interface FileLook {
  path: string;
  size: number;
  mtimeMs: number;
  dev: number;
  ino: number;
}

/** Opened read-only, never through a link (the path is already resolved), never waiting for a pipe's writer. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function isInside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest !== '' && rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Where a symbolic link leads, if it may be read: a story file inside the knowledge folder. */
function linkTarget(root: string, name: string): string {
  let target: string;
  try {
    target = realpathSync(join(root, name));
  } catch {
    throw new KnowledgeError(name, 'is a symbolic link that leads nowhere; remove it or point it at a story file in the folder');
  }
  // Never read, so never quoted: /etc/passwd, a .env with tokens, /dev/zero.
  if (!isInside(root, target)) throw new KnowledgeError(name, 'is a symbolic link to a file outside the knowledge folder, so it is not read; copy the story into the folder instead');
  if (!isStoryFile(basename(target))) throw new KnowledgeError(name, 'is a symbolic link to a file that is not a story file (.md or .txt), so it is not read');
  return target;
}

/**
 * Looks at a story file without opening it: follows a symbolic link only to a story file inside
 * the folder, and accepts only a regular file within the size limit. `root` is the folder's real
 * path (links resolved). Throws a KnowledgeError saying why the file will not be read; a vanished
 * file throws the file system's ENOENT.
 */
export function lookAtStoryFile(root: string, name: string, maxBytes = MAX_FILE_BYTES): FileLook {
  const path = join(root, name);
  const entry = lstatSync(path);
  const real = entry.isSymbolicLink() ? linkTarget(root, name) : path;
  const info = entry.isSymbolicLink() ? statSync(real) : entry;
  if (!info.isFile()) throw new KnowledgeError(name, `is ${kindOf(info)}, not a regular file, so it is not read; only regular .md and .txt files are stories`);
  if (info.size > maxBytes) throw new KnowledgeError(name, `is ${info.size} bytes; the limit is ${maxBytes} per story, so it is not read (split it into several stories)`);
  return { path: real, size: info.size, mtimeMs: info.mtimeMs, dev: info.dev, ino: info.ino };
}

const changed = (name: string): KnowledgeError => new KnowledgeError(name, 'changed while it was being read (is it still being written?); it is read again once it stops changing');

/**
 * The bytes of a file `lookAtStoryFile` accepted. The open file must be the one looked at, still a
 * regular file; at most `maxBytes` + 1 bytes are read whatever its size claims, and a file that
 * grew, shrank or was modified meanwhile is refused rather than read half-written.
 */
export function readLookedAt(name: string, look: FileLook, maxBytes = MAX_FILE_BYTES): Buffer {
  let fd: number;
  try {
    fd = openSync(look.path, OPEN_FLAGS);
  } catch (error) {
    // Replaced by a link (ELOOP) or removed since it was looked at.
    if (['ELOOP', 'ENOENT'].includes(String((error as NodeJS.ErrnoException).code))) throw changed(name);
    throw error;
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.dev !== look.dev || opened.ino !== look.ino) throw changed(name);
    const buffer = Buffer.allocUnsafe(Math.min(look.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    if (filled > maxBytes) throw new KnowledgeError(name, `grew past the limit of ${maxBytes} bytes per story while it was being read, so it is not read`);
    const after = fstatSync(fd);
    if (filled !== look.size || after.size !== look.size || after.mtimeMs !== look.mtimeMs) throw changed(name);
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** A story file's bytes, read with every check above. */
export function readStoryFile(root: string, name: string): Buffer {
  return readLookedAt(name, lookAtStoryFile(root, name));
}

/** The fingerprint of a file's bytes: what tells a changed story from an unchanged one. */
export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
