/** How long a case may run once it has its place (the suites' vitest testTimeout, 120 s, before). */
export const CASE_TIMEOUT_MS = 120_000;

/**
 * The case's work, failed after `ms` of running. step() turns vitest's own timeout off, which would
 * count a case's wait for its needs and a place (caseSlots.ts) too: with every case started at once, a
 * slow sequential run (--concurrency 1 on CTE) would time out cases that never ran. As with vitest's,
 * the work itself is not stopped (its requests have their own timeouts); the case is failed.
 */
export function withinCaseTimeout<T>(work: Promise<T>, ms = CASE_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        // A failed case (as vitest's timeout was), not a harness error: its evidence shows the last request.
        reject(new Error(`the case timed out after ${ms / 1000} s of running`)),
      ms,
    );
    timer.unref();
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
