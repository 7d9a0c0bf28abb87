import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './stats.js';

export interface ColdStart {
  runs: number;
  question: string;
  /** Median wall time of `node -e 0`, in ms. */
  nodeMs: number;
  /** Median wall time of `node bin/storybot.js ask "…"` until it exits, in ms. */
  askMs: number;
  ratio: number;
}

function wall(args: string[], cwd: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return ms;
}

/**
 * Interleaves the two commands so both see the same machine load; the first `ask` (which may
 * build the persisted index) is a warm-up and not counted, as in any second use of the CLI.
 */
export function measureColdStart(runs: number, question: string): ColdStart {
  const root = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../../' : '../../', import.meta.url));
  const ask = ['bin/storybot.js', 'ask', question];
  wall(ask, root);
  wall(['-e', '0'], root);
  const node: number[] = [];
  const asked: number[] = [];
  for (let run = 0; run < runs; run++) {
    node.push(wall(['-e', '0'], root));
    asked.push(wall(ask, root));
  }
  const nodeMs = median(node);
  const askMs = median(asked);
  return { runs, question, nodeMs, askMs, ratio: askMs / nodeMs };
}
