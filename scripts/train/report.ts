import { FEATURE_NAMES, type Example } from './dataset.js';
import { heldOut } from './folds.js';
import { calibration, decide, figures, type Decision, type Figures } from './heldout.js';
import { L2, NEWTON_ITERATIONS, type Fitted } from './logistic.js';

const SQUAD2_SET = 'squad2 (8 articles)';
const pct = (value: number | null): string => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const pts = (value: number): string => (value * 100).toFixed(1);

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

const FIGURE_HEADER = ['set', 'questions', 'answered right', 'abstained right', 'precision', 'coverage', 'SQuAD2 F1', 'short EM', 'short F1'];
const figureRow = (name: string, f: Figures): string[] => [name, String(f.questions), pct(f.answeredRight), pct(f.abstainedRight), pct(f.precision), pct(f.coverage), pts(f.squad2F1), pts(f.exact), pts(f.f1)];

function perSet(decisions: Decision[], threshold: number): string[][] {
  const sets = [...new Set(decisions.map((d) => d.example.set))];
  return sets.map((set) => figureRow(set, figures(decisions.filter((d) => d.example.set === set), threshold)));
}

/** The data/verifier-report.md text. */
export function writeReport(examples: Example[], groups: string[], full: Fitted, threshold: number, ablate = true): string {
  const held = heldOut(examples, groups);
  const inSample = examples.map((example) => decide(example, full));
  const squad = (list: Decision[]): Decision[] => list.filter((d) => d.example.set === SQUAD2_SET);
  const rows = examples.reduce((sum, e) => sum + e.candidates.length, 0);
  const positives = examples.reduce((sum, e) => sum + e.candidates.filter((row) => row.label).length, 0);
  const lines: string[] = [
    '# Answer verifier: training report',
    '',
    'Written by `npm run train` (scripts/train/main.ts); the weights are in `data/verifier.json`.',
    `Logistic regression, L2 = ${L2} on standardised features, Newton's method for ${NEWTON_ITERATIONS} iterations; no randomness.`,
    `Training rows: the top candidates (sentence + span) of every question the verifier decides, labelled 1 when that answer would pass the shared rule (answer holds a gold answer, a citation holds it): ${rows} rows, ${positives} positive, from ${examples.length} questions in ${groups.length} groups (${groups.join(', ')}).`,
    `Abstention: the bot answers when the best candidate's probability is at least ABSTAIN_BELOW = ${threshold} (src/answer/decide/confidence.ts).`,
    '',
    '## Held-out figures',
    '',
    'Each question is decided by the model fitted without its group: leave-one-article-out for the SQuAD 2.0 articles; Super Bowl 50 by a model that saw no Super Bowl question; the story sets by one that saw no story question.',
    '',
    table(FIGURE_HEADER, perSet(held, threshold)),
    '',
    'For comparison, the same figures in-sample (the committed model scoring its own training questions: not a figure to quote):',
    '',
    table(FIGURE_HEADER, perSet(inSample, threshold)),
    '',
    '## Precision against coverage (SQuAD 2.0, held out)',
    '',
    table(
      ['threshold', 'coverage', 'precision', 'answered right', 'abstained right', 'SQuAD2 F1'],
      [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8].map((t) => {
        const f = figures(squad(held), t);
        return [String(t), pct(f.coverage), pct(f.precision), pct(f.answeredRight), pct(f.abstainedRight), pts(f.squad2F1)];
      }),
    ),
    '',
    '## Calibration (held out, all sets)',
    '',
    "The best candidate's probability against the share of those answers that pass, in bins (rule-decided questions left out).",
    '',
    table(
      ['predicted', 'answers', 'mean predicted', 'observed right'],
      calibration(held).map((bin) => [`${bin.from.toFixed(1)}–${bin.to.toFixed(1)}`, String(bin.count), bin.count ? pct(bin.predicted) : '—', bin.count ? pct(bin.observed) : '—']),
    ),
    '',
    '## Weights',
    '',
    'On standardised features (value minus training mean, over its standard deviation): the change in log-odds per standard deviation.',
    '',
    table(
      ['feature', 'weight'],
      FEATURE_NAMES.map((name, j) => [name, full.weights[j]!.toFixed(3)]).concat([['(bias)', full.bias.toFixed(3)]]),
    ),
    '',
    '## Ablation (SQuAD 2.0, held out)',
    '',
    'Each feature dropped in turn and the folds refitted without it; the SQuAD 2.0 questions scored leave-one-article-out.',
    '',
  ];
  for (const set of [...new Set(held.map((d) => d.example.set))].filter((name) => name !== SQUAD2_SET)) {
    lines.splice(lines.indexOf('## Calibration (held out, all sets)'), 0, `## Precision against coverage (${set}, held out)`, '', table(
      ['threshold', 'coverage', 'precision', 'answered right', 'abstained right', 'short F1'],
      [0, 0.2, 0.3, 0.4, 0.5, 0.6].map((t) => {
        const f = figures(held.filter((d) => d.example.set === set), t);
        return [String(t), pct(f.coverage), pct(f.precision), pct(f.answeredRight), pct(f.abstainedRight), pts(f.f1)];
      }),
    ), '');
  }
  const base = figures(squad(held), threshold);
  const squadGroups = [...new Set(squad(held).map((d) => d.example.group))];
  const ablation = (ablate ? FEATURE_NAMES : []).map((name, j) => {
    const columns = (x: number[]): number[] => x.filter((_, k) => k !== j);
    const f = figures(heldOut(examples, groups, columns, (g) => squadGroups.includes(g)), threshold);
    return { name, f };
  });
  lines.push(
    table(
      ['without', 'SQuAD2 F1', 'Δ F1', 'precision', 'Δ precision', 'answered right', 'abstained right'],
      [['(none)', pts(base.squad2F1), '', pct(base.precision), '', pct(base.answeredRight), pct(base.abstainedRight)]].concat(
        ablation.map(({ name, f }) => [name, pts(f.squad2F1), ((f.squad2F1 - base.squad2F1) * 100).toFixed(1), pct(f.precision), (((f.precision ?? 0) - (base.precision ?? 0)) * 100).toFixed(1), pct(f.answeredRight), pct(f.abstainedRight)]),
      ),
    ),
    '',
  );
  return lines.join('\n');
}
