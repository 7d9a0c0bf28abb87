import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, EnvSchema, readEnv } from '../../src/config.js';
import { createLogger } from '../../src/log.js';

const root = new URL('../..', import.meta.url).pathname;

function capture(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      text += String(chunk);
      callback();
    },
  });
  return { stream, text: () => text };
}

const BOT = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx';
const APP = 'xapp-1-A0123456789-1234567890123-abcdef0123456789';
const SIGNING = '8f742231b10e8888abcd99yyyzzz85a5';
const DISCORD = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.MnOpQrStUvWxYz0123456789abcdefgh';

describe('log redaction', () => {
  it('scrubs configured secrets from messages, fields, error messages and stacks, keeping the rest', () => {
    const out = capture();
    const logger = createLogger({ secrets: [BOT, APP, SIGNING, DISCORD], destination: out.stream, level: 'info' });
    const error = new Error(`request failed with token ${BOT} and secret ${SIGNING}`);
    error.stack = `${error.stack ?? ''}\n    at connect (app token ${APP})`;
    logger.error({ err: error, eventId: 'Ev123', platform: 'slack', ms: 12 }, `answer failed for ${DISCORD}`);
    logger.info({ config: { botToken: BOT, nested: { appToken: APP } }, note: `Bot ${DISCORD}` }, 'client options');
    const text = out.text();
    for (const secret of [BOT, APP, SIGNING, DISCORD]) expect(text).not.toContain(secret);
    const first = JSON.parse(text.split('\n')[0] ?? '{}') as Record<string, unknown>;
    expect(first).toMatchObject({ eventId: 'Ev123', platform: 'slack', ms: 12, level: 50 });
    expect(String((first.err as { stack?: string }).stack)).toContain('[redacted]');
  });

  it('scrubs token-shaped values nobody registered, and authorization headers by path', () => {
    const out = capture();
    const logger = createLogger({ destination: out.stream });
    logger.warn({ headers: { authorization: 'Bearer some-opaque-value-1234' }, req: { headers: { authorization: 'Bot zzzz-opaque' } } }, `pasted ${BOT} and ${APP} and ${DISCORD}`);
    const text = out.text();
    for (const value of [BOT, APP, DISCORD, 'some-opaque-value-1234', 'zzzz-opaque']) expect(text).not.toContain(value);
  });
});

describe('configuration errors', () => {
  it('name the variable and point at .env.example, never echoing a value', () => {
    let caught: unknown;
    try {
      readEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SIGNING, LOG_LEVEL: SIGNING });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    expect(message).toMatch(/^LOG_LEVEL should be one of .*\.env\.example/);
    expect(message).not.toContain(SIGNING);
    expect((caught as ConfigError).stack ?? '').not.toContain(SIGNING);
  });

  it('scrub a token a caller puts into the problem text', () => {
    expect(new ConfigError('SLACK_BOT_TOKEN', `is wrong: ${BOT}`, 'Slack').message).not.toContain(BOT);
  });
});

describe('.env files', () => {
  it('.env is git-ignored', () => {
    const ignored = execFileSync('git', ['check-ignore', '-v', '.env', '.env.local'], { cwd: root, encoding: 'utf8' });
    expect(ignored).toContain('.env');
    expect(ignored).toContain('.env.local');
  });

  it('.env.example documents every variable and holds no real value for any secret', () => {
    const lines = readFileSync(`${root}.env.example`, 'utf8').split('\n');
    const values = new Map(
      lines.filter((line) => /^[A-Z_]+=/.test(line)).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1).trim()]),
    );
    for (const variable of Object.keys(EnvSchema.shape)) expect(values.has(variable), variable).toBe(true);
    for (const secret of ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET']) {
      expect(values.has(secret)).toBe(true);
      expect(values.get(secret)).toBe('');
    }
    const text = lines.join('\n');
    expect(text).not.toMatch(/xox[abpe]-\d|xapp-\d|[\w-]{20,}\.[\w-]{5,}\.[\w-]{20,}/);
  });
});
