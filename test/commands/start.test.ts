import { describe, expect, it } from 'vitest';
import { scratchFolder, StorybotProcess } from '../reliability/process.js';

/** `npm start` with no platform settings and no terminal: a service or a container must still say what it does. */
const folder = scratchFolder('storybot-start-');
const knowledge = new URL('../fixtures/knowledge', import.meta.url).pathname;

async function start(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = new StorybotProcess(['start', '--knowledge', knowledge], {}, folder());
  child.child.stdin.end(input);
  const { code } = await child.exited;
  return { code, stdout: child.stdout, stderr: child.stderr };
}

const SAYS = 'No Discord or Slack credentials in .env: answering each line of standard input, then exiting (see .env.example to run on Discord or Slack).\n';

describe('npm start without a terminal and without platform settings', () => {
  it('says it answers standard input, then does', async () => {
    const { code, stdout, stderr } = await start('How much did the bridge repair cost?\n');
    expect(stderr).toBe(SAYS);
    expect(stdout).toMatch(/\$48 million/);
    expect(code).toBe(0);
  });

  it('with nothing on its input (</dev/null, a detached container) still says why it ends at once', async () => {
    const { code, stdout, stderr } = await start('');
    expect(stderr).toBe(SAYS);
    expect(stdout).toBe('');
    expect(code).toBe(0);
  });
});
