import type { SimState } from './simState.js';

/**
 * Group commit: requests that wrote during the same event-loop turn share one SQLite transaction
 * (one fsync). Each caller awaits the flush that includes its rows, so a 200 is still sent only
 * after its write is durable. Reads in between may see rows that are not yet committed; a crash can
 * lose those, but never a write that was acknowledged.
 */
export function createGroupCommit(state: SimState, durable: boolean): () => Promise<void> {
  let waiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = waiters;
    waiters = [];
    try {
      state.commit();
      for (const w of batch) w.resolve();
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  };
  return () => {
    if (!durable) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      waiters.push({ resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  };
}
