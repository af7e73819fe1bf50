import type { Canon } from '../readback/canon.js';
import type { CaseStatus, DvvItem } from '../report/model.js';

/** diff.json (v12-migration.md §4.6): what changed from a baseline run to a candidate run. */
export type CaseClass =
  | 'regression'
  | 'fixed'
  | 'coverageLost'
  | 'coverageGained'
  | 'addedFailing'
  | 'added'
  | 'removed'
  | 'findingsChanged';

export type FieldClass = 'same' | 'changed' | 'missing' | 'dropped' | 'added' | 'transform';

export type ReadApi = 'v11' | 'v12';

export interface RunSide {
  runId: string;
  target: string;
  api: { write: string; read: ReadApi[] };
  seed: number;
  tool: string;
  status: string;
}

export interface CaseDiff {
  id: string;
  dvvItem: DvvItem;
  baseline: CaseStatus | null;
  candidate: CaseStatus | null;
  class: CaseClass;
  findingsAdded: { rule: string; path: string; severity: string }[];
  findingsRemoved: { rule: string; path: string; severity: string }[];
  /** Counts towards `--fail-on regression` (a `findingsChanged` with new errors, too). */
  regression: boolean;
}

export interface FieldDiff {
  key: string;
  baseline: Canon | null;
  candidate: Canon | null;
  class: FieldClass;
}

export interface EntityDiff {
  role: string;
  /** Which read-back each side's state came from. */
  source: { baseline: ReadApi | null; candidate: ReadApi | null };
  fields: FieldDiff[];
  /**
   * Cases that wrote or read this role in the baseline and were lost in the candidate (coverage lost or
   * removed): its changed and missing fields follow from that lost coverage, so they count under
   * `explained`, not as regressions (they still show, and `--fail-on coverage` still fails).
   */
  explainedBy?: string[];
}

export interface DiffSummary {
  regressions: number;
  /** Changed and missing fields of roles a lost case explains (`EntityDiff.explainedBy`). */
  explained: number;
  fixed: number;
  coverageLost: number;
  removed: number;
  /** Changed and missing fields no lost case explains: each is a regression. */
  changed: number;
  missing: number;
  dropped: number;
  added: number;
  transform: number;
  same: number;
}

export interface DiffResult {
  schemaVersion: 1;
  baseline: RunSide;
  candidate: RunSide;
  compatible: { sameSeed: boolean; sameTarget: boolean; fieldLevel: boolean; notes: string[] };
  summary: DiffSummary;
  cases: CaseDiff[];
  entities: EntityDiff[];
}

export type FailOn = 'regression' | 'coverage' | 'any';

/** Whether the diff fails under `--fail-on` (exit 1). */
export function diffFails(d: DiffResult, failOn: FailOn): boolean {
  const s = d.summary;
  if (s.regressions > 0) return true;
  if (failOn === 'regression') return false;
  if (s.coverageLost > 0) return true;
  return failOn === 'any' && s.removed > 0;
}
