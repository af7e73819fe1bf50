import { describe, expect, it } from 'vitest';
import { retryLoop, type Pass } from './retryLoop.js';

const policy = { maxRetries: 2, minDelayMs: 0, maxDelayMs: 0 };

describe('retryLoop', () => {
  it('retries at most maxRetries times, then the pass must finish (canRetry false)', async () => {
    const seen: Array<[number, boolean]> = [];
    const out = await retryLoop({ policy }, async ({ attempt, canRetry }): Promise<Pass<string>> => {
      seen.push([attempt, canRetry]);
      return canRetry ? { retry: true } : { done: `gave up at ${attempt}` };
    });
    expect(out).toBe('gave up at 3');
    expect(seen).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
  });

  it('`again` re-runs at once without spending a retry', async () => {
    const seen: Array<[number, boolean]> = [];
    await retryLoop({ policy }, async ({ attempt, canRetry }): Promise<Pass<number>> => {
      seen.push([attempt, canRetry]);
      if (attempt === 1) return { again: true };
      return canRetry ? { retry: true } : { done: attempt };
    });
    expect(seen.map(([, c]) => c)).toEqual([true, true, true, false]);
  });

  it('refuses a retry the pass was told it does not have', async () => {
    const none = { policy: { ...policy, maxRetries: 0 } };
    await expect(retryLoop(none, async (): Promise<Pass<number>> => ({ retry: true }))).rejects.toThrow(
      /none left/,
    );
  });

  it('an aborted signal ends the loop with PTVR_INTERRUPTED, even in a long Retry-After wait', async () => {
    const ac = new AbortController();
    let passes = 0;
    const pending = retryLoop({ policy, signal: ac.signal }, async (): Promise<Pass<number>> => {
      passes++;
      queueMicrotask(() => ac.abort());
      return { retry: true, retryAfterMs: 60_000 };
    });
    await expect(pending).rejects.toMatchObject({ code: 'PTVR_INTERRUPTED' });
    expect(passes).toBe(1);
  });
});
