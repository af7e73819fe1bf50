import type { Severity } from '../core/finding.js';
import type { CaseResult, DvvItem, ReportModel, RunStatus } from '../report/model.js';
import { itemVerdicts, type ItemStatus } from './itemVerdicts.js';

/** A finding of one case, as the two runs are compared on it. */
export interface FindingRef {
  caseId: string;
  item: DvvItem;
  rule: string;
  path: string;
  severity: Severity;
  message: string;
}

export interface ItemChange {
  id: DvvItem;
  before: ItemStatus;
  after: ItemStatus;
}

/** What changed from one run (`from`, the earlier) to another (`to`), case by case. */
export interface RunChanges {
  from: { id: string; status: RunStatus };
  to: { id: string; status: RunStatus };
  /** Items whose verdict differs, in catalogue order. */
  items: ItemChange[];
  /** Cases that failed before and pass now / passed before and fail now. */
  casesFixed: string[];
  casesBroken: string[];
  /** Error and warning findings present before and gone now (the case ran in both runs). */
  findingsFixed: FindingRef[];
  /** Error and warning findings present now and not before (the case ran in both runs). */
  findingsNew: FindingRef[];
  /** Cases that ran in only one of the two runs: their findings are not compared. */
  notCompared: string[];
}

const ran = (c: CaseResult | undefined): c is CaseResult => c !== undefined && c.status !== 'skipped';

/** Findings that matter for a verdict, keyed so a reworded message still matches. */
function findingsOf(c: CaseResult): Map<string, FindingRef> {
  const out = new Map<string, FindingRef>();
  for (const f of c.findings) {
    if (f.severity === 'info') continue;
    const key = JSON.stringify([f.rule, f.path, f.severity]);
    if (!out.has(key)) {
      out.set(key, {
        caseId: c.id,
        item: c.dvvItem,
        rule: f.rule,
        path: f.path,
        severity: f.severity,
        message: f.message,
      });
    }
  }
  return out;
}

/**
 * Case-level comparison of two runs' report.json: item verdicts, cases fixed and broken, findings
 * fixed and new. Pure; `bundle --since` uses it and `diff` (issue #16) can reuse it.
 */
export function compareRuns(from: ReportModel, to: ReportModel): RunChanges {
  const before = new Map(itemVerdicts(from).map((v) => [v.id, v.status]));
  const items = itemVerdicts(to).flatMap((v): ItemChange[] => {
    const b = before.get(v.id) ?? 'not-run';
    return b === v.status ? [] : [{ id: v.id, before: b, after: v.status }];
  });
  const previous = new Map(from.cases.map((c) => [c.id, c]));
  const current = new Map(to.cases.map((c) => [c.id, c]));
  const changes: RunChanges = {
    from: { id: from.run.id, status: from.status },
    to: { id: to.run.id, status: to.status },
    items,
    casesFixed: [],
    casesBroken: [],
    findingsFixed: [],
    findingsNew: [],
    notCompared: [],
  };
  for (const id of new Set([...previous.keys(), ...current.keys()])) {
    const a = previous.get(id);
    const b = current.get(id);
    if (!ran(a) || !ran(b)) {
      if (ran(a) || ran(b)) changes.notCompared.push(id);
      continue;
    }
    if (a.status === 'failed' && b.status === 'passed') changes.casesFixed.push(id);
    if (a.status === 'passed' && b.status === 'failed') changes.casesBroken.push(id);
    const fa = findingsOf(a);
    const fb = findingsOf(b);
    for (const [key, f] of fa) if (!fb.has(key)) changes.findingsFixed.push(f);
    for (const [key, f] of fb) if (!fa.has(key)) changes.findingsNew.push(f);
  }
  return changes;
}

/** True when nothing a reviewer would read about changed. */
export function isUnchanged(c: RunChanges): boolean {
  return (
    c.items.length === 0 &&
    c.casesFixed.length === 0 &&
    c.casesBroken.length === 0 &&
    c.findingsFixed.length === 0 &&
    c.findingsNew.length === 0
  );
}
