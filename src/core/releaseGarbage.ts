import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/**
 * A full garbage collection between the run's phases (suites done, model built, views rendered).
 * The embedded simulator and the report pipeline churn through large strings (a hostile server sends
 * megabytes per answer); V8 grows the heap lazily and the CLI's resident size would otherwise peak at
 * the end of the run with garbage it no longer needs. Exposes V8's gc once, without a command-line flag.
 */
export function releaseGarbage(): void {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
