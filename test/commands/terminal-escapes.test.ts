import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCacheDir } from '../support/cache-dir.js';
import { CONTROL, HOSTILE } from '../support/escapes.js';

const bin = new URL('../../bin/storybot.js', import.meta.url).pathname;
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', STORYBOT_CACHE_DIR: testCacheDir() };
let folder: string;

/** A story whose title and text carry the escape sequences, and a broken file whose name does. */
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'storybot-escapes-'));
  const story = [
    `# Harbour bridge reopens${HOSTILE.title}${HOSTILE.csi8bit}`,
    '',
    `The Kestrel Harbour bridge reopened to traffic on Monday${HOSTILE.clear}, the city's transport department said ${HOSTILE.link}.`,
    '',
    `Mayor Lena Ortiz cut the ribbon at 9am${HOSTILE.clipboard}.`,
  ].join('\n');
  await writeFile(join(folder, 'bridge.md'), story);
  await writeFile(join(folder, `broken${HOSTILE.title}.md`), '');
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function storybot(args: string[], input = ''): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args, '--knowledge', folder], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => resolve({ stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('text from story files reaching a terminal', () => {
  // Story text and titles lose their control characters when the story loads (src/text/invisible.ts);
  // what reaches a terminal is then shown inertly as well, which is what keeps a file name harmless.
  it('`ask` never prints a story’s escape sequences raw, and shows a file name’s as symbols', async () => {
    const { stdout, stderr } = await storybot(['ask', 'Who cut the ribbon?']);
    expect(stdout).toContain('9am ]52;c;ZXZpbA==');
    expect(stdout).toContain('Harbour bridge reopens ]0;pwned');
    expect(stderr).toContain('warning: skipped broken␛]0;pwned␇.md');
    expect(stdout).not.toMatch(CONTROL);
    expect(stderr).not.toMatch(CONTROL);
  });

  it('the terminal chat never prints them raw in answers, :passage and :sources', async () => {
    const { stdout, stderr } = await storybot(['repl'], 'Who cut the ribbon?\n:passage 1\n:sources\n');
    expect(stdout).toContain('9am ]52;c;ZXZpbA==');
    expect(stdout).toContain('reopens ]0;pwned');
    expect(stdout).not.toMatch(CONTROL);
    expect(stderr).not.toMatch(CONTROL);
  });

  it('`ask --json` carries no control character, even once parsed', async () => {
    const { stdout } = await storybot(['ask', '--json', 'Who cut the ribbon?']);
    expect(stdout).not.toMatch(CONTROL);
    const line = JSON.parse(stdout) as { citations: Array<{ text: string; documentTitle: string }> };
    expect(line.citations[0]?.text).toContain('9am ]52;c;ZXZpbA==');
    expect(line.citations[0]?.text).not.toMatch(CONTROL);
    expect(line.citations[0]?.documentTitle).not.toMatch(CONTROL);
  });
});
