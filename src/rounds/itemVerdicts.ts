import { DVV_ITEMS } from '../core/vocabulary.js';
import { deriveItems } from '../report/deriveItems.js';
import type { DvvItem, ItemResult, ReportModel } from '../report/model.js';

export type { ItemStatus } from '../report/model.js';

/** An item's verdict as the rounds features read it: the report contract's `ItemResult` without notes. */
export type ItemVerdict = Pick<ItemResult, 'id' | 'status' | 'cases'>;

const STATUSES: readonly string[] = ['passed', 'failed', 'not-demonstrated', 'not-run'];

function isItemVerdictList(v: unknown): v is ItemVerdict[] {
  return (
    Array.isArray(v) &&
    v.every(
      (x: unknown) =>
        typeof x === 'object' &&
        x !== null &&
        DVV_ITEMS.includes((x as { id: DvvItem }).id) &&
        STATUSES.includes((x as { status: string }).status),
    )
  );
}

/**
 * The verdict per DVV item of one run: `report.items` when the run wrote it (issue #11 adds it),
 * otherwise derived from the cases by `deriveItems` (as the report does). The one place the rounds
 * features read item verdicts from; a written `items` is checked first (report.json is user input).
 */
export function itemVerdicts(model: ReportModel): ItemVerdict[] {
  const written = (model as { items?: unknown }).items;
  if (isItemVerdictList(written)) {
    return DVV_ITEMS.flatMap((id) => {
      const v = written.find((x) => x.id === id);
      return v ? [{ id, status: v.status, cases: { ...v.cases } }] : [];
    });
  }
  return deriveItems({ cases: model.cases, ...(model.coverage && { coverage: model.coverage }) }).map(
    ({ id, status, cases }) => ({ id, status, cases }),
  );
}
