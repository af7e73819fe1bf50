import type { PtvrError } from '../core/errors.js';
import type { Outcome } from '../core/exitCode.js';

/**
 * View errors that are only warnings: the PDF is part of the default formats, so a machine without
 * Chromium must still get a passing run (the other views are written; `ptv-readiness report` can add
 * the PDF later). Everything else is a harness problem.
 */
const WARNING_CODES: ReadonlySet<string> = new Set(['PTVR_CHROMIUM_NOT_FOUND']);

/**
 * Prints the render errors of a run (warnings as `warning: CODE: …`, with their hints) and returns the
 * run's outcome: any non-warning render error makes it `error` (exit 2) unless the run was interrupted.
 */
export function applyRenderErrors(
  outcome: Outcome,
  errors: readonly PtvrError[],
  write: (line: string) => void,
  redact: (s: string) => string = (s) => s,
): Outcome {
  let result = outcome;
  for (const e of errors) {
    const warning = WARNING_CODES.has(e.code);
    write(`${warning ? 'warning: ' : ''}${e.code}: ${redact(e.message)}\n`);
    if (e.hint) write(`  hint: ${redact(e.hint)}\n`);
    if (!warning && result !== 'interrupted') result = 'error';
  }
  return result;
}
