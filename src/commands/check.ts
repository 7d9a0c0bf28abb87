import { resolve } from 'node:path';
import { checkConfig } from '../check/config.js';
import { checkKnowledge } from '../check/knowledge.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../paths.js';
import { loadDotenv, parseFlags } from './common.js';
import type { CommandIO } from './types.js';

/**
 * `storybot check [--knowledge DIR]`: validates the knowledge folder and the configuration
 * (.env plus the environment) before a deploy. Exit 0 when both are usable, 1 otherwise.
 * Nothing it prints contains a configured value: it may run in CI logs.
 */
export async function run(io: CommandIO): Promise<number> {
  const { values } = parseFlags(io.argv, { knowledge: { type: 'string' } });
  const raw = await loadDotenv(io.env);
  const out = (line: string): void => void io.stdout.write(`${line}\n`);
  let failed = false;

  const configProblems = checkConfig(raw);
  out('Configuration:');
  if (configProblems.length === 0) out('  ok');
  for (const problem of configProblems) out(`  ✗ ${problem.variable} ${problem.message}`);
  if (configProblems.length > 0) {
    out("  (see .env.example and the README's Configuration, Discord and Slack sections)");
    failed = true;
  }

  // Read from the raw record: another variable being invalid must not hide the folder check.
  const dir = resolve(values.knowledge ?? (raw.KNOWLEDGE_DIR?.trim() || DEFAULT_KNOWLEDGE_DIR));
  const report = await checkKnowledge(dir);
  out(`Knowledge folder ${dir}:`);
  for (const file of report.files) {
    if (file.problem) out(`  ✗ ${file.file}: ${file.problem}`);
    else out(`  ok ${file.file}: “${file.title ?? ''}”, ${file.passages ?? 0} passages`);
  }
  if (report.files.some((file) => file.problem)) failed = true;
  if (report.folderProblem) {
    out(`  ✗ ${report.folderProblem}`);
    failed = true;
  }
  // Loaded only here: it brings the Redis client when REDIS_URL is set.
  const redis = await (await import('../stores/check.js')).checkRedis(raw.REDIS_URL?.trim() || undefined);
  out('Redis (REDIS_URL):');
  for (const line of redis.lines) out(line);
  if (redis.failed) failed = true;
  out(failed ? '\ncheck failed: fix the problems above.' : '\ncheck passed.');
  return failed ? 1 : 0;
}
