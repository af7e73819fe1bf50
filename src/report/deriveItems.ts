import { DVV_ITEMS, REPORT_ITEMS } from '../core/vocabulary.js';
import type { CaseResult, DvvItem, ItemResult, ReportModel } from './model.js';

function counts(cases: readonly CaseResult[], item: DvvItem): ItemResult['cases'] {
  const n = { passed: 0, failed: 0, skipped: 0 };
  for (const c of cases) if (c.dvvItem === item) n[c.status] += 1;
  return n;
}

/**
 * The per-item outcome of a run. A model that carries `items` (every observed run, and builtin runs
 * written since this field exists) keeps them; otherwise they are derived from the cases, so readers
 * of older report.json files get the same answer. Builtin: failed when a case failed; not-run when the
 * item was not selected, no case of it ran, or some were skipped or blocked (never a pass that did not
 * happen); passed otherwise.
 */
export function deriveItems(model: Pick<ReportModel, 'cases' | 'coverage' | 'items'>): ItemResult[] {
  if (model.items) return model.items;
  const selected = model.coverage?.selected;
  // V12 (the v12 pre-check) is an item only in runs that read v12: older and v11-only reports stay as they were.
  const ids = model.cases.some((c) => c.dvvItem === 'V12') ? DVV_ITEMS : REPORT_ITEMS;
  return ids.map((id): ItemResult => {
    const n = counts(model.cases, id);
    const ran = n.passed + n.failed;
    const notes: string[] = [];
    let status: ItemResult['status'];
    if (n.failed > 0) status = 'failed';
    else if ((selected && !selected.includes(id)) || ran === 0) {
      status = 'not-run';
      notes.push(selected && !selected.includes(id) ? 'not selected' : 'no case ran');
    } else if (n.skipped > 0 && id !== 'PIT') {
      status = 'not-run';
      notes.push(`${n.skipped} of ${n.skipped + ran} cases skipped or blocked`);
    } else status = 'passed';
    return { id, status, cases: n, ...(notes.length > 0 && { notes }) };
  });
}
