/** ANSI colours for terminal output, and whether to use them. */

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Node's own rules (tty.WriteStream#getColorDepth): FORCE_COLOR wins when set — '', '1', '2', '3'
 * or 'true' turn colour on even in a pipe, anything else ('0', 'false') turns it off; otherwise
 * NO_COLOR (non-empty, no-color.org), NODE_DISABLE_COLORS or TERM=dumb turn it off; otherwise colour
 * only on a terminal.
 */
export function colourEnabled(stream: { isTTY?: boolean }, env: Env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force);
  if ((env.NO_COLOR ?? '') !== '' || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') {
    return false;
  }
  return stream.isTTY === true;
}

const CODES = { green: '\x1b[32m', red: '\x1b[31m', yellow: '\x1b[33m', bold: '\x1b[1m' } as const;
export type Colour = keyof typeof CODES;

/** `text` in `colour` when `on`, else unchanged. */
export function paint(on: boolean, colour: Colour, text: string): string {
  return on ? `${CODES[colour]}${text}\x1b[0m` : text;
}
