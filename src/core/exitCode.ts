import { isPtvrError } from './errors.js';

/** The overall outcome of a command; the only input to the process exit code. */
export type Outcome = 'passed' | 'failed' | 'error' | 'interrupted';

export const EXIT = { passed: 0, failed: 1, error: 2, interrupted: 130 } as const;

/** 0 ready, 1 checks failed, 2 usage/harness error, 130 interrupted. Nothing else picks exit codes. */
export function toExitCode(outcome: Outcome): number {
  return EXIT[outcome];
}

/** The outcome an exception ends a command with. */
export function outcomeOfError(err: unknown): Outcome {
  if (isPtvrError(err) && err.code === 'PTVR_INTERRUPTED') return 'interrupted';
  return 'error';
}
