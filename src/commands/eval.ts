import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ABSTAIN_BELOW } from '../answer/decide/confidence.js';
import { runHeldOut, type Scoring } from '../eval/held-out.js';
import { curveSvg, precisionCoverage } from '../eval/plot.js';
import type { EvalSummary } from '../eval/run.js';
import { QUESTION_SETS } from '../eval/sets.js';
import { parseFlags } from './common.js';
import type { CommandIO } from './types.js';

const percent = (value: number | null): string => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const points = (value: number): string => (value * 100).toFixed(1);

/** The table's columns, each explained in the README ("Scoring it"; a test holds them in step). */
export const EVAL_COLUMNS = ['question set', 'questions', 'answered right', 'abstained right', 'precision', 'false premises refused', 'coverage', 'SQuAD2 F1', 'short EM', 'short F1'];

function table(summaries: EvalSummary[]): string {
  const header = EVAL_COLUMNS;
  const rows = summaries.map((s) => [
    s.name,
    String(s.total),
    percent(s.answeredRight),
    percent(s.abstainedRight),
    percent(s.precision),
    percent(s.falsePremisesRefused),
    percent(s.coverage),
    points(s.squad2F1),
    points(s.exact),
    points(s.f1),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Progress on stderr, only at a terminal: the sets take half a minute, and stdout may be piped. */
async function withProgress<T>(io: CommandIO, label: string, work: () => Promise<T>, detail: (result: T) => string): Promise<T> {
  if (!io.stderr.isTTY) return work();
  io.stderr.write(`eval: ${label} … `);
  const started = performance.now();
  const result = await work();
  io.stderr.write(`${detail(result)} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * `npm run eval`: the score table, held out (each question answered with the verifier fitted
 * without its group); `--committed` scores with the committed model instead (in-sample);
 * `--only TEXT` scores only the sets whose name contains TEXT; `--plot DIR` writes each set's precision-against-coverage curve; `--failures` lists failures.
 */
export async function run(io: CommandIO): Promise<number> {
  const { values } = parseFlags(io.argv, {
    failures: { type: 'boolean', default: false, help: 'list each question that failed, with what was expected and what came back' },
    json: { type: 'boolean', default: false, help: 'print the figures as one JSON document' },
    committed: { type: 'boolean', default: false, help: 'score with the committed verifier (in-sample) instead of held out' },
    plot: { type: 'string', value: 'DIR', help: "write each set's precision-against-coverage curve (SVG) to DIR" },
    only: { type: 'string', value: 'TEXT', help: 'score only the sets whose name contains TEXT' },
  });
  const scoring: Scoring = values.committed ? 'committed' : 'held-out';
  const summaries: EvalSummary[] = [];
  const sets = QUESTION_SETS.filter((set) => !values.only || set.name.includes(values.only));
  for (const [at, set] of sets.entries()) {
    const label = `${set.name} (set ${at + 1} of ${sets.length})`;
    summaries.push(await withProgress(io, label, () => runHeldOut(set, scoring), (summary) => `${summary.total} questions`));
  }
  if (values.plot) {
    const dir = resolve(values.plot);
    await mkdir(dir, { recursive: true });
    for (const set of sets) {
      // With no threshold every question gets its best answer and confidence: the whole curve.
      const open = await withProgress(io, `curve of ${set.name}`, () => runHeldOut(set, scoring, { abstainBelow: 0 }), () => 'drawn');
      await writeFile(join(dir, `${slug(set.name)}.svg`), curveSvg(`${set.name} (${scoring})`, precisionCoverage(open.results), ABSTAIN_BELOW));
    }
  }
  if (values.json) {
    io.stdout.write(`${JSON.stringify(summaries.map(({ results: _results, ...summary }) => ({ ...summary, scoring })))}\n`);
    return 0;
  }
  io.stdout.write(`Scored ${scoring === 'held-out' ? 'held out: each question by the verifier fitted without its article or set' : 'with the committed verifier (in-sample: not a figure to quote)'}; abstains below ${ABSTAIN_BELOW}.\n`);
  io.stdout.write(`${table(summaries)}\n`);
  if (values.plot) io.stdout.write(`curves written to ${resolve(values.plot)}\n`);
  if (values.failures) {
    for (const summary of summaries) {
      for (const result of summary.results.filter((r) => !r.passed)) {
        io.stdout.write(`\n[${summary.name}] ${result.question.id}: ${result.question.question}\n  expected ${JSON.stringify(result.question.expect)}\n  got ${JSON.stringify(result.answer.text.slice(0, 300))}\n`);
      }
    }
  }
  return 0;
}
