import { ITEM_OF_SUITE } from '../engine/decideOutcome.js';
import type { DvvItem, ReportModel } from '../report/model.js';

/** Per-item status as in the shared report contract (`ItemResult` of issue #11). */
export type ItemStatus = 'passed' | 'failed' | 'not-demonstrated' | 'not-run';

export interface ItemVerdict {
  id: DvvItem;
  status: ItemStatus;
  cases: { passed: number; failed: number; skipped: number };
}

/** Every item in catalogue order (CONN, T1–T6, PIT). */
export const ITEM_ORDER: readonly DvvItem[] = Object.values(ITEM_OF_SUITE);

const STATUSES: readonly string[] = ['passed', 'failed', 'not-demonstrated', 'not-run'];

function isItemVerdictList(v: unknown): v is ItemVerdict[] {
  return (
    Array.isArray(v) &&
    v.every(
      (x: unknown) =>
        typeof x === 'object' &&
        x !== null &&
        ITEM_ORDER.includes((x as { id: DvvItem }).id) &&
        STATUSES.includes((x as { status: string }).status),
    )
  );
}

/**
 * The verdict per DVV item of one run: `report.items` when the run wrote it (issue #11 adds it),
 * otherwise derived from the cases the way the report's summary table counts them. The one place
 * the rounds features read item verdicts from, so the derivation can be swapped for `deriveItems`.
 */
export function itemVerdicts(model: ReportModel): ItemVerdict[] {
  const written = (model as { items?: unknown }).items;
  if (isItemVerdictList(written)) {
    return ITEM_ORDER.flatMap((id) => {
      const v = written.find((x) => x.id === id);
      return v ? [{ id, status: v.status, cases: { ...v.cases } }] : [];
    });
  }
  const notRun = new Set(model.coverage?.notRun ?? []);
  return ITEM_ORDER.map((id) => {
    const of = model.cases.filter((c) => c.dvvItem === id);
    const cases = {
      passed: of.filter((c) => c.status === 'passed').length,
      failed: of.filter((c) => c.status === 'failed').length,
      skipped: of.filter((c) => c.status === 'skipped').length,
    };
    const status: ItemStatus =
      cases.failed > 0 ? 'failed' : notRun.has(id) || cases.passed === 0 ? 'not-run' : 'passed';
    return { id, status, cases };
  });
}
