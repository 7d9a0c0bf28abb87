import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { main } from '../../src/cli.js';
import { NO_QUESTION_AT_TERMINAL } from '../../src/commands/ask.js';
import { testCacheDir } from '../support/cache-dir.js';

const run = promisify(execFile);
const bin = new URL('../../bin/storybot.js', import.meta.url).pathname;
const fixtures = new URL('../fixtures/knowledge/', import.meta.url).pathname;
// No .env of the developer's may change what the child sees.
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', STORYBOT_CACHE_DIR: testCacheDir() };

const JsonLine = z.object({
  question: z.string(),
  answer: z.string(),
  abstained: z.boolean(),
  confidence: z.number().min(0).max(1),
  citations: z.array(
    z.object({ marker: z.number().int(), documentId: z.string(), documentTitle: z.string(), passageId: z.string(), text: z.string() }),
  ),
});

/** Runs `storybot ask` as a user would, feeding `input` on stdin. */
function ask(args: string[], input = ''): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'ask', ...args], { env, cwd: new URL('../..', import.meta.url).pathname });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(input);
  });
}

describe('storybot ask (built CLI, child process)', () => {
  it('answers one question from the arguments and exits 0', async () => {
    // execFile rejects on a non-zero exit, so resolving is the exit-0 check.
    const { stdout } = await run(process.execPath, [bin, 'ask', 'When did the call take place?'], { env });
    expect(stdout).toMatch(/14 October.*\[1\]/);
    expect(stdout).toMatch(/Sources:/);
  });

  it('--json reads one question per stdin line and prints exactly one JSON object per line, in order', async () => {
    const questions = ['When did the call take place?', 'What is the capital of France?', '', 'Who is Dan Driscoll?'];
    const { stdout, code } = await ask(['--json'], questions.join('\n'));
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JsonLine.parse(JSON.parse(line)));
    expect(lines.map((line) => line.question)).toEqual(questions);
    expect(lines[0]?.abstained).toBe(false);
    expect(lines[0]?.citations[0]?.text).toMatch(/14 October/);
    expect(lines[0]?.answer).toMatch(/\[1\]/);
    expect(lines[1]?.abstained).toBe(true);
    expect(lines[1]?.citations).toEqual([]);
    expect(lines[3]?.citations[0]?.passageId).toMatch(/^witkoff-call#\d+$/);
  });

  it('piped text answers are separated by one blank line; --json stays one object per line', async () => {
    const questions = 'When did the call take place?\nWhat is the capital of France?\n';
    const { stdout } = await ask([], questions);
    const blocks = stdout.trimEnd().split('\n\n');
    expect(blocks.some((block) => block.startsWith('Sources:'))).toBe(true);
    expect(blocks.at(-1)).toMatch(/^The stories I know don’t say/);
    expect(stdout).not.toMatch(/\n\n\n/);
    const json = await ask(['--json'], questions);
    expect(json.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('--session keeps a conversation across lines, so follow-ups work in a batch', async () => {
    const { stdout } = await ask(['--json', '--session', 'batch-1'], 'When did the call take place?\nsource?\n');
    const [first, second] = stdout.trimEnd().split('\n').map((line) => JsonLine.parse(JSON.parse(line)));
    expect(second?.abstained).toBe(false);
    expect(second?.citations).toEqual(first?.citations);
  });

  it('--json says what kind of reply each line is, and citations carry the link to the cited sentence', async () => {
    const linked = new URL('../fixtures/adapters/knowledge/', import.meta.url).pathname;
    const questions = ['hello', 'What is the story about?', 'When was the story published?', 'Who wrote the story?', 'Write me a poem', 'When did the call take place?'];
    const { stdout } = await ask(['--json', '--knowledge', linked], questions.join('\n'));
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.kind)).toEqual(['chat', 'about', 'about', 'abstained', 'abstained', 'answer']);
    expect(lines[0]).toMatchObject({ intent: 'greeting', abstained: false, citations: [] });
    expect((lines[0]?.suggestions as string[]).length).toBeGreaterThanOrEqual(2);
    expect(lines[1]).toMatchObject({ topic: 'summary', storyIds: ['witkoff-call'] });
    expect(lines[2]).toMatchObject({ topic: 'facts', shortAnswer: '26 November 2025', facts: [{ field: 'published', storyId: 'witkoff-call', value: '2025-11-26' }] });
    expect(lines[3]).toMatchObject({ reason: 'not-in-file', abstained: true });
    expect(lines[4]).toMatchObject({ reason: 'out-of-scope', abstained: true });
    const cited = (lines[5]?.citations as Array<{ url?: string }>)[0];
    expect(cited?.url).toMatch(/^https:\/\/news\.example\/witkoff-call#:~:text=The%20discussion%20took%20place%20on,deal%20between%20Israel%20and%20Hamas$/);
  });

  it('--knowledge points at another folder, and answers cite that story', async () => {
    const { stdout } = await ask(['--json', '--knowledge', fixtures], 'How much did the bridge repair cost?\n');
    const answer = JsonLine.parse(JSON.parse(stdout));
    expect(answer.answer).toMatch(/\$48 million/);
    expect(answer.citations[0]?.documentId).toBe('harbour-bridge');
  });

  it('never quotes a file a symbolic link points at outside the folder, and warns once naming the link', async () => {
    const root = await mkdtemp(join(tmpdir(), 'storybot-ask-link-'));
    try {
      const dir = join(root, 'knowledge');
      await mkdir(dir);
      await writeFile(join(dir, 'bridge.md'), 'The mayor of Springfield, Jane Doe, announced the new bridge on Monday.\n');
      await writeFile(join(root, '.env'), 'SLACK_BOT_TOKEN=xoxb-123456789012-linkedsecretvalue\nSLACK_SIGNING_SECRET=0123456789abcdef0123456789abcdef\n');
      await symlink(join(root, '.env'), join(dir, 'env.md'));
      const { stdout, stderr, code } = await ask(['--json', '--knowledge', dir], 'Which stories do you know?\nWhat is the SLACK_BOT_TOKEN?\nWhat is the signing secret?\n');
      expect(code).toBe(0);
      expect(stdout).not.toMatch(/linkedsecretvalue|0123456789abcdef|xoxb-/);
      expect(stderr.trim().split('\n')).toEqual(['warning: skipped env.md: is a symbolic link to a file outside the knowledge folder, so it is not read; copy the story into the folder instead; it is not loaded']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('a missing knowledge folder is a readable error and exit code 1, not a stack trace', async () => {
    const { stderr, code } = await ask(['--knowledge', '/nonexistent/stories', 'Who?']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/knowledge folder does not exist/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown option is one line naming it and where the usage is, exit 2', async () => {
    const { stderr, code } = await ask(['--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toBe("storybot ask: unknown option '--frobnicate' (`node bin/storybot.js ask --help` lists the options)\n");
  });

  it('a reader that closes the pipe early (`| head -1`) ends it quietly, exit 0', async () => {
    const child = spawn(process.execPath, [bin, 'ask', '--json'], { env, cwd: new URL('../..', import.meta.url).pathname });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -1`: read the first line, then close the pipe while answers keep coming.
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end('When did the call take place?\n'.repeat(400));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('storybot ask with no question (in process)', () => {
  const fixtures = new URL('../fixtures/knowledge/', import.meta.url).pathname;
  const capture = () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += String(chunk)));
    return { stream, text: () => text };
  };

  it('at a terminal says it reads one question per line, then answers each', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = capture();
    const stderr = capture();
    const done = main(['ask', '--knowledge', fixtures], { env: { STORYBOT_CACHE_DIR: testCacheDir() }, stdin, stdout: stdout.stream, stderr: stderr.stream });
    stdin.end('How much did the bridge repair cost?\n');
    expect(await done).toBe(0);
    expect(stderr.text()).toBe(NO_QUESTION_AT_TERMINAL);
    expect(stderr.text()).toMatch(/one question per line/);
    expect(stdout.text()).toMatch(/\$48 million/);
  });

  it('from a pipe answers each line without that notice', async () => {
    const stderr = capture();
    const stdin = new PassThrough();
    const done = main(['ask', '--knowledge', fixtures], { env: { STORYBOT_CACHE_DIR: testCacheDir() }, stdin, stdout: capture().stream, stderr: stderr.stream });
    stdin.end('How much did the bridge repair cost?\n');
    expect(await done).toBe(0);
    expect(stderr.text()).toBe('');
  });
});
