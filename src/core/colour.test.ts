import { describe, expect, it } from 'vitest';
import { colourEnabled, paint } from './colour.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('colourEnabled', () => {
  it.each<[string, { isTTY?: boolean }, Record<string, string>, boolean]>([
    ['a terminal', tty, {}, true],
    ['a pipe', pipe, {}, false],
    ['NO_COLOR=1 on a terminal', tty, { NO_COLOR: '1' }, false],
    ['NO_COLOR empty on a terminal (no-color.org: only non-empty counts)', tty, { NO_COLOR: '' }, true],
    ['NODE_DISABLE_COLORS on a terminal', tty, { NODE_DISABLE_COLORS: '1' }, false],
    ['TERM=dumb on a terminal', tty, { TERM: 'dumb' }, false],
    ['FORCE_COLOR=0 on a terminal', tty, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=false on a terminal', tty, { FORCE_COLOR: 'false' }, false],
    ['FORCE_COLOR=1 in a pipe', pipe, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR= (empty) in a pipe', pipe, { FORCE_COLOR: '' }, true],
    ['FORCE_COLOR=3 in a pipe', pipe, { FORCE_COLOR: '3' }, true],
    ['FORCE_COLOR=1 beats NO_COLOR (as in Node)', pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ])('%s', (_name, stream, env, expected) => {
    expect(colourEnabled(stream, env)).toBe(expected);
  });
});

describe('paint', () => {
  it('wraps in an ANSI colour only when on', () => {
    expect(paint(true, 'red', 'x')).toBe('\x1b[31mx\x1b[0m');
    expect(paint(false, 'red', 'x')).toBe('x');
  });
});
