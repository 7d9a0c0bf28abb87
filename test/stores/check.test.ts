import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, freePort, scratchFolder } from '../reliability/process.js';
import { describeWithRedis } from './describe-with-redis.js';
import { RedisServer } from './redis-server.js';

/** `storybot check` (the built CLI) reports whether REDIS_URL answers, never printing the URL or its password. */
const cwd = scratchFolder('storybot-check-redis-');
const knowledge = join(new URL('../..', import.meta.url).pathname, 'knowledge');

function check(env: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'check', '--knowledge', knowledge], { cwd: cwd(), env: { PATH: process.env.PATH ?? '', HOME: cwd(), ...env } });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
    child.stdin.end();
  });
}

describe('storybot check: Redis', () => {
  it('says each process keeps its own state when REDIS_URL is not set', async () => {
    const { code, stdout } = await check({});
    expect(code).toBe(0);
    expect(stdout).toMatch(/Redis \(REDIS_URL\):\n\s+not set/);
  });

  it('fails, with the reason but not the password, when REDIS_URL cannot be reached', async () => {
    const port = await freePort();
    const { code, stdout } = await check({ REDIS_URL: `redis://:s3cr3t-pass@127.0.0.1:${port}` });
    expect(code).toBe(1);
    expect(stdout).toContain(`✗ the Redis at REDIS_URL cannot be reached (connect ECONNREFUSED 127.0.0.1:${port})`);
    expect(stdout).not.toContain('s3cr3t-pass');
  });

  it('fails on a REDIS_URL that is not a redis:// URL', async () => {
    const { code, stdout } = await check({ REDIS_URL: 'localhost:6379' });
    expect(code).toBe(1);
    expect(stdout).toContain('REDIS_URL');
  });
});

describeWithRedis('storybot check: a running Redis', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await RedisServer.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('passes and names the Redis version', async () => {
    const { code, stdout } = await check({ REDIS_URL: server.url });
    expect(stdout).toMatch(/ok the Redis at REDIS_URL answers \(Redis \d+\.\d+/);
    expect(stdout).not.toContain(server.url);
    expect(code).toBe(0);
  });
});
