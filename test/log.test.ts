import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';

/** A destination that records what it was given and can pose as a terminal. */
class Sink extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

const prettyLoaded = (): boolean => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('/pino-pretty/'));

describe('log format', () => {
  it('JSON lines when the destination is not a terminal, without loading pino-pretty', () => {
    const sink = new Sink(false);
    createLogger({ destination: sink }).info({ platform: 'slack' }, 'Slack adapter running');
    expect(JSON.parse(sink.text.trim())).toMatchObject({ level: 30, platform: 'slack', msg: 'Slack adapter running' });
    expect(prettyLoaded()).toBe(false);
  });

  it('human-readable lines on a terminal, secrets still scrubbed', async () => {
    const sink = new Sink(true);
    createLogger({ destination: sink, secrets: ['xoxb-1-2-verysecret'] }).info({ token: 'x', note: 'xoxb-1-2-verysecret' }, 'Slack adapter running');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sink.text).toMatch(/INFO.*Slack adapter running/);
    expect(() => JSON.parse(sink.text.trim())).toThrow();
    expect(sink.text).not.toContain('verysecret');
  });

  it('always JSON with LOG_FORMAT=json, even on a terminal', () => {
    const sink = new Sink(true);
    createLogger({ destination: sink, format: 'json' }).warn('cannot reach Discord; retrying');
    expect(JSON.parse(sink.text.trim()).msg).toBe('cannot reach Discord; retrying');
  });
});
