import { readFile } from 'node:fs/promises';
import { createEngine, prepareSteps } from '../../src/engine.js';
import { lastQuestionCost } from '../../src/answer/budget.js';
import { runToEnd } from '../../src/steps.js';
import { warmUp } from '../../src/warm-up.js';
import { folderFingerprint } from '../../src/knowledge-base/fingerprint.js';
import { loadKnowledgeCache } from '../../src/knowledge-base/persist.js';
import { cacheFile, corpusDir, questionsFile, SEED } from './corpus.js';
import { hostileQuestions } from './hostile.js';
import type { GeneratedQuestion } from './generate.js';

/**
 * The "worst question" row, in a process of its own: the saved archive loaded as `serve` loads
 * it, warmed on ordinary questions, then each hostile question (hostile.ts) asked once cold and
 * RUNS times more; the slowest answer is the row. What one such question costs every other user:
 * the core answers synchronously, so this is how long their acknowledgements wait behind it.
 */
const RUNS = 3;
const SEEDS = 3;
const WARM = 300;

async function measure(name: string): Promise<Record<string, unknown>> {
  const loaded = await loadKnowledgeCache(cacheFile(name), await folderFingerprint(corpusDir(name)));
  if (loaded.status !== 'hit') throw new Error(`the saved index did not load (run the build phase first): ${loaded.reason}`);
  const { kb } = loaded.saved;
  const bot = createEngine(kb);
  // As a running bot is: the spelling vocabulary, positions and suggestion catalogue made ahead.
  runToEnd(prepareSteps(kb));
  warmUp(bot);
  const ordinary = (JSON.parse(await readFile(questionsFile(name), 'utf8')) as GeneratedQuestion[]).map((q) => q.question);
  for (const question of ordinary.slice(0, WARM)) bot.ask(question);
  const timesOf = (question: string): number[] =>
    Array.from({ length: RUNS + 1 }, () => {
      const started = performance.now();
      bot.ask(question);
      return performance.now() - started;
    });
  // The warm-up's garbage (the loaded index's decoding included) collected, as in a bot that has run a while.
  (globalThis as { gc?: () => void }).gc?.();
  // Each kind asked with fresh words SEEDS times (an attacker need never repeat a word), each once
  // cold and RUNS times warm: the slowest of all is the row.
  const rows = Array.from({ length: SEEDS }, (_, at) => hostileQuestions(kb, SEED + at))
    .flat()
    .map(({ kind, question }) => ({ kind, chars: question.length, ms: Math.max(...timesOf(question)), cost: lastQuestionCost() }));
  const worst = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  const ordinaryMs = ordinary.slice(WARM, WARM + 100).flatMap((question) => timesOf(question).slice(1)).sort((a, b) => a - b);
  return {
    worstQuestionMs: worst.ms,
    worstQuestionKind: worst.kind,
    worstQuestionChars: worst.chars,
    worstQuestionTerms: worst.cost.termsConsidered,
    worstQuestionOutOfTime: rows.filter((row) => row.cost.outOfTime).length,
    ordinaryP50: ordinaryMs[Math.floor(ordinaryMs.length / 2)],
    hostile: rows,
  };
}

const [name = '10000'] = process.argv.slice(2);
process.stdout.write(`${JSON.stringify(await measure(name))}\n`);
