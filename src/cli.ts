import { describeFlags, HelpRequest, invocation, UsageError } from './commands/flags.js';
import { COMMANDS } from './commands/index.js';
import type { CommandEntry, CommandIO } from './commands/types.js';

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`);
  return `usage: node bin/storybot.js <command> [options]   (or npm run <command> -- [options]; npm start for start)\n\n${lines.join('\n')}\n\nEach command lists its options with --help.\n`;
}

function commandUsage(name: string, entry: CommandEntry, help: HelpRequest, env: CommandIO['env']): string {
  const line = [invocation(name, env), Object.keys(help.flags).length > 0 ? '[options]' : '', entry.args ?? ''].filter(Boolean).join(' ');
  return `usage: ${line}\n\n${entry.summary}\n\noptions:\n${describeFlags(help.flags)}\n`;
}

/** Runs a command and turns known failures into a readable message and exit code 1. */
export async function main(argv: string[], io: Omit<CommandIO, 'argv'>): Promise<number> {
  const [name = 'start', ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr.write(`storybot: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  try {
    const command = await entry.load();
    return await command.run({ ...io, argv: rest });
  } catch (error) {
    if (error instanceof HelpRequest) {
      io.stdout.write(commandUsage(name, entry, error, io.env));
      return 0;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`storybot ${name}: ${error.message} (\`${invocation(name, io.env)} --help\` lists the options)\n`);
      return 2;
    }
    // One line a person can act on; the stack only when asked for (LOG_LEVEL=debug or trace).
    const code = (error as { code?: unknown }).code;
    const known = error instanceof Error && (KNOWN_ERRORS.includes(error.name) || String(code).startsWith('ERR_PARSE_ARGS'));
    // Scrubbed as log lines are: a token pasted into a non-secret setting (a folder path) comes back in the message.
    const scrub = await scrubberFor(io.env);
    io.stderr.write(`storybot ${name}: ${scrub(error instanceof Error ? error.message : String(error))}\n`);
    if (error instanceof Error && error.stack && (await wantsDebug(io.env))) io.stderr.write(`${scrub(error.stack)}\n`);
    else if (!known) io.stderr.write('(run with LOG_LEVEL=debug for the details)\n');
    return 1;
  }
}

/** Failures whose message says everything: what went wrong and what to do. */
const KNOWN_ERRORS = ['KnowledgeError', 'ConfigError', 'StartupError', 'DeployError'];

/**
 * Redacts the secrets of the environment (plus `.env`) and anything shaped like a token, and shows
 * control characters inertly (a file name in the message may carry an escape sequence).
 */
async function scrubberFor(env: Record<string, string | undefined>): Promise<(text: string) => string> {
  const [{ loadDotenv }, { rawSecretsOf }, { redact }, { inert }] = await Promise.all([
    import('./commands/common.js'),
    import('./config.js'),
    import('./redact.js'),
    import('./text/terminal.js'),
  ]);
  const secrets = rawSecretsOf(await loadDotenv(env).catch(() => env));
  return (text) => inert(redact(text, secrets));
}

async function wantsDebug(env: Record<string, string | undefined>): Promise<boolean> {
  const { loadDotenv } = await import('./commands/common.js');
  const level = (await loadDotenv(env).catch(() => env)).LOG_LEVEL?.trim().toLowerCase();
  return level === 'debug' || level === 'trace';
}

const isEntry = process.argv[1] !== undefined && /(?:cli\.js|storybot(?:\.js)?)$/.test(process.argv[1]);
if (isEntry) {
  // A reader that stops early (`| head -1`) closes the pipe: that is the end of the output, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  const code = await main(process.argv.slice(2), { env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  process.exitCode = code;
}
