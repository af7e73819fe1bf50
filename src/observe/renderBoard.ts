import { paint } from '../core/colour.js';
import type { DvvItem } from '../report/model.js';
import { CHANNEL_TYPES } from './observeRequirements.js';
import type { BoardRow, CoverageBoard, RequirementState } from './observeTypes.js';

const MARK: Record<RequirementState, string> = { demonstrated: '✓', failed: '✗', missing: '·' };
const COLOUR = { demonstrated: 'green', failed: 'red', missing: 'yellow' } as const;

const mark = (s: RequirementState, colour: boolean): string => paint(colour, COLOUR[s], MARK[s]);

/** `created ✓  modified ·` — the short row labels of one item. */
function rowText(r: BoardRow, colour: boolean): string {
  const short = r.id.split('.').pop()!;
  return `${short} ${mark(r.state, colour)}`;
}

/**
 * The coverage board, one line per DVV item: `✓ T1    create ✓  modify ✓`. T3 shows each channel
 * type as two marks, created then modified (`Phone ✓·`). Plain text when `colour` is false.
 */
export function renderBoard(board: CoverageBoard, colour: boolean): string[] {
  const lines = board.items.map(({ item, state }) => {
    const rows = board.rows.filter((r) => r.item === item);
    const parts =
      item === 'T3'
        ? CHANNEL_TYPES.map((t) => {
            const [c, m] = ['create', 'modify'].map((k) => rows.find((r) => r.id === `T3.${t}.${k}`)!);
            return `${t} ${mark(c!.state, colour)}${mark(m!.state, colour)}`;
          })
        : rows.map((r) => rowText(r, colour));
    return `  ${mark(state, colour)} ${item.padEnd(4)} ${parts.join('  ')}`;
  });
  const tail = board.covered ? 'every requirement exercised' : 'waiting for traffic';
  lines.push(`  ${board.exchanges} exchange(s) observed; ${tail}`);
  return lines;
}

/** Row changes since the previous board, as plain lines for a pipe or CI log. */
export function boardChanges(prev: CoverageBoard | undefined, next: CoverageBoard): string[] {
  const out: string[] = [];
  const before = new Map(prev?.rows.map((r) => [r.id, r.state]) ?? []);
  for (const r of next.rows) {
    const was = before.get(r.id) ?? 'missing';
    if (r.state !== was) out.push(`${r.item} ${r.label}: ${r.state}`);
  }
  const items = new Map<DvvItem, RequirementState>(prev?.items.map((i) => [i.item, i.state]) ?? []);
  for (const i of next.items) {
    if (i.state !== (items.get(i.item) ?? 'missing')) out.push(`${i.item}: ${i.state}`);
  }
  return out;
}
