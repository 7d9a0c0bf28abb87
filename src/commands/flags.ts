import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionConfig = NonNullable<ParseArgsConfig['options']>[string];

/** One option of a command, with what its `--help` says about it (`value` names its argument: DIR, PATH…). */
export type Flag = ParseArgsOptionConfig & { help: string; value?: string };
export type Flags = Record<string, Flag>;

/** `--help` or `-h` was given: the caller prints the usage and exits 0. */
export class HelpRequest extends Error {
  override readonly name = 'HelpRequest';
  constructor(readonly flags: Flags) {
    super('help requested');
  }
}

/** An option the command does not take, or one missing its value: one line, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `--knowledge DIR`: every command that reads stories takes it. */
export const KNOWLEDGE_FLAG = {
  knowledge: { type: 'string', value: 'DIR', help: 'answer from this folder of stories (default: KNOWLEDGE_DIR, else the bundled knowledge/)' },
} as const satisfies Flags;

const wantsHelp = (argv: string[]): boolean => {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
};

/** Parses a command's options; `--help` wins over anything else on the line (after `--` it is a question). */
export function parseFlags<T extends Flags>(argv: string[], flags: T) {
  if (wantsHelp(argv)) throw new HelpRequest(flags);
  try {
    return parseArgs({ args: argv, options: flags, allowPositionals: true, strict: true });
  } catch (error) {
    const code = String((error as { code?: unknown }).code);
    // Node's text goes on to explain `--`; the first sentence is what went wrong.
    if (code.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message.split('. ')[0]!.replace(/^./, (first) => first.toLowerCase()));
    throw error;
  }
}

/** The options block of a usage text, `--help` included. */
export function describeFlags(flags: Flags): string {
  const rows = Object.entries(flags).map(([name, flag]) => [`${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.value ? ` ${flag.value}` : ''}`, flag.help]);
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([left]) => left!.length));
  return rows.map(([left, help]) => `  ${left!.padEnd(width)}  ${help}`).join('\n');
}

/**
 * How the person ran this command, so usage lines can be typed as shown: `npm run ask --` under
 * npm (which passes options only after `--`), else `node bin/storybot.js ask`.
 */
export function invocation(command: string, env: Record<string, string | undefined>): string {
  if (env.npm_lifecycle_event === command) return command === 'start' ? 'npm start --' : `npm run ${command} --`;
  return `node bin/storybot.js ${command}`;
}

/**
 * The options of an npm script outside the CLI (`npm run bench`, `train`, `load`), checked before
 * it does anything: `--help` prints the usage and exits 0, a wrong option one line and exits 2.
 */
export function scriptFlags<T extends Flags>(script: string, summary: string, flags: T, argv: string[] = process.argv.slice(2)) {
  try {
    return parseFlags(argv, flags).values;
  } catch (error) {
    if (error instanceof HelpRequest) {
      process.stdout.write(`usage: npm run ${script} -- [options]\n\n${summary}\n\noptions:\n${describeFlags(flags)}\n`);
      process.exit(0);
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${script}: ${error.message} (\`npm run ${script} -- --help\` lists the options)\n`);
      process.exit(2);
    }
    throw error;
  }
}
