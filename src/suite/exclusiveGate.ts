/**
 * Shared/exclusive admission of steps. Every step enters shared; a step of a flow marked `alone` enters
 * exclusive: it starts only when no other step is running, and no step starts while it runs — so a
 * case that drives the target's global state (PIT's 429 throttle counts the next requests, whoever sends
 * them) cannot change, or be changed by, the cases of suites running side by side. Waiters are admitted
 * in arrival order; a waiting exclusive step holds back later shared ones, so it is never starved.
 */
export class ExclusiveGate {
  private shared = 0;
  private exclusive = false;
  private readonly queue: { exclusive: boolean; admit: () => void }[] = [];

  /** Resolves when the step may run; call the returned function when it has finished. */
  enter(exclusive: boolean): Promise<() => void> {
    return new Promise((resolve) => {
      this.queue.push({ exclusive, admit: () => resolve(this.releaser(exclusive)) });
      this.admitWaiting();
    });
  }

  /** Steps running now (tests and diagnostics). */
  get running(): { shared: number; exclusive: boolean } {
    return { shared: this.shared, exclusive: this.exclusive };
  }

  private releaser(exclusive: boolean): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      if (exclusive) this.exclusive = false;
      else this.shared--;
      this.admitWaiting();
    };
  }

  private admitWaiting(): void {
    while (this.queue.length > 0 && !this.exclusive) {
      const next = this.queue[0]!;
      if (next.exclusive && this.shared > 0) return;
      this.queue.shift();
      if (next.exclusive) this.exclusive = true;
      else this.shared++;
      next.admit();
    }
  }
}
