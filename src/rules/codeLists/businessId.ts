/**
 * Y-tunnus check digit: weights 7,9,10,5,8,4,2 over the seven digits, sum mod 11; remainder 1 is
 * never issued, 0 → check digit 0, otherwise 11 − remainder. PTV itself checks only the shape
 * (`^[0-9]{7}-[0-9]{1}$`, §13), so a bad check digit is a warning, not a PTV error.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

export function isValidBusinessId(code: string): boolean {
  if (!/^[0-9]{7}-[0-9]$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(code[i]) * (WEIGHTS[i] ?? 0);
  const r = sum % 11;
  if (r === 1) return false;
  const check = r === 0 ? 0 : 11 - r;
  return Number(code[8]) === check;
}
