import { existsSync } from 'node:fs';
import { open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readHeader } from './persist.js';

/** The names the cache writes: `index-<folder id>.bin`, and `….bin.<pid>.<ms>.tmp` while saving. */
const INDEX_NAME = /^index-[0-9a-f]{16}\.bin$/;
const TEMP_NAME = /^index-[0-9a-f]{16}\.bin\.(\d+)\.\d+\.tmp$/;
/** What the loader reads for the header too (persist.ts). */
const HEADER_BYTES = 1 << 16;

/**
 * After a successful save, removes the cache folder's index files that nothing can use any more:
 * those of a folder that no longer exists (moved, deleted, a temp folder), those of an older format
 * or without the folder recorded (written by an older version: rebuilt on that folder's next
 * start), those of a folder now indexed under another name, and half-written files of a process that has ended. An index whose folder still exists
 * may be another running bot's, so it stays. Returns the names removed; never throws.
 */
export async function removeSuperseded(cacheDir: string, current: string, fileOf: (knowledgeDir: string) => string): Promise<string[]> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const path = join(cacheDir, name);
    if (path === current || !(await superseded(path, name, fileOf))) continue;
    if (await rm(path).then(() => true, () => false)) removed.push(name);
  }
  return removed;
}

async function superseded(path: string, name: string, fileOf: (knowledgeDir: string) => string): Promise<boolean> {
  const temp = TEMP_NAME.exec(name);
  if (temp) return !processAlive(Number(temp[1]));
  if (!INDEX_NAME.test(name)) return false;
  const head = await readHead(path);
  if (head === null) return false;
  const read = readHeader(head);
  if (typeof read === 'string' || !read.header.knowledgeDir) return true;
  const dir = read.header.knowledgeDir;
  return !existsSync(dir) || fileOf(dir) !== path;
}

/** The start of a file, or null when it cannot be read (then it is left alone). */
async function readHead(path: string): Promise<Buffer | null> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
