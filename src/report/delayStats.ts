/** Min, median and max of observed v11 → v12 copy delays (v12-migration.md §4.5, §4.11). */
export interface DelayStats {
  count: number;
  minMs: number;
  medianMs: number;
  maxMs: number;
}

/**
 * Statistics of the delays, or undefined when there are none. The median of an even count is the
 * mean of the two middle values, rounded to the millisecond.
 */
export function delayStats(delays: readonly number[]): DelayStats | undefined {
  const xs = delays.filter((d) => Number.isFinite(d) && d >= 0).sort((a, b) => a - b);
  if (xs.length === 0) return undefined;
  const mid = Math.floor(xs.length / 2);
  const medianMs = xs.length % 2 === 1 ? xs[mid]! : Math.round((xs[mid - 1]! + xs[mid]!) / 2);
  return { count: xs.length, minMs: xs[0]!, medianMs, maxMs: xs[xs.length - 1]! };
}
