import { PtvrError } from '../core/errors.js';

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000 } as const;

/** `--until covered` or a duration: `30m`, `90s`, `1h30m`, `2h` → milliseconds. */
export function parseUntil(value: string | undefined): 'covered' | number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'covered') return 'covered';
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(v);
  const ms = m
    ? Number(m[1] ?? 0) * UNIT_MS.h + Number(m[2] ?? 0) * UNIT_MS.m + Number(m[3] ?? 0) * UNIT_MS.s
    : 0;
  if (!m || ms <= 0 || ms > 7 * 24 * UNIT_MS.h) {
    throw new PtvrError('PTVR_USAGE', `--until: expected "covered" or a duration, got "${value}"`, {
      hint: 'e.g. --until covered, --until 30m, --until 1h30m, --until 90s',
    });
  }
  return ms;
}
