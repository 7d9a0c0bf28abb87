import { spawn, spawnSync } from 'node:child_process';
import { median } from './stats.js';

/**
 * How long `storybot repl` takes to show its prompt in a terminal: the REPL only prints a banner
 * and prompt when stdin and stdout are TTYs, so it runs under `script(1)`, which gives it a
 * pseudo-terminal. Timed from spawning to the prompt appearing; null where `script` is missing.
 */
const PROMPT = 'storybot> ';

function once(root: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // `script -q -c CMD /dev/null`: util-linux syntax; `-e` would pass the exit code, not needed.
    const child = spawn('script', ['-q', '-c', `${JSON.stringify(process.execPath)} bin/storybot.js repl`, '/dev/null'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no REPL prompt after 10 s: ${seen}`));
    }, 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (seen.includes(PROMPT)) {
        const ms = performance.now() - started;
        clearTimeout(timer);
        child.stdin.end(':quit\n');
        setTimeout(() => child.kill('SIGKILL'), 500).unref();
        child.once('exit', () => resolve(ms));
      }
    });
  });
}

export async function measureReplPrompt(runs: number, root: string): Promise<{ runs: number; promptMs: number } | null> {
  if (spawnSync('script', ['--version'], { stdio: 'ignore' }).status !== 0) return null;
  await once(root);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await once(root));
  return { runs, promptMs: median(times) };
}
