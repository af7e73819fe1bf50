export interface ConcurrencyLimiter {
  /** Run fn when a slot is free; the slot is released when fn settles. */
  run<T>(fn: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly pending: number;
  readonly limit: number;
}

/** PTV counts concurrent in-flight requests per user and answers 429 above 64 (in-api-v11.md §1.5). */
export const MAX_CONCURRENCY = 64;
export const DEFAULT_CONCURRENCY = 8;

export function clampConcurrency(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return DEFAULT_CONCURRENCY;
  return Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(n)));
}

/** A FIFO semaphore: keeps at most `limit` calls in flight, queues the rest in arrival order. */
export function createConcurrencyLimiter(limit?: number): ConcurrencyLimiter {
  const max = clampConcurrency(limit);
  let active = 0;
  const queue: Array<() => void> = [];

  const release = (): void => {
    active--;
    const next = queue.shift();
    if (next) {
      active++;
      next();
    }
  };

  const acquire = (): Promise<void> => {
    if (active < max) {
      active++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => queue.push(resolve));
  };

  return {
    async run<T>(fn: () => Promise<T>): Promise<T> {
      await acquire();
      try {
        return await fn();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get pending() {
      return queue.length;
    },
    limit: max,
  };
}
