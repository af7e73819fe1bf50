import { PtvrError } from './errors.js';

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/**
 * A duration as the v12 flags spell it (`250ms`, `30s`, `120m`, `1.5h`; a bare number is seconds),
 * in milliseconds. `what` names the flag or key in the error.
 */
export function parseDuration(what: string, value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(value);
  if (!m) {
    throw new PtvrError('PTVR_USAGE', `${what} is not a duration: "${value}"`, {
      hint: 'write <n>ms, <n>s, <n>m or <n>h, e.g. 30s or 120m',
    });
  }
  const unit = (m[2]?.toLowerCase() ?? 's') as keyof typeof UNIT_MS;
  return Math.round(Number(m[1]) * UNIT_MS[unit]);
}
