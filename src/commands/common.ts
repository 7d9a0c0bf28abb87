import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { StoryBot } from '../bot.js';
import type { Env } from '../config.js';
import { openBot } from '../open.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../paths.js';
import type { CommandIO } from './types.js';

/** `.env` values join the environment; real environment variables win. */
export async function loadDotenv(env: Record<string, string | undefined>): Promise<Record<string, string | undefined>> {
  const { config } = await import('dotenv');
  const parsed: Record<string, string> = {};
  config({ quiet: true, processEnv: parsed });
  return { ...parsed, ...env };
}

/** `--knowledge DIR`, else `KNOWLEDGE_DIR`, else the bundled stories. */
export function knowledgeDirOf(flag: string | undefined, env: Pick<Env, 'KNOWLEDGE_DIR'>): string {
  return resolve(flag ?? env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR);
}

export async function openBotFor(io: CommandIO, dir: string): Promise<StoryBot> {
  // STORYBOT_INDEX_FILE: a prebuilt index shipped with the knowledge (`storybot index --cache-file`).
  // Read raw, not through the validated config: `ask` never loads the config schema (zod), and this is a path.
  const cacheFile = io.env.STORYBOT_INDEX_FILE?.trim() || undefined;
  return openBot({ knowledgeDir: dir, ...(cacheFile ? { cacheFile } : {}), onProblem: (problem) => io.stderr.write(`warning: skipped ${problem.message}\n`) });
}

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
}

export async function envOf(io: CommandIO): Promise<Env> {
  // The schema pulls in zod, which alone costs several times `node -e 0`: only commands that need the full configuration pay for it.
  const { readEnv } = await import('../config.js');
  return readEnv(await loadDotenv(io.env));
}

/** Just the knowledge folder setting, for `ask`: no platform variable matters there, so none is validated. */
export async function knowledgeEnvOf(io: CommandIO): Promise<Pick<Env, 'KNOWLEDGE_DIR'>> {
  const dir = (await loadDotenv(io.env)).KNOWLEDGE_DIR?.trim();
  return { KNOWLEDGE_DIR: dir || undefined };
}
