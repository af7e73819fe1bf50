/** How a case asks for its place. */
export interface SlotRequest {
  /**
   * Another case waits for this one — the next step of its sequential flow, or a case that `needs` it
   * or runs `after` it — so it goes first.
   */
  awaited: boolean;
  /**
   * It goes before the independent cases, which were all queued at the start: the tail of a chain (it
   * waited for another case, `needs`/`after`, and none waits for it), released late, or a case of
   * several round trips in a row (StepOrder.early). Either, queued behind them, would set the run's end.
   */
  early?: boolean;
}

type Waiter = (release: () => void) => void;

/**
 * The places for running cases: at most `size` (--concurrency) cases run at once. A case asks for its
 * place only once it may run — its `needs`/`after` settled (step.ts) — and only running cases count,
 * so a case that waits never keeps a runnable one out. (vitest's own limit, maxConcurrency, counts
 * waiting cases too: it is set far above the number of cases, runVitest.ts, and this is the limit.)
 *
 * Who gets a freed place:
 * - A case another case waits for (a flow's step, T6's ARC-02 that ARC-04 needs), then an early one
 *   (a chain's tail: T6's ARC-07 and ARC-08, T5's connection cases; T5's normalisations), then one
 *   that neither waits nor is waited for (T5's field cases), each kind in arrival order. An awaited
 *   case queued behind hundreds of independent ones would stretch the run's longest chain by that
 *   whole queue, and a chain's last case queued behind them would run after them all and set the
 *   run's end, while the independent ones only fill the places the chains leave free. Few awaited or
 *   early cases wait at any time (about one per flow), so the independent ones are not starved.
 */
export class CaseSlots {
  private running = 0;
  private most = 0;
  /** Waiting cases by kind, each in arrival order. */
  private readonly queues = {
    awaited: [] as Waiter[],
    early: [] as Waiter[],
    independent: [] as Waiter[],
  };

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`case slots: size ${size} is not ≥ 1`);
  }

  /** Resolves when the case may run; call the returned function when it has finished. */
  acquire(req: SlotRequest): Promise<() => void> {
    const kind = req.awaited ? 'awaited' : req.early ? 'early' : 'independent';
    return new Promise((resolve) => {
      this.queues[kind].push(resolve);
      this.admit();
    });
  }

  /** Cases running now and waiting, and the most that ever ran at once (tests and diagnostics). */
  get usage(): { running: number; waiting: number; peak: number } {
    const q = this.queues;
    const waiting = q.awaited.length + q.early.length + q.independent.length;
    return { running: this.running, waiting, peak: this.most };
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running--;
      this.admit();
    };
  }

  private admit(): void {
    const q = this.queues;
    while (this.running < this.size) {
      const next = q.awaited.shift() ?? q.early.shift() ?? q.independent.shift();
      if (next === undefined) return;
      this.running++;
      this.most = Math.max(this.most, this.running);
      next(this.releaser());
    }
  }
}
