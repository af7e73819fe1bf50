import type { Outcome } from '../core/exitCode.js';
import { DVV_REQUIRED, ITEM_OF_SUITE as ITEM_OF_SUITE_ID } from '../core/vocabulary.js';
import type { CaseResult, Coverage, DvvItem, ReportModel } from '../report/model.js';

export { DVV_REQUIRED };

/** The DVV item each suite id demonstrates (the collector and the verdict read the same table). */
export const ITEM_OF_SUITE: Readonly<Record<string, DvvItem>> = ITEM_OF_SUITE_ID;

export interface OutcomeInputs {
  cases: readonly CaseResult[];
  /** Suite ids that were selected (`conn`, `t1`…`t6`, `pit`). */
  selectedSuites: readonly string[];
  /** Harness errors collected during the run (exit 2). */
  errors: readonly { code: string }[];
  interrupted: boolean;
  /** A coded error that stopped the run before any case ran (refused login, unreachable host). */
  preflightError?: { code: string };
  /** True when the error came from the run's own try/catch (not an interrupt's side effect). */
  harnessError?: boolean;
  /** The write profile is provisional (v12 writes through inferred routes): never READY. */
  provisional?: boolean;
}

export interface Decision {
  status: ReportModel['status'];
  /** The process outcome (exit code) the run ends with before rendering. */
  exit: Outcome;
  coverage: Coverage;
}

/**
 * The one place that turns a run's facts into its verdict and exit code. READY ('passed') only when
 * every DVV item (CONN, T1–T6) ran and every case passed: a skipped or blocked case is never a pass.
 * A `--suites` subset is 'partial' whatever its cases did; its exit code follows the selected cases.
 */
export function decideOutcome(i: OutcomeInputs): Decision {
  const chosen = new Set(i.selectedSuites.map((s) => ITEM_OF_SUITE[s.toLowerCase()]));
  const selected = Object.values(ITEM_OF_SUITE).filter((item) => chosen.has(item));
  const ran = (item: DvvItem): boolean => i.cases.some((c) => c.dvvItem === item && c.status !== 'skipped');
  const notRun = DVV_REQUIRED.filter((item) => !selected.includes(item) || !ran(item));
  const incomplete = DVV_REQUIRED.filter(
    (item) => !notRun.includes(item) && i.cases.some((c) => c.dvvItem === item && c.status === 'skipped'),
  );
  const coverage: Coverage = { selected, notRun, ...(incomplete.length > 0 && { incomplete }) };
  const anyRan = i.cases.some((c) => c.status !== 'skipped');
  if (i.preflightError && !anyRan) return { status: 'not-run', exit: 'error', coverage };
  // An abort makes vitest and teardown throw; those errors are the interrupt's, not the harness's.
  if (i.interrupted && !i.harnessError) return { status: 'interrupted', exit: 'interrupted', coverage };
  if (i.errors.length > 0 || i.harnessError) {
    return { status: 'error', exit: 'error', coverage };
  }
  const failed = i.cases.some((c) => c.status === 'failed');
  // Every executed check passed, but on inferred routes: exit 0, and a status that is not READY.
  if (i.provisional && !failed) return { status: 'rehearsal', exit: 'passed', coverage };
  const subset = DVV_REQUIRED.some((item) => !selected.includes(item));
  if (subset) return { status: 'partial', exit: failed ? 'failed' : 'passed', coverage };
  if (failed) return { status: 'failed', exit: 'failed', coverage };
  // A skipped or blocked DVV case is not a pass; PIT cases (ours, not DVV's) may skip on CTE.
  if (notRun.length > 0 || incomplete.length > 0) return { status: 'partial', exit: 'passed', coverage };
  return { status: 'passed', exit: 'passed', coverage };
}
