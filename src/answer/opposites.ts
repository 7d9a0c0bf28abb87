import { termOf } from '../text/terms.js';

/**
 * Words whose assertion answers a yes/no question with "no" ("lost" answers "did they win?").
 * A small table of general English until the WordNet antonyms (src/text/wordnet.ts) land; swap
 * `antonymsOf` for theirs then.
 */
const PAIRS: [string, string][] = [
  ['win', 'lose'],
  ['accept', 'reject'],
  ['approve', 'reject'],
  ['support', 'oppose'],
  ['confirm', 'deny'],
  ['agree', 'disagree'],
  ['allow', 'ban'],
  ['pass', 'fail'],
  ['increase', 'decrease'],
  ['rise', 'fall'],
  ['open', 'close'],
  ['arrive', 'leave'],
  ['succeed', 'fail'],
  ['praise', 'criticise'],
  ['praise', 'criticize'],
  ['hire', 'fire'],
  ['include', 'exclude'],
  ['remember', 'forget'],
];

let table: Map<string, Set<string>> | undefined;

/** Index terms meaning the opposite of `term`; empty when none is known. */
export function antonymsOf(term: string): ReadonlySet<string> {
  if (!table) {
    table = new Map();
    for (const [a, b] of PAIRS) {
      const left = termOf(a);
      const right = termOf(b);
      if (!left || !right) continue;
      table.set(left, (table.get(left) ?? new Set()).add(right));
      table.set(right, (table.get(right) ?? new Set()).add(left));
    }
  }
  return table.get(term) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();
