import { describe, expect, it } from 'vitest';
import { parseDuration } from './parseDuration.js';

describe('parseDuration', () => {
  it('reads each unit, a bare number as seconds', () => {
    expect(parseDuration('--x', '250ms')).toBe(250);
    expect(parseDuration('--x', '30s')).toBe(30_000);
    expect(parseDuration('--x', '120m')).toBe(7_200_000);
    expect(parseDuration('--x', '1.5h')).toBe(5_400_000);
    expect(parseDuration('--x', '3')).toBe(3000);
  });
  it('refuses anything else with PTVR_USAGE naming the flag', () => {
    expect(() => parseDuration('--v12-wait', 'soon')).toThrow(/--v12-wait is not a duration/);
    expect(() => parseDuration('--v12-wait', '-1s')).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
  });
});
