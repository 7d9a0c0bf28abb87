import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Issue 21: one question must never hold the thread near the platforms' 3-second deadlines. */
export const HOSTILE_TARGETS = { worstQuestionMs: 1000 };

type Figures = Record<string, number | null>;

/** The worst-question measurement for one archive, in its own process (hostile-run.ts); the story corpus has none. */
export function hostilePhase(corpus: string): Figures & { worstQuestionKind?: string } {
  if (corpus === 'story') return {};
  const script = fileURLToPath(new URL('./hostile-run.js', import.meta.url));
  const run = spawnSync(process.execPath, ['--expose-gc', script, corpus], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`bench hostile ${corpus} failed (exit ${run.status})`);
  const { hostile: _rows, ...figures } = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as Figures & { hostile?: unknown };
  return figures;
}

const ms = (value: number | null | undefined): string => (value === null || value === undefined ? '–' : value.toFixed(1));

/** Table rows: the slowest answer to a question built to cost the most (hostile.ts). */
export const HOSTILE_ROWS: [string, (f: Figures) => string][] = [
  ['worst question (ms)', (f) => ms(f.worstQuestionMs)],
  ['  … terms considered of it', (f) => (f.worstQuestionTerms == null ? '–' : String(f.worstQuestionTerms))],
  ['  … hostile questions out of time', (f) => (f.worstQuestionOutOfTime == null ? '–' : String(f.worstQuestionOutOfTime))],
];
