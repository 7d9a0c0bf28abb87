import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { scriptFlags, type Flags } from '../../src/commands/flags.js';
import { measureColdStart, type ColdStart } from './cold-start.js';
import { measureReplPrompt } from './repl-prompt.js';
import { HOSTILE_ROWS, HOSTILE_TARGETS, hostilePhase } from './hostile-rows.js';
import { RELOAD_ROWS, RELOAD_TARGETS, reloadPhase } from './reload-rows.js';

/**
 * `npm run bench`: every corpus in two child processes (build, then serve from the saved
 * index) so each phase's peak RSS is its own, then the cold start of `ask`. A table by default,
 * one JSON document with `--json`.
 */
const TARGETS = {
  story: { answerP50: 0.5, answerP99: 2 },
  // Issue 10: the build from scratch, annotation included, within a minute at 200,000 passages.
  '10000': { answerP50: 20, answerP99: 100, ratio: 1.5, loadMs: 2000, peakRssMb: 1024, buildMs: 60_000 },
  coldRatio: 2.5,
  replPromptMs: 1000,
};

type Figures = Record<string, number | null>;

function phase(step: 'build' | 'serve', corpus: string): Figures {
  const script = fileURLToPath(new URL('./corpus.js', import.meta.url));
  const run = spawnSync(process.execPath, ['--expose-gc', script, step, corpus], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`bench ${step} ${corpus} failed (exit ${run.status})`);
  const line = run.stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(line) as Figures;
}

const FLAGS = {
  json: { type: 'boolean', default: false, help: 'print the figures as one JSON document' },
  corpora: { type: 'string', default: 'story,1000,10000', value: 'LIST', help: 'which corpora, comma-separated (default story,1000,10000)' },
  'cold-runs': { type: 'string', default: '15', value: 'N', help: 'runs of the one-shot `ask` for the cold-start figure (default 15)' },
  // A heavy row, run alone.
  'reload-only': { type: 'boolean', default: false, help: 'build each archive, then measure only the reload rows' },
  // The worst question we could construct (issue 21), run alone.
  'hostile-only': { type: 'boolean', default: false, help: 'build each archive, then measure only the worst-question row' },
} satisfies Flags;

const values = scriptFlags('bench', 'speed and scale figures (docs/benchmarks.md)', FLAGS);

const started = performance.now();
const loadBefore = loadavg()[0] ?? 0;
const results: Record<string, Figures> = {};
for (const corpus of values.corpora.split(',')) {
  if (!values.json) process.stderr.write(`bench: ${corpus} …\n`);
  if (values['hostile-only']) results[corpus] = { ...phase('build', corpus), ...hostilePhase(corpus) };
  else if (values['reload-only']) results[corpus] = { ...phase('build', corpus), ...reloadPhase(corpus) };
  else results[corpus] = { ...phase('build', corpus), ...phase('serve', corpus), ...reloadPhase(corpus), ...hostilePhase(corpus) };
}
if (values['hostile-only']) {
  process.stdout.write(`${JSON.stringify({ node: process.version, load: [loadBefore, loadavg()[0] ?? 0], corpora: results, targets: HOSTILE_TARGETS }, null, 2)}\n`);
  process.exit(0);
}
if (values['reload-only']) {
  process.stdout.write(`${JSON.stringify({ node: process.version, load: [loadBefore, loadavg()[0] ?? 0], corpora: results, targets: RELOAD_TARGETS }, null, 2)}\n`);
  process.exit(0);
}
if (!values.json) process.stderr.write('bench: cold start …\n');
const cold: ColdStart = measureColdStart(Number(values['cold-runs']), 'Who released the transcript?');
const repl = await measureReplPrompt(Math.min(9, Number(values['cold-runs'])), fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../../' : '../../', import.meta.url)));
// Other work on the machine inflates every figure, p99 most: the load average says how much.
const machine = { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadavg()[0] ?? 0, totalSeconds: (performance.now() - started) / 1000 };

if (values.json) {
  process.stdout.write(`${JSON.stringify({ node: process.version, machine, corpora: results, coldStart: cold, replPrompt: repl, targets: { ...TARGETS, reload: RELOAD_TARGETS, hostile: HOSTILE_TARGETS } }, null, 2)}\n`);
} else {
  const fixed = (digits: number) => (value: number | null | undefined) => (value === null || value === undefined ? '–' : value.toFixed(digits));
  const ms = fixed(1);
  const rows: [string, (f: Figures) => string][] = [
    ['stories', (f) => String(f.stories)],
    ['passages', (f) => String(f.passages)],
    ['sentences', (f) => String(f.sentences)],
    ['read + parse files (ms)', (f) => fixed(0)(f.readMs)],
    ['index build (ms)', (f) => fixed(0)(f.indexMs)],
    ['entity mining (ms)', (f) => fixed(0)(f.entitiesMs)],
    ['annotation (ms)', (f) => fixed(0)(f.annotateMs)],
    ['build total (ms)', (f) => fixed(0)(f.buildMs)],
    ['persisted index (MB)', (f) => fixed(1)((f.indexBytes ?? 0) / 1e6)],
    ['save (ms)', (f) => fixed(0)(f.saveMs)],
    ['load (ms)', (f) => fixed(0)(f.loadMs)],
    ['answer p50 (ms)', (f) => ms(f.answerP50)],
    ['answer p99 (ms)', (f) => ms(f.answerP99)],
    ['answers/s', (f) => fixed(0)(f.answersPerSecond)],
    ['raw search p50 (ms)', (f) => ms(f.rawP50)],
    ['raw search p99 (ms)', (f) => ms(f.rawP99)],
    ['answer / raw (total)', (f) => fixed(2)(f.ratio)],
    ['answer / raw (p50)', (f) => fixed(2)(f.ratioP50)],
    ['accuracy', (f) => (f.accuracy === null || f.accuracy === undefined ? '–' : `${(100 * f.accuracy).toFixed(1)}%`)],
    ['abstained', (f) => `${f.abstained}/${f.questions}`],
    ['peak RSS build (MB)', (f) => fixed(0)(f.buildPeakRssMb)],
    ['peak RSS serve (MB)', (f) => fixed(0)(f.servePeakRssMb)],
    ['  … with raw searches (MB)', (f) => fixed(0)(f.servePeakRssWithRawMb)],
    ['live heap serve (MB)', (f) => fixed(0)(f.liveHeapMb)],
    ...RELOAD_ROWS,
    ...HOSTILE_ROWS,
  ];
  const names = values.corpora.split(',').filter((name) => results[name]);
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [['', ...names.map((name) => (name === 'story' ? 'story' : `${name} stories`))]];
  for (const [label, cell] of rows) lines.push([label, ...names.map((name) => cell(results[name] ?? {}))]);
  const columns = lines[0]!.map((_, at) => Math.max(...lines.map((line) => (line[at] ?? '').length)));
  const out = lines.map((line) => line.map((cell, at) => (at === 0 ? cell.padEnd(width) : cell.padStart((columns[at] ?? 0) + 2))).join(''));
  out.push('', `cold start (median of ${cold.runs}): node -e 0 ${cold.nodeMs.toFixed(0)} ms, storybot ask ${cold.askMs.toFixed(0)} ms, ratio ${cold.ratio.toFixed(2)} (target ≤ ${TARGETS.coldRatio})`);
  out.push(repl ? `REPL prompt under a pseudo-terminal (median of ${repl.runs}): ${repl.promptMs.toFixed(0)} ms (target well under ${TARGETS.replPromptMs} ms)` : 'REPL prompt: not measured (no script(1) on this machine)');
  for (const name of names) {
    const kind = (results[name] as { worstQuestionKind?: string }).worstQuestionKind;
    if (kind) out.push(`worst question at ${name} stories: ${kind} (target under ${HOSTILE_TARGETS.worstQuestionMs} ms; it was 5.6 s before issue 21)`);
  }
  out.push(`machine: ${machine.cpus} CPUs, 1-min load average ${machine.loadAverageBefore.toFixed(1)} → ${machine.loadAverageAfter.toFixed(1)}; bench took ${machine.totalSeconds.toFixed(0)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
}
