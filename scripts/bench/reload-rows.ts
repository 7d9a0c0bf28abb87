import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Target for answers while the 200k-passage archive reloads (issue 13): the platforms' deadline is 3 s, a person notices far less. */
export const RELOAD_TARGETS = { answerP99: 50 };

type Figures = Record<string, number | null>;

/** The reload measurement for one archive, in its own process (reload.ts); the story corpus has none. */
export function reloadPhase(corpus: string): Figures {
  if (corpus === 'story') return {};
  const script = fileURLToPath(new URL('./reload.js', import.meta.url));
  const run = spawnSync(process.execPath, [script, corpus], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`bench reload ${corpus} failed (exit ${run.status})`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as Figures;
}

const ms = (value: number | null | undefined): string => (value === null || value === undefined ? '–' : value.toFixed(1));

/** Table rows: how answers fare while one edited story makes the whole archive reload. */
export const RELOAD_ROWS: [string, (f: Figures) => string][] = [
  ['reload after one edit (ms)', (f) => (f.reloadMs == null ? '–' : f.reloadMs.toFixed(0))],
  ['  … on the answering thread (ms)', (f) => (f.reloadBlockedMs == null ? '–' : f.reloadBlockedMs.toFixed(0))],
  ['  … longest slice of it (ms)', (f) => ms(f.reloadLongestBlockMs)],
  ['answers during the reload', (f) => (f.reloadAnswers == null ? '–' : `${f.reloadAnswers} (1 per ${ms(f.reloadIntervalMs)} ms)`)],
  ['  answer p50 while reloading (ms)', (f) => ms(f.reloadP50)],
  ['  answer p99 while reloading (ms)', (f) => ms(f.reloadP99)],
  ['  slowest while reloading (ms)', (f) => ms(f.reloadMax)],
  ['answers in the 5 s after the swap', (f) => (f.reloadAfterAnswers == null ? '–' : String(f.reloadAfterAnswers))],
  ['  answer p99 after the swap (ms)', (f) => ms(f.reloadAfterP99)],
  ['  slowest after the swap (ms)', (f) => ms(f.reloadAfterMax)],
];
