import type { CoverageBoard } from './observeTypes.js';
import { renderBoard } from './renderBoard.js';

/**
 * The TTY bytes that replace the board drawn last (`previousLines` tall; 0 = none yet) with `board`
 * in place, and the new board's height for the next redraw. Pure, so the redraw is tested without a
 * terminal or timers.
 */
export function redrawBoard(
  previousLines: number,
  board: CoverageBoard,
  colour: boolean,
): { text: string; lines: number } {
  const lines = renderBoard(board, colour);
  // Move up over the previous board, then clear and rewrite each line (no flicker, no scrolling).
  const up = previousLines ? `\x1b[${previousLines}A` : '';
  return { text: up + lines.map((l) => `\r\x1b[2K${l}\n`).join(''), lines: lines.length };
}
