import type { Io } from '../core/io.js';
import type { CaseResult } from '../report/model.js';

export type ProgressMode = 'tty' | 'plain' | 'none';

/** TTY gets colour and symbols; a pipe or CI=true gets plain, grep-able lines. */
export function progressMode(io: Io, env: Readonly<Record<string, string | undefined>>): ProgressMode {
  if (env.CI === 'true' || env.CI === '1') return 'plain';
  return io.stdout.isTTY ? 'tty' : 'plain';
}

const COLOR = { passed: '\x1b[32m', failed: '\x1b[31m', skipped: '\x1b[33m', reset: '\x1b[0m' };
const SYMBOL = { passed: '✓', failed: '✗', skipped: '↓' };
const WORD = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' };

export function formatCaseLine(c: CaseResult, mode: ProgressMode): string {
  const extra = c.status === 'skipped' && c.skipReason ? ` — ${c.skipReason}` : '';
  const ms = c.status === 'skipped' ? '' : ` (${c.durationMs} ms)`;
  if (mode === 'tty') {
    return `  ${COLOR[c.status]}${SYMBOL[c.status]}${COLOR.reset} ${c.id} [${c.dvvItem}] ${c.title}${ms}${extra}\n`;
  }
  return `${WORD[c.status]} ${c.id} [${c.dvvItem}] ${c.title}${ms}${extra}\n`;
}

export function createProgress(
  io: Io,
  mode: ProgressMode,
): { onCase(c: CaseResult): void; line(s: string): void } {
  return {
    onCase: (c) => {
      if (mode !== 'none') io.stdout.write(formatCaseLine(c, mode));
    },
    line: (s) => {
      if (mode !== 'none') io.stdout.write(s + '\n');
    },
  };
}
