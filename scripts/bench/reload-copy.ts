import { copyFile, cp, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFileOf } from '../../src/knowledge-base/cache.js';
import { cacheFile, corpusDir, questionsFile } from './corpus.js';
import type { GeneratedQuestion } from './generate.js';

/** A bench archive copied to a temp folder for a live bot to reload, with its saved index and questions. */
export interface ArchiveCopy {
  /** The temp folder holding everything below; the caller removes it. */
  work: string;
  dir: string;
  cacheDir: string;
  questions: string[];
}

export async function copyArchive(name: string, prefix: string): Promise<ArchiveCopy> {
  const work = await mkdtemp(join(tmpdir(), prefix));
  const dir = join(work, 'knowledge');
  await cp(corpusDir(name), dir, { recursive: true });
  const cacheDir = join(work, 'cache');
  // The bench's saved index, valid for the copy by content: start-up loads it instead of building.
  await mkdir(cacheDir, { recursive: true });
  await copyFile(cacheFile(name), cacheFileOf(cacheDir, dir));
  const questions = (JSON.parse(await readFile(questionsFile(name), 'utf8')) as GeneratedQuestion[]).map((q) => q.question);
  return { work, dir, cacheDir, questions };
}
