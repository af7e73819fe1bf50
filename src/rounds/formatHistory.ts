import type { DvvItem } from '../report/model.js';
import { helsinkiTime } from '../report/helsinkiTime.js';
import type { ItemStatus } from './itemVerdicts.js';
import { DVV_ITEMS } from '../core/vocabulary.js';
import type { IndexEntry } from './runIndex.js';
import { seriesOf } from './previousRun.js';

/** One character per item verdict, so a row and a trend read at a glance. */
const MARK: Record<ItemStatus, string> = {
  passed: '✓',
  failed: '✗',
  'not-demonstrated': '?',
  'not-run': '·',
};
export const HISTORY_LEGEND = '✓ passed  ✗ failed  ? not demonstrated  · not run';

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

const mark = (e: IndexEntry, id: DvvItem): string => (e.items?.[id] ? MARK[e.items[id]] : '-');

/**
 * `ptv-readiness history`: every run of the out dir, newest first, with its verdict per DVV item,
 * then per target and actor the trend of each item, oldest to newest.
 */
export function formatHistory(runs: readonly IndexEntry[]): string[] {
  if (runs.length === 0) return ['No runs yet: `ptv-readiness run` registers each run in index.json.'];
  const newest = [...runs].reverse();
  const header = ['Started (Helsinki)', 'Run id', 'Kind', 'Target', 'Verdict', ...DVV_ITEMS, 'Bundled'];
  const rows = newest.map((e) => [
    helsinkiTime(e.startedAt).replace(/ \(.*\)$/, ''),
    e.id,
    e.kind,
    e.target.name,
    e.status,
    ...DVV_ITEMS.map((id) => (e.kind === 'run' ? mark(e, id) : '')),
    e.bundled?.file ?? '',
  ]);
  const out = [...table([header, ...rows]), '', HISTORY_LEGEND];
  const groups = new Map<string, IndexEntry[]>();
  for (const e of runs) {
    if (e.kind !== 'run') continue;
    groups.set(seriesOf(e), [...(groups.get(seriesOf(e)) ?? []), e]);
  }
  for (const [name, list] of groups) {
    out.push('', `Trend per DVV item, oldest → newest: ${name}, ${list.length} run(s)`);
    out.push(...table(DVV_ITEMS.map((id) => [`  ${id}`, list.map((e) => mark(e, id)).join(' ')])));
  }
  return out;
}
