import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { COMMANDS } from '../src/commands/index.js';
import { testCacheDir } from './support/cache-dir.js';

/** Runs `storybot <argv>` in process; `env` may say it came through npm (`npm run ask -- --help`). */
async function run(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = new PassThrough().on('data', (chunk: Buffer) => (stdout += String(chunk)));
  const err = new PassThrough().on('data', (chunk: Buffer) => (stderr += String(chunk)));
  const code = await main(argv, { env: { STORYBOT_CACHE_DIR: testCacheDir(), ...env }, stdin: new PassThrough(), stdout: out, stderr: err });
  return { code, stdout, stderr };
}

describe('every command answers --help', () => {
  it.each(Object.keys(COMMANDS))('%s --help and -h print its usage and options, exit 0, and start nothing', async (name) => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await run([name, flag]);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(new RegExp(`^usage: node bin/storybot\\.js ${name}\\b`));
      expect(stdout).toContain(COMMANDS[name]!.summary);
      expect(stdout).toMatch(/-h, --help +show this help/);
    }
  });

  it('under npm the usage line is the one to type there', async () => {
    expect((await run(['ask', '--help'], { npm_lifecycle_event: 'ask' })).stdout).toMatch(/^usage: npm run ask -- \[options\] \["question"\]/);
    expect((await run(['start', '--help'], { npm_lifecycle_event: 'start' })).stdout).toMatch(/^usage: npm start -- \[options\]/);
  });

  it('names each option a command takes', async () => {
    expect((await run(['ask', '--help'])).stdout).toMatch(/--json[\s\S]*--session ID[\s\S]*--knowledge DIR/);
    expect((await run(['eval', '--help'])).stdout).toMatch(/--failures[\s\S]*--json[\s\S]*--committed[\s\S]*--plot DIR/);
    expect((await run(['index', '--help'])).stdout).toMatch(/--if-stale[\s\S]*--cache-file PATH[\s\S]*--knowledge DIR/);
  });

  it('after `--`, --help is a question, not a request for help', async () => {
    const { stdout } = await run(['ask', '--json', '--', '--help']);
    expect(JSON.parse(stdout)).toMatchObject({ question: '--help' });
  });
});

describe('a mistyped option', () => {
  it.each(Object.keys(COMMANDS))('%s: one line naming the option and where the usage is, exit 2', async (name) => {
    const { code, stdout, stderr } = await run([name, '--frobnicate']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`storybot ${name}: unknown option '--frobnicate' (\`node bin/storybot.js ${name} --help\` lists the options)\n`);
  });

  it('an option missing its value says so in one line', async () => {
    const { code, stderr } = await run(['index', '--cache-file']);
    expect(code).toBe(2);
    expect(stderr).toBe("storybot index: option '--cache-file <value>' argument missing (`node bin/storybot.js index --help` lists the options)\n");
  });
});
