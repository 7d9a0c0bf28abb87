import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { malformedDotenvLines, withoutMalformedLines } from '../../src/check/dotenv-lines.js';

describe('.env lines that are not NAME=value', () => {
  it('are left out of what dotenv reads, every other line (a multi-line value too) kept', () => {
    const text = ['LOG_LEVEL=debug', 'DISCORD_APPLICATION_ID: 1100000000000000001', 'KEY="multi', 'line: value"', 'just words', 'AFTER=1'].join('\r\n');
    expect(parse(text)).toHaveProperty('DISCORD_APPLICATION_ID');
    expect(parse(withoutMalformedLines(text))).toEqual({ LOG_LEVEL: 'debug', KEY: 'multi\nline: value', AFTER: '1' });
    expect(malformedDotenvLines(withoutMalformedLines(text))).toEqual([]);
  });
});
