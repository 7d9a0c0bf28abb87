import { dirname, resolve } from 'node:path';
import { checkKnowledge } from '../check/knowledge.js';
import { cacheFolderProblem } from '../knowledge/folder.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../paths.js';
import { inert } from '../text/terminal.js';
import { cacheDirOf, KNOWLEDGE_FLAG, parseFlags } from './common.js';
import { loadConfig, problemLine } from './config.js';
import type { CommandIO } from './types.js';

/**
 * `storybot check [--knowledge DIR]`: validates the knowledge folder and the configuration
 * (.env plus the environment) before a deploy. Exit 0 when both are usable, 1 otherwise: a
 * misspelt variable name or a malformed `.env` line fails it too, since each silently drops a
 * setting. Nothing it prints contains a configured value: it may run in CI logs.
 */
export async function run(io: CommandIO): Promise<number> {
  const { values } = parseFlags(io.argv, KNOWLEDGE_FLAG);
  const { report, notices } = await loadConfig(io);
  // File names and titles come from the folder: shown inertly, they cannot drive the terminal.
  const out = (line: string): void => void io.stdout.write(`${inert(line)}\n`);
  let failed = false;

  out('Configuration:');
  if (report.problems.length === 0 && notices.length === 0) out('  ok');
  for (const notice of notices) out(`  ✗ ${notice}`);
  for (const problem of report.problems) out(`  ✗ ${problemLine(problem)}`);
  if (report.problems.length > 0 || notices.length > 0) failed = true;
  for (const platform of ['discord', 'slack'] as const) {
    if (report.wanted[platform] && !report.problems.some((problem) => problem.scope === platform)) out(`  ok ${platform === 'discord' ? 'Discord' : 'Slack'} settings`);
  }

  // Read from the raw record: another variable being invalid must not hide the folder check.
  const dir = resolve(values.knowledge ?? (report.env.KNOWLEDGE_DIR || DEFAULT_KNOWLEDGE_DIR));
  const checked = await checkKnowledge(dir);
  out(`Knowledge folder ${dir}:`);
  for (const file of checked.files) {
    if (file.problem) out(`  ✗ ${file.file}: ${file.problem}`);
    else out(`  ok ${file.file}: “${file.title ?? ''}”, ${file.passages ?? 0} passages`);
  }
  if (checked.files.some((file) => file.problem)) failed = true;
  if (checked.folderProblem) {
    out(`  ✗ ${checked.folderProblem}`);
    failed = true;
  }
  // Where the persisted index goes (STORYBOT_INDEX_FILE's folder when set): start-up refuses a virtual file system.
  const indexFile = report.env.STORYBOT_INDEX_FILE?.trim();
  const cacheDir = indexFile ? dirname(resolve(indexFile)) : cacheDirOf(report.env);
  const cacheProblem = cacheFolderProblem(cacheDir);
  out(`Cache folder ${cacheDir}:`);
  out(cacheProblem ? `  ✗ the cache folder ${cacheProblem}; set STORYBOT_CACHE_DIR (or STORYBOT_INDEX_FILE) to a path on disk` : '  ok');
  if (cacheProblem) failed = true;
  // Loaded only here: it brings the Redis client when REDIS_URL is set.
  const redis = report.problems.some((problem) => problem.variable === 'REDIS_URL')
    ? { lines: ['  ✗ REDIS_URL is not usable (see above)'], failed: true }
    : await (await import('../stores/check.js')).checkRedis(report.env.REDIS_URL);
  out('Redis (REDIS_URL):');
  for (const line of redis.lines) out(line);
  if (redis.failed) failed = true;
  out(failed ? '\ncheck failed: fix the problems above.' : '\ncheck passed.');
  return failed ? 1 : 0;
}
