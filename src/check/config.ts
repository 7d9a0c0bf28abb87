import { editDistance } from '../text/distance.js';
import { inspectConfig, VARIABLE_NAMES, type ConfigProblem } from '../config.js';

export type { ConfigProblem };

/** Every problem with a raw environment record, not just the first; values are never echoed. */
export function checkConfig(env: Record<string, string | undefined>): ConfigProblem[] {
  return inspectConfig(env).problems;
}

/**
 * Prefixes that mark a variable as meant for storybot. In the environment only these are looked at
 * (other programs set LOG_… or …_DIR variables of their own); in `.env` every name is ours.
 */
const OUR_PREFIXES = ['DISCORD_', 'SLACK_', 'STORYBOT_'];
/** Variables other tools legitimately set with our prefixes (discord.js's ShardingManager sets these in shard processes). */
const FOREIGN = new Set(['SHARDING_MANAGER', 'SHARDING_MANAGER_MODE', 'SHARDS', 'SHARD_COUNT']);
/** The most edits a misspelling may be from the name meant (DISCORD_TOKNE → DISCORD_TOKEN is 2). */
const MAX_TYPO_EDITS = 2;

export interface UnknownVariable {
  variable: string;
  suggestion: string | undefined;
  /** Human wording: "X is not a storybot setting; did you mean Y?" */
  message: string;
}

function closest(name: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const known of VARIABLE_NAMES) {
    const distance = editDistance(name.toUpperCase(), known, MAX_TYPO_EDITS);
    if (distance <= MAX_TYPO_EDITS && (!best || distance < best.distance)) best = { name: known, distance };
  }
  // A shared prefix alone (SLACK_FOO) is no evidence of a typo; a close spelling is.
  return best?.name;
}

/** Names that look meant for storybot but are not one of its settings, with the likeliest intended name. */
export function unknownVariables(names: { dotenv: readonly string[]; environment: readonly string[] }): UnknownVariable[] {
  const known = new Set<string>(VARIABLE_NAMES);
  const candidates = new Set([...names.dotenv, ...names.environment.filter((name) => OUR_PREFIXES.some((prefix) => name.toUpperCase().startsWith(prefix)))]);
  return [...candidates]
    .filter((name) => !known.has(name) && !FOREIGN.has(name))
    .sort()
    .map((variable) => {
      const suggestion = closest(variable);
      const prefix = OUR_PREFIXES.find((start) => variable.toUpperCase().startsWith(start));
      const siblings = prefix ? VARIABLE_NAMES.filter((name) => name.startsWith(prefix)) : [];
      const hint = suggestion
        ? `did you mean ${suggestion}?`
        : siblings.length > 0
          ? `the ${prefix} settings are ${siblings.join(', ')}`
          : 'see .env.example for the names storybot reads';
      return { variable, suggestion, message: `${variable} is not a storybot setting and is ignored; ${hint}` };
    });
}

export { malformedDotenvLines, withoutMalformedLines, type MalformedLine } from './dotenv-lines.js';
