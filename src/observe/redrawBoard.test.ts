import { describe, expect, it } from 'vitest';
import { coverageOf, type Observation } from './coverageBoard.js';
import { redrawBoard } from './redrawBoard.js';
import { renderBoard } from './renderBoard.js';

const login: Observation = {
  seq: 1,
  classification: {
    item: 'CONN',
    operation: 'login',
    title: 'Login',
    route: 'POST /api/auth/api-login',
    demonstrates: ['login'],
    notes: [],
    findings: [],
    ptvMessages: [],
    isCase: true,
  },
};

const ESC = String.fromCharCode(27);

/** A minimal terminal: text, `\r`, `\n`, cursor up (`ESC[nA`) and clear line (`ESC[2K`). */
function screenAfter(...writes: string[]): string[] {
  const rows: string[] = [''];
  let row = 0;
  const out = writes.join('');
  for (let i = 0; i < out.length; i++) {
    const ch = out[i]!;
    if (ch === '\r') continue; // every line is cleared before it is written
    if (ch === '\n') rows[++row] ??= '';
    else if (ch === ESC) {
      const end = out.slice(i).search(/[A-Z]/);
      const arg = out.slice(i + 2, i + end);
      if (out[i + end] === 'A') row = Math.max(0, row - Number(arg));
      else if (out[i + end] === 'K' && arg === '2') rows[row] = '';
      else throw new Error(`unexpected escape ${JSON.stringify(out.slice(i, i + end + 1))}`);
      i += end;
    } else rows[row] += ch;
  }
  return rows.filter((r, i) => r !== '' || i < rows.length - 1);
}

describe('redrawBoard', () => {
  it('draws the first board without moving the cursor, one cleared line per board line', () => {
    const board = coverageOf([]);
    const r = redrawBoard(0, board, false);
    expect(r.lines).toBe(renderBoard(board, false).length);
    expect(r.text.startsWith('\r\x1b[2K')).toBe(true);
    // Every escape is a line clear: nothing moves the cursor over what was on screen before.
    expect(
      r.text
        .split(ESC)
        .slice(1)
        .every((e) => e.startsWith('[2K')),
    ).toBe(true);
    expect(screenAfter(r.text)).toEqual(renderBoard(board, false));
  });

  it('moves up over the previous board and leaves only the new one on screen', () => {
    const before = coverageOf([]);
    const after = coverageOf([login]);
    const first = redrawBoard(0, before, false);
    const second = redrawBoard(first.lines, after, false);
    expect(second.text.startsWith(`\x1b[${first.lines}A`)).toBe(true);
    const screen = screenAfter(first.text, second.text);
    expect(screen).toEqual(renderBoard(after, false));
    expect(screen[0]).toContain('login ✓');
  });
});
