import { createHash } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeError } from '../knowledge/errors.js';
import { readStoryFile } from '../knowledge/read-file.js';
import { isStoryFile } from '../knowledge/story-files.js';

/**
 * Bumped when the cache file layout changes. The code that shapes an index (knowledge reading,
 * cleaning, sentence splitting, terms, entity mining) is fingerprinted by content instead, so an
 * edit there invalidates the cache without anyone remembering to bump a number.
 */
export const CACHE_FORMAT = 1;

/** Source folders whose code decides what the index holds, relative to `src/` (or `dist/src/`). */
const CODE_FOLDERS = ['knowledge', 'corpus', 'search', 'knowledge-base', 'text'];
const CODE = /\.(?:js|ts)$/;

let codeVersion: Promise<string> | undefined;

/** A hash of the running index-shaping code: the compiled files under `dist/`, or the sources under tsx/vitest. */
export function indexCodeVersion(): Promise<string> {
  return (codeVersion ??= (async () => {
    const root = fileURLToPath(new URL('../', import.meta.url));
    const hash = createHash('sha256').update(`format ${CACHE_FORMAT}\n`);
    const files: string[] = [];
    for (const folder of CODE_FOLDERS) {
      const names = await readdir(join(root, folder)).catch(() => [] as string[]);
      files.push(...names.filter((name) => CODE.test(name) && !name.endsWith('.d.ts')).map((name) => `${folder}/${name}`));
    }
    // The packed index relies on MiniSearch's internals: a different version must rebuild.
    try {
      hash.update(await readFile(new URL('../../package.json', import.meta.resolve('minisearch'))));
    } catch {
      hash.update('minisearch ?');
    }
    for (const file of files.sort()) {
      const text = await readFile(join(root, file)).catch(() => null);
      if (text) hash.update(`${file}\n`).update(text);
    }
    return hash.digest('hex');
  })());
}

/** The story files of a folder, by name alone (nothing else there is ever opened), without `ignore`. */
async function storyNames(dir: string, ignore: string | undefined): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name !== ignore && isStoryFile(name)).sort();
}

/**
 * The identity of a knowledge folder's contents: every story file's name, size and modification
 * time (through a link, its target's). `ignore` names a cache file kept inside the folder, which
 * must not fingerprint itself.
 */
export async function folderFingerprint(dir: string, ignore?: string): Promise<string> {
  const names = await storyNames(dir, ignore);
  const hash = createHash('sha256').update(`${await indexCodeVersion()}\n`);
  // Synchronous stats: for thousands of small files one tight loop beat thousands of promises
  // queued on libuv's four threads, and nothing else runs during start-up anyway.
  const infos = names.map((name) => {
    try {
      return statSync(join(dir, name));
    } catch {
      return null;
    }
  });
  names.forEach((name, at) => {
    const info = infos[at];
    hash.update(info ? `${name}\t${info.size}\t${info.mtimeMs}\t${info.isFile() ? 'f' : 'o'}\n` : `${name}\tgone\n`);
  });
  return hash.digest('hex');
}

/**
 * The identity of a knowledge folder by what its story files say: each one's name and bytes. Slower
 * than `folderFingerprint` (it reads every file), so it is computed when saving and only checked
 * when the quick fingerprint differs: a cache file built once and copied with the knowledge
 * (new mtimes, another path) is then still used instead of rebuilt. Files are read as the loader
 * reads them (no link out of the folder, nothing but regular files, the size limit), and a file
 * refused counts by why.
 */
export async function contentFingerprint(dir: string, ignore?: string): Promise<string> {
  const names = await storyNames(dir, ignore);
  const root = realpathSync(dir);
  const hash = createHash('sha256').update(`${await indexCodeVersion()}\ncontent\n`);
  for (const name of names) {
    // Synchronous reads for the same reason as the stats above.
    let bytes: Buffer | null = null;
    let refused = 'o';
    try {
      bytes = readStoryFile(root, name);
    } catch (error) {
      refused = error instanceof KnowledgeError ? error.problem : 'o';
    }
    hash.update(`${name}\t${bytes ? bytes.length : refused}\n`);
    if (bytes) hash.update(bytes);
  }
  return hash.digest('hex');
}
