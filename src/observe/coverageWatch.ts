import { coverageOf, type Observation } from './coverageBoard.js';
import type { Judge } from './judgeWrite.js';
import type { CoverageBoard } from './observeTypes.js';

export interface CoverageWatchOptions {
  observations: readonly Observation[];
  /** Late-bound: the judge reports through the recorder, which reports here. */
  judge: () => Pick<Judge, 'pending' | 'drain'>;
  /** Requests the proxy is still forwarding. */
  inFlight: () => number;
  onChange?: (board: CoverageBoard) => void;
}

export interface CoverageWatch {
  /** Something changed: the board is recomputed soon (coalesced). */
  changed(): void;
  /** Recomputes the board now (at stop, so the last change is not lost in a pending timer). */
  flush(): void;
  /** Resolves once every required row was exercised and every read-back and request settled. */
  whenCovered(): Promise<void>;
}

/** Recomputes the coverage board after changes, tells onChange, and wakes whoever waits for covered. */
export function createCoverageWatch(o: CoverageWatchOptions): CoverageWatch {
  const waiters: (() => void)[] = [];
  // The board is recomputed at most every 50 ms, not per exchange: 64 concurrent requests must not
  // each walk the whole session.
  let tickTimer: NodeJS.Timeout | undefined;
  const tick = (): void => {
    tickTimer = undefined;
    const board = coverageOf(o.observations);
    o.onChange?.(board);
    if (!board.covered || waiters.length === 0) return;
    const judge = o.judge();
    if (judge.pending() === 0 && o.inFlight() === 0) for (const w of waiters.splice(0)) w();
    // Covered but read-backs still running: look again once they are done.
    else if (judge.pending() > 0) void judge.drain().then(changed);
  };
  const changed = (): void => {
    tickTimer ??= setTimeout(tick, 50);
  };
  return {
    changed,
    flush: () => {
      if (tickTimer) clearTimeout(tickTimer);
      tick();
    },
    whenCovered: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        changed();
      }),
  };
}
