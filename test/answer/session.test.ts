import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { testCacheDir } from '../support/cache-dir.js';

/** `ask --json --session ID` over stdin: a batch can hold follow-ups (needs `npm run build`). */
describe('ask --json --session', () => {
  it('resolves "he", then repeats the sources, across lines of one batch', () => {
    const input = ['Who is Yuri Ushakov?', 'Who did he speak to on 29 October?', 'source?'].join('\n');
    const out = execFileSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'storybot.js'), 'ask', '--json', '--session', 't1'], { input, encoding: 'utf8', env: { ...process.env, STORYBOT_CACHE_DIR: testCacheDir() } });
    const lines = out.trim().split('\n').map((line) => JSON.parse(line) as { answer: string; citations: { passageId: string }[] });
    expect(lines).toHaveLength(3);
    expect(lines[1]?.answer).toContain('Dmitriev');
    expect(lines[2]?.citations).toEqual(lines[1]?.citations);
  });

  it('answers "who did he speak to?" after "Who is Steve Witkoff?" (reported from Discord)', () => {
    const input = ['Who is Steve Witkoff?', 'who did he speak to?'].join('\n');
    const out = execFileSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'storybot.js'), 'ask', '--json', '--session', 't2'], { input, encoding: 'utf8', env: { ...process.env, STORYBOT_CACHE_DIR: testCacheDir() } });
    const lines = out.trim().split('\n').map((line) => JSON.parse(line) as { answer: string; abstained: boolean });
    expect(lines[1]?.abstained).toBe(false);
    expect(lines[1]?.answer).toContain('Ushakov');
  });
});
