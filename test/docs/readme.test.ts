import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { EVAL_COLUMNS } from '../../src/commands/eval.js';
import { COMMANDS } from '../../src/commands/index.js';

/**
 * The README is a user's guide: every command line it shows must work as typed. Lines that start
 * with `npm run`/`npm start`/`npm test`/`node bin/storybot.js`, in code spans or code blocks, must
 * name a real script or command and only options that command takes; `storybot <command>` alone
 * (not something a reader can type in a clone) must not appear.
 */
const root = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(`${root}README.md`, 'utf8');
const scripts = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Command lines in code spans and in fenced blocks (a trailing `# comment` dropped). */
function commandLines(text: string): string[] {
  const fenced = [...text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].flatMap((match) => match[1]!.split('\n'));
  const prose = text.replace(/```[a-z]*\n[\s\S]*?```/g, '');
  const spans = [...prose.matchAll(/``([^`]+?)``|`([^`\n]+)`/g)].map((match) => (match[1] ?? match[2]!).trim());
  return [...fenced, ...spans]
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .flatMap((line) => line.split(/\s*(?:&&|\|)\s*/))
    .filter((line) => /^(npm (run|start|test)|node bin\/storybot\.js)\b/.test(line) && !line.includes('<'));
}

/** The options a storybot command's --help lists. */
async function optionsOf(command: string): Promise<string[]> {
  let out = '';
  const stdout = new PassThrough().on('data', (chunk: Buffer) => (out += String(chunk)));
  expect(await main([command, '--help'], { env: {}, stdin: new PassThrough(), stdout, stderr: new PassThrough() })).toBe(0);
  return [...out.matchAll(/(?:^|\s)(--[a-z-]+)/gm)].map((match) => match[1]!);
}

/** `npm run [--silent] X -- args` or `node bin/storybot.js X args`: the storybot command (if any) and its options. */
function parse(line: string): { script?: string; command?: string; options: string[] } {
  const words = line.replace(/"[^"]*"|'[^']*'/g, 'ARG').split(/\s+/);
  const optionsAfter = (at: number) => words.slice(at).filter((word) => word.startsWith('--') && word !== '--').map((word) => word.split('=')[0]!);
  if (words[0] === 'node') return { command: words[2]!, options: optionsAfter(3) };
  const rest = words.slice(1).filter((word) => word !== '--silent' && word !== '-s');
  const script = rest[0] === 'run' ? rest[1]! : rest[0]!;
  const dash = words.indexOf('--');
  const command = /^node bin\/storybot\.js (\S+)$/.exec(scripts[script] ?? '')?.[1];
  return { script, ...(command ? { command } : {}), options: dash < 0 ? [] : optionsAfter(dash + 1) };
}

describe('README command lines work as typed', () => {
  const lines = [...new Set(commandLines(readme))];

  it('finds the command lines (the quick start among them)', () => {
    expect(lines).toEqual(expect.arrayContaining(['npm start', 'npm test', 'npm run --silent ask -- --json', 'node bin/storybot.js ask --json "When did the call take place?"']));
  });

  it.each(lines)('%s', async (line) => {
    const { script, command, options } = parse(line);
    if (script !== undefined) expect(Object.keys(scripts), `npm script "${script}"`).toContain(script);
    if (command === undefined) return;
    expect(Object.keys(COMMANDS), `storybot command "${command}"`).toContain(command);
    const known = await optionsOf(command);
    for (const option of options) expect(known, `${command} ${option}`).toContain(option);
  });

  it('never shows `storybot <command>` as if it were installed as a command', () => {
    const untypeable = [...readme.matchAll(/`storybot ([a-z:]+)[^`]*`/g)].filter((match) => match[1]! in COMMANDS).map((match) => match[0]);
    expect(untypeable).toEqual([]);
  });
});

describe('README → Scoring it', () => {
  it('explains every column `npm run eval` prints', () => {
    const section = readme.slice(readme.indexOf('### Scoring it'), readme.indexOf('\n## ', readme.indexOf('### Scoring it')));
    for (const column of EVAL_COLUMNS) expect(section, column).toMatch(new RegExp(`\\| \`${column}\`|\`${column}\` /|/ \`${column}\``));
  });
});

describe('README → Troubleshooting quotes what the program prints', () => {
  const bullet = (words: string): string => readme.slice(readme.indexOf('\n## Troubleshooting\n')).split('\n- ').find((entry) => entry.includes(words)) ?? '';

  it('a mistyped option', async () => {
    let err = '';
    const stderr = new PassThrough().on('data', (chunk: Buffer) => (err += String(chunk)));
    expect(await main(['ask', '--jsn'], { env: { npm_lifecycle_event: 'ask' }, stdin: new PassThrough(), stdout: new PassThrough(), stderr })).toBe(2);
    expect(bullet('unknown option')).toContain(`\`\`${err.trim()}\`\``);
  });

  it('npm start with no settings and no terminal', () => {
    const printed = /'(No Discord or Slack credentials in \.env: answering each line of standard input, then exiting) \(/.exec(readFileSync(`${root}src/commands/start.ts`, 'utf8'));
    expect(printed).not.toBeNull();
    expect(bullet('then exiting')).toContain(`\`${printed![1]} …\``);
  });

  it('a build older than its source', async () => {
    const script = readFileSync(`${root}bin/build-stamp.js`, 'utf8');
    const quoted = /`(storybot: dist\/ is out of date: )src\/… changed since the last build(, and this install has no TypeScript compiler to rebuild it\. )…`/.exec(bullet('dist/ is out of date'));
    expect(quoted).not.toBeNull();
    // The same words, around the file name and the folder the program fills in.
    expect(script).toContain('dist/ is out of date: ${what} since the last build');
    expect(script).toContain('storybot: ${state.reason}, and this install has no TypeScript compiler to rebuild it.');
    expect(script).toContain('storybot: ${state.reason}; rebuilding (npm run build) …');
  });
});
