/** What a running call tells the limiter about its answer (the adaptive part, see createConcurrencyLimiter). */
export interface LimiterSlot {
  /** The server answered 429: too many requests in flight. */
  throttled(): void;
  /** The server answered something else. */
  ok(): void;
}

export interface ConcurrencyLimiter {
  /** Run fn when a slot is free; the slot is released when fn settles. */
  run<T>(fn: (slot: LimiterSlot) => Promise<T>): Promise<T>;
  readonly active: number;
  readonly pending: number;
  /** The current limit: `max`, lowered after a 429 and raised again slowly. */
  readonly limit: number;
  /** The configured limit, which `limit` never exceeds. */
  readonly max: number;
}

/** PTV counts concurrent in-flight requests per user and answers 429 above 64 (in-api-v11.md §1.5). */
export const MAX_CONCURRENCY = 64;
export const DEFAULT_CONCURRENCY = 8;

export function clampConcurrency(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return DEFAULT_CONCURRENCY;
  return Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(n)));
}

/**
 * A FIFO semaphore that keeps at most `limit` calls in flight and queues the rest in arrival order.
 * Adaptive: a 429 halves the limit (PTV, or a proxy in front of it, allows fewer than we thought),
 * and every `limit` answers in a row without a 429 raise it by one again, up to `max`. A burst of
 * 429s from calls started at the same level halves it once, not once per call: each call remembers the
 * level it started at, and only a 429 from a call started since the last cut cuts again.
 */
export function createConcurrencyLimiter(max?: number): ConcurrencyLimiter {
  const ceiling = clampConcurrency(max);
  let limit = ceiling;
  let level = 0;
  let clean = 0;
  let active = 0;
  const queue: Array<() => void> = [];

  const startQueued = (): void => {
    while (active < limit && queue.length > 0) {
      active++;
      queue.shift()!();
    }
  };

  const acquire = (): Promise<void> => {
    if (active < limit && queue.length === 0) {
      active++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => queue.push(resolve));
  };

  const slotAt = (startedAtLevel: number): LimiterSlot => ({
    throttled() {
      clean = 0;
      if (startedAtLevel !== level) return;
      level++;
      limit = Math.max(1, Math.floor(limit / 2));
    },
    ok() {
      if (limit >= ceiling) return;
      if (++clean < limit) return;
      clean = 0;
      level++;
      limit++;
      startQueued();
    },
  });

  return {
    async run<T>(fn: (slot: LimiterSlot) => Promise<T>): Promise<T> {
      await acquire();
      try {
        return await fn(slotAt(level));
      } finally {
        active--;
        startQueued();
      }
    },
    get active() {
      return active;
    },
    get pending() {
      return queue.length;
    },
    get limit() {
      return limit;
    },
    max: ceiling,
  };
}
