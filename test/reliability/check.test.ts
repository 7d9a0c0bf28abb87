import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCacheDir } from '../support/cache-dir.js';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'bin/storybot.js');
const knowledge = join(root, 'knowledge');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI in a folder of our own, so no developer .env leaks in. */
function storybot(args: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, STORYBOT_CACHE_DIR: testCacheDir(), ...extraEnv } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxp-111111111111-222222222222-wrongkindoftoken',
  SLACK_APP_TOKEN: 'xoxb-333333333333-mixedupwithbottoken',
  SLACK_SIGNING_SECRET: 'not-a-hex-signing-secret-value!',
  DISCORD_TOKEN: 'Bot MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123',
};

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'storybot-check-'));
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('storybot check (built CLI, child process)', () => {
  it('passes on the bundled stories with no configuration', async () => {
    const run = await storybot(['check', '--knowledge', knowledge], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ok witkoff-call.txt');
    expect(run.stdout).toContain('check passed');
  });

  it('names each broken story file and its problem, lists the good ones, and exits 1', async () => {
    const dir = join(cwd, 'broken-knowledge');
    await mkdir(dir);
    await writeFile(join(dir, 'good.md'), 'The mayor, Jane Doe, opened the bridge on Monday.\n');
    await writeFile(join(dir, 'empty.md'), '');
    await writeFile(join(dir, 'bad-date.md'), '---\npublished: last week\n---\nSome text here.\n');
    await writeFile(join(dir, 'unclosed.md'), '---\ntitle: x\nSome text.\n');
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0x0a]));
    const run = await storybot(['check', '--knowledge', dir], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ok good.md');
    expect(run.stdout).toMatch(/✗ empty\.md: is empty/);
    expect(run.stdout).toMatch(/✗ bad-date\.md: .*published must be a date/);
    expect(run.stdout).toMatch(/✗ unclosed\.md: .*no closing ---/);
    expect(run.stdout).toMatch(/✗ latin1\.txt: is not UTF-8/);
    expect(run.stdout).toContain('check failed');
  });

  it('fails on a link out of the folder, a link to /dev/zero and a named pipe, one line each, and never prints what a link points at', async () => {
    const dir = join(cwd, 'linked-knowledge');
    await mkdir(dir);
    await writeFile(join(dir, 'good.md'), 'The mayor, Jane Doe, opened the bridge on Monday.\n');
    await writeFile(join(cwd, 'deploy.env'), 'SLACK_BOT_TOKEN=xoxb-123456789012-linkedsecretvalue\n');
    await symlink(join(cwd, 'deploy.env'), join(dir, 'settings.md'));
    await symlink('/dev/zero', join(dir, 'zero.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const run = await storybot(['check', '--knowledge', dir], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ok good.md');
    expect(run.stdout).toContain('✗ settings.md: is a symbolic link to a file outside the knowledge folder, so it is not read');
    expect(run.stdout).toContain('✗ zero.txt: is a symbolic link to a file outside the knowledge folder, so it is not read');
    expect(run.stdout).toContain('✗ pipe.md: is a named pipe, not a regular file, so it is not read');
    expect(run.stdout + run.stderr).not.toContain('linkedsecretvalue');
  });

  it('refuses a knowledge or cache folder on a virtual file system: check fails, ask and start stop with one line', async () => {
    const checked = await storybot(['check', '--knowledge', '/proc'], cwd, { STORYBOT_CACHE_DIR: '/proc/storybot-cache' });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain("Knowledge folder /proc:\n  ✗ the knowledge folder is on the kernel's virtual file system (proc), not a folder on disk");
    expect(checked.stdout).toContain("Cache folder /proc/storybot-cache:\n  ✗ the cache folder is on the kernel's virtual file system (proc), not a folder on disk; set STORYBOT_CACHE_DIR");
    for (const command of ['ask', 'start']) {
      const refused = await storybot([command, '--knowledge', '/proc', 'Who?'], cwd);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(new RegExp(`^storybot ${command}: /proc: the knowledge folder is on the kernel's virtual file system \\(proc\\)`, 'm'));
      const cached = await storybot([command, '--knowledge', knowledge, 'Who?'], cwd, { STORYBOT_CACHE_DIR: '/sys/storybot' });
      expect(cached.code).toBe(1);
      expect(cached.stderr).toMatch(/the cache folder is on the kernel's virtual file system \(sysfs\)/);
    }
  });

  it('fails on a missing folder with a readable message', async () => {
    const run = await storybot(['check', '--knowledge', join(cwd, 'nope')], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/knowledge folder does not exist/);
  });

  it('reports every configuration problem by variable name without echoing any value', async () => {
    const run = await storybot(['check', '--knowledge', knowledge], cwd, { ...SECRETS, LOG_LEVEL: 'loud', SLACK_PORT: 'http' });
    expect(run.code).toBe(1);
    for (const variable of ['SLACK_BOT_TOKEN should be a bot token starting with "xoxb-"', 'SLACK_APP_TOKEN should be an app-level token starting with "xapp-"', 'SLACK_SIGNING_SECRET', 'DISCORD_TOKEN', 'LOG_LEVEL', 'SLACK_PORT']) {
      expect(run.stdout).toContain(variable);
    }
    const output = run.stdout + run.stderr;
    for (const secret of Object.values(SECRETS)) expect(output).not.toContain(secret);
    expect(output).not.toContain('wrongkindoftoken');
    expect(output).not.toContain('loud');
  });

  it('reads .env too, and flags a Slack token with neither an app token nor a signing secret', async () => {
    const dir = join(cwd, 'with-dotenv');
    await mkdir(dir);
    await writeFile(join(dir, '.env'), 'SLACK_BOT_TOKEN=xoxb-123456789012-abcdefghijkl\n');
    const run = await storybot(['check', '--knowledge', knowledge], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/SLACK_APP_TOKEN is not set, and neither is SLACK_SIGNING_SECRET: one of them is needed with SLACK_BOT_TOKEN/);
    expect(run.stdout).not.toContain('abcdefghijkl');
  });

  it('a start-up config error names the variable and never echoes a secret', async () => {
    const run = await storybot(['start', '--knowledge', knowledge], cwd, { ...SECRETS, RATE_LIMIT_PER_MINUTE: 'many' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/RATE_LIMIT_PER_MINUTE should be a whole number.*\.env\.example.*README's Configuration section/);
    for (const secret of Object.values(SECRETS)) expect(run.stdout + run.stderr).not.toContain(secret);
  });
});
