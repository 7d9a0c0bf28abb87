import { inspectConfig, problemError, type ConfigProblem, type ConfigReport, type Env, type Platform } from '../config.js';
import { malformedDotenvLines, unknownVariables } from '../check/config.js';
import { readDotenv } from './common.js';
import type { CommandIO } from './types.js';

/** The configuration as every long-running command and `check` see it: `.env` plus the environment, through the one schema. */
export interface LoadedConfig {
  report: ConfigReport;
  /** Misspelt names and malformed `.env` lines: `check` fails on them, the other commands warn. */
  notices: string[];
}

export async function loadConfig(io: CommandIO): Promise<LoadedConfig> {
  const dotenv = await readDotenv();
  const report = inspectConfig({ ...dotenv.values, ...io.env });
  const notices = [
    ...(dotenv.text === undefined ? [] : malformedDotenvLines(dotenv.text).map((line) => line.message)),
    ...unknownVariables({ dotenv: Object.keys(dotenv.values), environment: Object.keys(io.env) }).map((unknown) => unknown.message),
  ];
  return { report, notices };
}

export const PLATFORM_TITLES: Record<Platform, string> = { discord: 'Discord', slack: 'Slack' };

/** A problem as one line: the variable, what is wrong, and what to set. */
export const problemLine = (problem: ConfigProblem): string => problemError(problem).message;

/**
 * The shared start-up rule: warn about notices, refuse outright on a general problem (a bad
 * LOG_LEVEL affects everything), and say which platforms cannot start and why. Returns the
 * configuration and the platforms whose settings are valid, or an exit code.
 */
export function screenConfig(
  io: CommandIO,
  command: string,
  { report, notices }: LoadedConfig,
  platforms: readonly Platform[],
  lead: (platform: Platform) => string = (platform) => `storybot ${command}: not starting ${PLATFORM_TITLES[platform]}: `,
): { env: Env; ready: Platform[]; refused: Platform[] } | { exit: number } {
  for (const notice of notices) io.stderr.write(`warning: ${notice}\n`);
  const general = report.problems.filter((problem) => problem.scope === 'general' || problem.scope === 'redis');
  if (general.length > 0) {
    for (const problem of general) io.stderr.write(`storybot ${command}: ${problemLine(problem)}\n`);
    return { exit: 1 };
  }
  const ready: Platform[] = [];
  const refused: Platform[] = [];
  for (const platform of platforms) {
    const problems = report.problems.filter((problem) => problem.scope === platform);
    if (problems.length === 0) {
      ready.push(platform);
      continue;
    }
    refused.push(platform);
    for (const problem of problems) io.stderr.write(`${lead(platform)}${problemLine(problem)}\n`);
  }
  return { env: report.env, ready, refused };
}
