/**
 * Y-tunnus check digit: weights 7,9,10,5,8,4,2 over the seven digits, sum mod 11; remainder 1 is
 * never issued, 0 → check digit 0, otherwise 11 − remainder. PTV itself checks only the shape
 * (`^[0-9]{7}-[0-9]{1}$`, §13), so a bad check digit is a warning, not a PTV error.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/** Check digit of a seven-digit base; undefined when the base is malformed or has no valid id (remainder 1). */
export function businessIdCheckDigit(base: string): number | undefined {
  if (!/^[0-9]{7}$/.test(base)) return undefined;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(base[i]) * WEIGHTS[i]!;
  const r = sum % 11;
  if (r === 1) return undefined;
  return r === 0 ? 0 : 11 - r;
}

/** True for `NNNNNNN-C` with a correct check digit. */
export function isValidBusinessId(code: string): boolean {
  const m = /^([0-9]{7})-([0-9])$/.exec(code);
  return m !== null && businessIdCheckDigit(m[1]!) === Number(m[2]);
}
