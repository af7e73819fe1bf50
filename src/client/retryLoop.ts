import { PtvrError } from '../core/errors.js';
import { backoffDelay, sleep, type RetryPolicy } from './retryPolicy.js';

/** What one pass of a retried operation decided. */
export type Pass<R> =
  /** Finished: this is the answer (or throw from the pass to fail). */
  | { done: R }
  /** Worth another try after a back-off; `retryAfterMs` (a Retry-After header) lengthens the wait. */
  | { retry: true; retryAfterMs?: number | undefined }
  /** Try again at once without spending a retry (a re-login after a 401). */
  | { again: true };

export interface PassContext {
  /** 1-based number of this pass (the evidence `attempt`). */
  attempt: number;
  /** Whether a `{ retry }` from this pass will be honoured; when false, the pass must finish. */
  canRetry: boolean;
}

export interface RetryLoopOptions {
  policy: RetryPolicy;
  random?: () => number;
  /** SIGINT/SIGTERM: checked before every pass and during every back-off. */
  signal?: AbortSignal | undefined;
}

export function interrupted(): PtvrError {
  return new PtvrError('PTVR_INTERRUPTED', 'The run was interrupted; the request was not completed.', {
    hint: 'Run `ptv-readiness cleanup <run-dir>` to archive what the ledger shows created.',
  });
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw interrupted();
}

/**
 * The one bounded retry loop, shared by the login and every API request: at most `maxRetries`
 * retries, exponential back-off with jitter (retryPolicy.ts), never shorter than a Retry-After.
 * The pass decides what is retryable; the loop owns counting, waiting and interruption.
 */
export async function retryLoop<R>(
  opts: RetryLoopOptions,
  pass: (ctx: PassContext) => Promise<Pass<R>>,
): Promise<R> {
  const { policy, signal } = opts;
  let retries = 0;
  for (let attempt = 1; ; attempt++) {
    throwIfAborted(signal);
    const outcome = await pass({ attempt, canRetry: retries < policy.maxRetries });
    if ('done' in outcome) return outcome.done;
    if ('again' in outcome) continue;
    if (retries >= policy.maxRetries) throw new Error('retryLoop: a pass asked to retry with none left');
    retries++;
    const wait = Math.max(backoffDelay(retries, policy, opts.random), outcome.retryAfterMs ?? 0);
    try {
      await sleep(wait, signal);
    } catch {
      throwIfAborted(signal);
    }
  }
}
