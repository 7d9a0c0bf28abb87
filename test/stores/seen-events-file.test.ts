import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { openSeenEvents } from '../../src/stores/seen-events-file.js';
import { testCacheDir } from '../support/cache-dir.js';

const logger = createLogger({ level: 'silent' });
const fileIn = (): string => join(mkdtempSync(join(testCacheDir(), 'seen-')), 'slack-seen-events.json');
const options = { windowMs: 60_000, maxEntries: 3, writeDelayMs: 10 };

describe('the Slack events seen lately, kept across restarts', () => {
  it('remembers an event id after a restart', async () => {
    const file = fileIn();
    const before = await openSeenEvents(file, logger, options);
    expect(await before.firstSeen('Ev1')).toBe(true);
    expect(await before.firstSeen('Ev1')).toBe(false);
    await before.close();
    const after = await openSeenEvents(file, logger, options);
    expect(await after.firstSeen('Ev1')).toBe(false);
    expect(await after.firstSeen('Ev2')).toBe(true);
    await after.close();
  });

  it('keeps at most maxEntries ids, the newest, and forgets those past the window', async () => {
    const file = fileIn();
    const old = Date.now() - 2 * options.windowMs;
    writeFileSync(file, JSON.stringify({ format: 1, seen: [['EvOld', old]] }));
    const seen = await openSeenEvents(file, logger, options);
    expect(await seen.firstSeen('EvOld')).toBe(true);
    for (const id of ['Ev1', 'Ev2', 'Ev3', 'Ev4']) await seen.firstSeen(id);
    await seen.close();
    const kept = (JSON.parse(readFileSync(file, 'utf8')) as { seen: Array<[string, number]> }).seen.map(([id]) => id);
    expect(kept).toEqual(['Ev2', 'Ev3', 'Ev4']);
  });

  it('starts afresh from a damaged file', async () => {
    const file = fileIn();
    writeFileSync(file, '{"seen": [["Ev1", ');
    const seen = await openSeenEvents(file, logger, options);
    expect(await seen.firstSeen('Ev1')).toBe(true);
    await seen.close();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 1 });
  });
});
