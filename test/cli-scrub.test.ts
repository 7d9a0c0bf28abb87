import { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

/** Runs the CLI in this process and returns what it wrote to standard error. */
async function stderrOf(argv: string[], env: Record<string, string>): Promise<string> {
  let text = '';
  const sink = (): Writable =>
    new Writable({
      write(chunk, _encoding, done) {
        text += String(chunk);
        done();
      },
    });
  await main(argv, { env, stdin: Readable.from([]), stdout: sink() as never, stderr: sink() as never });
  return text;
}

describe('command-line errors', () => {
  it('never print a token pasted into a non-secret setting', async () => {
    const token = 'xoxb-123456789012-abcdefABCDEF';
    const text = await stderrOf(['ask', 'hi'], { KNOWLEDGE_DIR: token });
    expect(text).toContain('storybot ask:');
    expect(text).toContain('[redacted]');
    expect(text).not.toContain('abcdefABCDEF');
  });

  it('never print a known secret value that reached another setting', async () => {
    const secret = 'plain-signing-secret-1234';
    const text = await stderrOf(['ask', 'hi'], { KNOWLEDGE_DIR: `/nowhere/${secret}`, SLACK_SIGNING_SECRET: secret, LOG_LEVEL: 'debug' });
    expect(text).toContain('knowledge folder does not exist');
    expect(text).not.toContain(secret);
  });
});
