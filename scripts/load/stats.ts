/** Small helpers the load scripts share: percentiles, a concurrency pool, heap after GC. */
export function percentile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** Runs `work(i)` for i in [0, total) with at most `concurrency` at once. */
export async function pool(total: number, concurrency: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
}

/** Heap in use after a full collection (needs `--expose-gc`; without it the figure is noisier). */
export async function settledHeap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let round = 0; round < 3; round++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return process.memoryUsage().heapUsed;
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The questions a load run cycles through: real ones, follow-ups, hostile ones, a mention injection. */
export const LOAD_QUESTIONS = [
  'Who released the transcript?',
  'When did the call take place?',
  'Who is Yuri Ushakov?',
  'What did Witkoff advise?',
  'What is the capital of France?',
  '<!channel> @everyone who leaked the call?',
  '(a+)+$ .*.*.*[[[',
  '',
  'who did he speak to',
  `${'very long question '.repeat(60)}?`,
];
