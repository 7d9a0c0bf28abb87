import { runQuestionSet, type EvalSummary } from '../eval/run.js';
import { loadQuestionSet, QUESTION_SETS } from '../eval/sets.js';
import { parseFlags } from './common.js';
import type { CommandIO } from './types.js';

const percent = (value: number | null): string => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const points = (value: number): string => (value * 100).toFixed(1);

function table(summaries: EvalSummary[]): string {
  const header = ['question set', 'questions', 'answered right', 'abstained right', 'precision', 'coverage', 'SQuAD2 F1', 'short EM', 'short F1'];
  const rows = summaries.map((s) => [
    s.name,
    String(s.total),
    percent(s.answeredRight),
    percent(s.abstainedRight),
    percent(s.precision),
    percent(s.coverage),
    points(s.squad2F1),
    points(s.exact),
    points(s.f1),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** `npm run eval`: the score table; `--failures` also lists each question that failed. */
export async function run(io: CommandIO): Promise<number> {
  const { values } = parseFlags(io.argv, { failures: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } });
  const summaries: EvalSummary[] = [];
  for (const set of QUESTION_SETS) {
    const { bot, questions } = await loadQuestionSet(set);
    summaries.push(runQuestionSet(set.name, bot, questions));
  }
  if (values.json) {
    io.stdout.write(`${JSON.stringify(summaries.map(({ results: _results, ...summary }) => summary))}\n`);
    return 0;
  }
  io.stdout.write(`${table(summaries)}\n`);
  if (values.failures) {
    for (const summary of summaries) {
      for (const result of summary.results.filter((r) => !r.passed)) {
        io.stdout.write(`\n[${summary.name}] ${result.question.id}: ${result.question.question}\n  expected ${JSON.stringify(result.question.expect)}\n  got ${JSON.stringify(result.answer.text.slice(0, 300))}\n`);
      }
    }
  }
  return 0;
}
