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

/** What a command does with the configuration beyond its platforms. */
export interface ScreenOptions {
  /** The start of each line about a platform that cannot start. */
  lead?: (platform: Platform) => string;
  /** Whether the command keeps shared state in Redis (the chat platforms do; the terminal chat and `discord:deploy` do not). */
  usesRedis?: boolean;
}

/**
 * The shared start-up rule: warn about notices, refuse outright on a general problem (a bad
 * LOG_LEVEL affects everything) or a bad REDIS_URL when the command would use it, and say which
 * platforms cannot start and why. A bad REDIS_URL where Redis is not used is a warning: a bad
 * value stops only what it affects. Returns the configuration and the platforms whose settings
 * are valid, or an exit code.
 */
export function screenConfig(io: CommandIO, command: string, { report, notices }: LoadedConfig, platforms: readonly Platform[], options: ScreenOptions = {}): Screened {
  const { lead = (platform: Platform) => `storybot ${command}: not starting ${PLATFORM_TITLES[platform]}: `, usesRedis = platforms.length > 0 } = options;
  for (const notice of notices) io.stderr.write(`warning: ${notice}\n`);
  const redis = report.problems.filter((problem) => problem.scope === 'redis');
  if (!usesRedis) for (const problem of redis) io.stderr.write(`warning: ${problem.variable} ${problem.message}; it is ignored until fixed (${REDIS_UNUSED})\n`);
  const general = report.problems.filter((problem) => problem.scope === 'general' || (usesRedis && problem.scope === 'redis'));
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

/** Why a bad REDIS_URL does not stop a command that has no shared state. */
const REDIS_UNUSED = 'only Discord and Slack use Redis';

type Screened = { env: Env; ready: Platform[]; refused: Platform[] } | { exit: number };
