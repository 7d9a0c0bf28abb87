import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { StoryBot } from '../bot.js';
import { skippedOutcome } from '../knowledge/changes.js';
import { openBot } from '../open.js';
import { DEFAULT_CACHE_DIR, DEFAULT_KNOWLEDGE_DIR } from '../paths.js';
import type { CommandIO } from './types.js';
import { inert } from '../text/terminal.js';

export interface Dotenv {
  /** The file's text, when there is a `.env` in the working folder. */
  text: string | undefined;
  values: Record<string, string>;
}

/** The `.env` of the working folder, parsed by dotenv (lines that are not NAME=value are left out and reported, see src/check/dotenv-lines.ts). */
export async function readDotenv(): Promise<Dotenv> {
  const text = await readFile(resolve('.env'), 'utf8').catch(() => undefined);
  if (text === undefined) return { text, values: {} };
  const [{ parse }, { withoutMalformedLines }] = await Promise.all([import('dotenv'), import('../check/dotenv-lines.js')]);
  // A line reported as ignored is ignored: dotenv would otherwise read `NAME: value` too.
  return { text, values: parse(withoutMalformedLines(text)) };
}

/** `.env` values join the environment; real environment variables win. */
export async function loadDotenv(env: Record<string, string | undefined>): Promise<Record<string, string | undefined>> {
  return { ...(await readDotenv()).values, ...env };
}

/** `--knowledge DIR`, else `KNOWLEDGE_DIR`, else the bundled stories. */
export function knowledgeDirOf(flag: string | undefined, env: { KNOWLEDGE_DIR?: string | undefined }): string {
  return resolve(flag ?? (env.KNOWLEDGE_DIR?.trim() || DEFAULT_KNOWLEDGE_DIR));
}

/** `STORYBOT_CACHE_DIR`, else `.cache/` in the project: where persisted indexes live. */
export function cacheDirOf(env: { STORYBOT_CACHE_DIR?: string | undefined }): string {
  return resolve(env.STORYBOT_CACHE_DIR?.trim() || DEFAULT_CACHE_DIR);
}

/** The settings `ask`, `repl` and `index` need, read raw: they never load the config schema (zod costs start-up time). */
export interface PathSettings {
  KNOWLEDGE_DIR: string | undefined;
  STORYBOT_CACHE_DIR: string | undefined;
  STORYBOT_INDEX_FILE: string | undefined;
}

export async function pathSettingsOf(io: CommandIO): Promise<PathSettings> {
  const raw = await loadDotenv(io.env);
  const value = (name: keyof PathSettings) => raw[name]?.trim() || undefined;
  return { KNOWLEDGE_DIR: value('KNOWLEDGE_DIR'), STORYBOT_CACHE_DIR: value('STORYBOT_CACHE_DIR'), STORYBOT_INDEX_FILE: value('STORYBOT_INDEX_FILE') };
}

export async function openBotFor(io: CommandIO, dir: string, paths: PathSettings): Promise<StoryBot> {
  // STORYBOT_INDEX_FILE: a prebuilt index shipped with the knowledge (`storybot index --cache-file`).
  const cacheFile = paths.STORYBOT_INDEX_FILE;
  return openBot({
    knowledgeDir: dir,
    cacheDir: cacheDirOf(paths),
    ...(cacheFile ? { cacheFile } : {}),
    // Nothing was loaded before this one-shot read, so no last good version answers for a skipped file.
    onProblem: (problem) => io.stderr.write(`warning: skipped ${inert(problem.message)}; ${skippedOutcome(false)}\n`),
  });
}

export { KNOWLEDGE_FLAG, parseFlags } from './flags.js';
