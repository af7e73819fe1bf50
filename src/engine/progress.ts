import { paint, type Colour } from '../core/colour.js';
import type { Io } from '../core/io.js';
import type { Reporter } from '../core/vocabulary.js';
import type { CaseResult, DvvItem } from '../report/model.js';

/**
 * tty: one line per DVV item, updated in place (failed cases still get a line of their own);
 * plain: one grep-able line per case (a pipe, CI=true, or `--reporter=line`); none: silent.
 */
export type ProgressMode = 'tty' | 'plain' | 'none';

/** TTY gets colour and the in-place item lines; a pipe or CI=true gets plain, grep-able lines. */
export function progressMode(
  io: Io,
  env: Readonly<Record<string, string | undefined>>,
  reporter?: Reporter,
): ProgressMode {
  if (reporter === 'line') return 'plain';
  if (env.CI === 'true' || env.CI === '1') return 'plain';
  return io.stdout.isTTY ? 'tty' : 'plain';
}

const COLOUR: Record<CaseResult['status'], Colour> = { passed: 'green', failed: 'red', skipped: 'yellow' };
const SYMBOL = { passed: '✓', failed: '✗', skipped: '↓' };
const WORD = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' };
/** Carriage return + erase line: the in-place line is rewritten, never appended to. */
const CLEAR = '\r\x1b[2K';

/** `colour`: NO_COLOR / FORCE_COLOR as resolved by colourEnabled (default: colour on a TTY). */
export function formatCaseLine(c: CaseResult, mode: ProgressMode, colour = mode === 'tty'): string {
  const extra = c.status === 'skipped' && c.skipReason ? ` — ${c.skipReason}` : '';
  const ms = c.status === 'skipped' ? '' : ` (${c.durationMs} ms)`;
  if (mode === 'tty') {
    return `  ${paint(colour, COLOUR[c.status], SYMBOL[c.status])} ${c.id} [${c.dvvItem}] ${c.title}${ms}${extra}\n`;
  }
  return `${paint(colour, COLOUR[c.status], WORD[c.status])} ${c.id} [${c.dvvItem}] ${c.title}${ms}${extra}\n`;
}

interface ItemCount {
  total: number;
  done: number;
  failed: number;
  skipped: number;
}

/** `T3  45/120 done, 2 failed` — the text of one DVV item's progress line. */
export function formatItemLine(item: DvvItem, n: ItemCount, final: boolean, colour = true): string {
  const total = n.total >= n.done ? n.total : n.done;
  const tail = [n.failed ? `${n.failed} failed` : '', n.skipped ? `${n.skipped} skipped` : '']
    .filter(Boolean)
    .join(', ');
  const mark = !final ? '…' : n.failed ? paint(colour, 'red', '✗') : paint(colour, 'green', '✓');
  return `  ${mark} ${item.padEnd(4)} ${n.done}/${total} done${tail ? `, ${tail}` : ''}`;
}

export interface Progress {
  /** A case vitest collected (not run yet): counts toward its item's total. */
  onCollected(c: CaseResult): void;
  /** A finished case. */
  onCase(c: CaseResult): void;
  /** A permanent line of output. */
  line(s: string): void;
  /** A transient status ("Rendering report.pdf…"): in place on a TTY, a line otherwise. */
  status(s: string): void;
  /** Ends any in-place line (before the summary or an error). */
  finish(): void;
}

export function createProgress(io: Io, mode: ProgressMode, colour = mode === 'tty'): Progress {
  const counts = new Map<DvvItem, ItemCount>();
  const countOf = (item: DvvItem): ItemCount => {
    let n = counts.get(item);
    if (!n) counts.set(item, (n = { total: 0, done: 0, failed: 0, skipped: 0 }));
    return n;
  };
  /** The item whose line is open (written without a newline) on the TTY. */
  let open: DvvItem | undefined;
  let transient = false;
  const write = (s: string): unknown => io.stdout.write(s);
  const closeOpen = (): void => {
    if (open !== undefined) write(CLEAR + formatItemLine(open, countOf(open), true, colour) + '\n');
    else if (transient) write(CLEAR);
    open = undefined;
    transient = false;
  };

  if (mode === 'none') {
    const noop = (): void => undefined;
    return { onCollected: noop, onCase: noop, line: noop, status: noop, finish: noop };
  }
  if (mode === 'plain') {
    return {
      onCollected: () => undefined,
      onCase: (c) => write(formatCaseLine(c, 'plain', colour)),
      line: (s) => write(s + '\n'),
      status: (s) => write(s + '\n'),
      finish: () => undefined,
    };
  }
  return {
    onCollected: (c) => {
      countOf(c.dvvItem).total += 1;
    },
    onCase: (c) => {
      if (open !== c.dvvItem) closeOpen();
      const n = countOf(c.dvvItem);
      n.done += 1;
      if (c.status === 'failed') n.failed += 1;
      if (c.status === 'skipped') n.skipped += 1;
      // A failure keeps a line of its own above the moving item line.
      if (c.status === 'failed') write(CLEAR + formatCaseLine(c, 'tty', colour));
      write(CLEAR + formatItemLine(c.dvvItem, n, false, colour));
      open = c.dvvItem;
      transient = false;
    },
    line: (s) => {
      closeOpen();
      write(s + '\n');
    },
    status: (s) => {
      closeOpen();
      write(CLEAR + s);
      transient = true;
    },
    finish: closeOpen,
  };
}
