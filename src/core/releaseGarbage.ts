import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/**
 * Live heap below which a full collection is not worth its time: in a run against a well-behaved
 * target the heap holds 50–70 MB at these points, a collection took ~35 ms each (three per run, on the
 * run's critical path) and freed 10–20 MB of heap without lowering the resident size at all (issue #14).
 */
export const WORTH_COLLECTING_BYTES = 128 * 1024 * 1024;

/**
 * A full garbage collection between the run's phases (suites done, model built, views rendered) when
 * the heap has grown past WORTH_COLLECTING_BYTES. The embedded simulator and the report pipeline churn
 * through large strings (a hostile server sends megabytes per answer); V8 grows the heap lazily and the
 * CLI's resident size would otherwise peak at the end of the run with garbage it no longer needs.
 * Exposes V8's gc once, without a command-line flag. True when it collected.
 */
export function releaseGarbage(threshold: number = WORTH_COLLECTING_BYTES): boolean {
  if (getHeapStatistics().used_heap_size < threshold) return false;
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  return true;
}
