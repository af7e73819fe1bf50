import { describe, expect, it } from 'vitest';
import { parseUntil } from './parseUntil.js';

describe('parseUntil', () => {
  it.each([
    ['covered', 'covered'],
    ['30m', 1_800_000],
    ['1h30m', 5_400_000],
    ['90s', 90_000],
    [undefined, undefined],
  ] as const)('%s → %s', (v, want) => expect(parseUntil(v)).toBe(want));

  it.each(['soon', '0m', '30', '-5m', '200h'])('refuses %s with PTVR_USAGE', (v) => {
    expect(() => parseUntil(v)).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
  });
});
