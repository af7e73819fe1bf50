import { paint, type Colour } from '../core/colour.js';
import type { Io } from '../core/io.js';
import type { CaseResult } from '../report/model.js';

export type ProgressMode = 'tty' | 'plain' | 'none';

/** TTY gets symbols; a pipe or CI=true gets plain, grep-able lines. Colour is decided apart (colourEnabled). */
export function progressMode(io: Io, env: Readonly<Record<string, string | undefined>>): ProgressMode {
  if (env.CI === 'true' || env.CI === '1') return 'plain';
  return io.stdout.isTTY ? 'tty' : 'plain';
}

const COLOUR: Record<CaseResult['status'], Colour> = { passed: 'green', failed: 'red', skipped: 'yellow' };
const SYMBOL = { passed: '✓', failed: '✗', skipped: '↓' };
const WORD = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' };

/** `colour`: NO_COLOR / FORCE_COLOR as resolved by colourEnabled (default: colour on a TTY). */
export function formatCaseLine(c: CaseResult, mode: ProgressMode, colour = mode === 'tty'): string {
  const extra = c.status === 'skipped' && c.skipReason ? ` — ${c.skipReason}` : '';
  const ms = c.status === 'skipped' ? '' : ` (${c.durationMs} ms)`;
  if (mode === 'tty') {
    return `  ${paint(colour, COLOUR[c.status], SYMBOL[c.status])} ${c.id} [${c.dvvItem}] ${c.title}${ms}${extra}\n`;
  }
  return `${paint(colour, COLOUR[c.status], WORD[c.status])} ${c.id} [${c.dvvItem}] ${c.title}${ms}${extra}\n`;
}

export function createProgress(
  io: Io,
  mode: ProgressMode,
  colour = mode === 'tty',
): { onCase(c: CaseResult): void; line(s: string): void } {
  return {
    onCase: (c) => {
      if (mode !== 'none') io.stdout.write(formatCaseLine(c, mode, colour));
    },
    line: (s) => {
      if (mode !== 'none') io.stdout.write(s + '\n');
    },
  };
}
