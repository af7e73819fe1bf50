/** What the proxy is doing: requests being forwarded, and when the last one arrived or ended. */
export interface ProxyActivity {
  inFlight: number;
  /** performance.now() of the last arrival or completion. */
  lastActivity: number;
}

export interface AutoStopOptions {
  until?: 'covered' | number;
  /** Quiet time after covered before stopping. */
  quietMs: number;
  whenCovered: () => Promise<void>;
  activity: ProxyActivity;
  /** Read-backs still queued or running. */
  pending: () => number;
  stop: () => void;
}

/** Arranges `until`: stop after a duration, or once covered and quiet. cancel() at any stop. */
export function scheduleAutoStop(o: AutoStopOptions): { cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  let cancelled = false;
  if (o.until === 'covered') {
    // Covered is not the end of the integration's run: stop once the traffic has been quiet a while,
    // so a sync still in progress is not cut off mid-request.
    const whenQuiet = (): void => {
      if (cancelled) return;
      const idle = performance.now() - o.activity.lastActivity;
      if (o.activity.inFlight === 0 && o.pending() === 0 && idle >= o.quietMs) o.stop();
      else timer = setTimeout(whenQuiet, Math.max(50, o.quietMs - idle));
    };
    void o.whenCovered().then(whenQuiet);
  } else if (typeof o.until === 'number') timer = setTimeout(o.stop, o.until);
  return {
    cancel: () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    },
  };
}
