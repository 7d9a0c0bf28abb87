/**
 * A long computation written as a generator that `yield`s wherever pausing is safe. The caller
 * decides what a pause means: start-up runs it straight through (`runToEnd`); a reload runs it in
 * time slices between answers (src/reload/slices.ts). The computation itself never touches timers.
 */
export type Steps<T> = Generator<void, T, void>;

/** How many cheap items (a passage, a sentence, a term) a loop handles between two pauses. */
export const ITEMS_PER_STEP = 1024;

/** Runs every step at once, without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
