import { isFailing } from '../core/finding.js';
import type { DvvItem } from '../report/model.js';
import { OBSERVED_ITEMS, REQUIREMENTS } from './observeRequirements.js';
import type { BoardRow, Classification, CoverageBoard, Judgement, RequirementState } from './observeTypes.js';

/** One observed exchange with its judgement once the read-back is done. */
export interface Observation {
  seq: number;
  classification: Classification;
  judgement?: Judgement;
}

export function observationFails(o: Observation): boolean {
  return isFailing(o.classification.findings) || isFailing(o.judgement?.findings ?? []);
}

/**
 * Per requirement and per DVV item: demonstrated, failed or missing. An item is `failed` as soon as
 * one of its operations has an error finding, even if a later one succeeded: the verdict never overstates.
 */
export function coverageOf(observations: readonly Observation[]): CoverageBoard {
  // One pass over the observations (a long session has tens of thousands): demo key → who showed it.
  const shown = new Map<string, { by: number[]; passed: boolean }>();
  for (const o of observations) {
    const demos = [...o.classification.demonstrates, ...(o.judgement?.demonstrates ?? [])];
    if (demos.length === 0) continue;
    const fails = observationFails(o);
    for (const d of new Set(demos)) {
      const e = shown.get(d) ?? { by: [], passed: false };
      if (e.by.length < 50) e.by.push(o.seq);
      if (!fails) e.passed = true;
      shown.set(d, e);
    }
  }
  const rows: BoardRow[] = REQUIREMENTS.map((r) => {
    const hits = r.anyOf.map((d) => shown.get(d)).filter((e) => e !== undefined);
    const by = [...new Set(hits.flatMap((e) => e.by))].sort((a, b) => a - b).slice(0, 50);
    const passed = hits.some((e) => e.passed);
    const state: RequirementState = passed ? 'demonstrated' : by.length > 0 ? 'failed' : 'missing';
    return {
      item: r.item,
      id: r.id,
      label: r.label + (r.optional ? ' (optional)' : ''),
      ...(r.channelType && { channelType: r.channelType }),
      state,
      by,
    };
  });
  const failedItems = new Set<DvvItem>();
  for (const o of observations) {
    if (o.classification.isCase && o.classification.item && observationFails(o))
      failedItems.add(o.classification.item);
  }
  const items = OBSERVED_ITEMS.map((item) => {
    const required = rows.filter((r, i) => r.item === item && !REQUIREMENTS[i]!.optional);
    const missing = required.filter((r) => r.state !== 'demonstrated').map((r) => r.label);
    const state: RequirementState = failedItems.has(item)
      ? 'failed'
      : missing.length === 0
        ? 'demonstrated'
        : 'missing';
    return { item, state, missing };
  });
  return {
    rows,
    items,
    // Exercised, not necessarily passed: `--until covered` must also stop for a defective integration.
    covered: rows.every((r, i) => REQUIREMENTS[i]!.optional === true || r.state !== 'missing'),
    exchanges: observations.length,
  };
}
