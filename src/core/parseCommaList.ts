import { PtvrError } from './errors.js';
import { isOneOf } from './vocabulary.js';

/**
 * The one parser of comma-list flags (`--suites`, `--formats`, `--langs`, `--format`, `--lang`): items
 * are trimmed and lower-cased, empty items dropped, repeats kept once in first-seen order. An unknown
 * item, or no item at all, is PTVR_USAGE naming the flag and listing what it accepts.
 */
export function parseCommaList<T extends string>(
  flag: string,
  value: string,
  allowed: readonly T[],
  noun = 'value',
): T[] {
  const items = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = items.filter((s) => !isOneOf(allowed, s));
  if (bad.length > 0 || items.length === 0) {
    throw new PtvrError('PTVR_USAGE', `${flag}: unknown ${noun}(s) ${bad.join(',') || '(none given)'}`, {
      hint: `one or more of ${allowed.join(',')}, comma-separated`,
    });
  }
  return [...new Set(items)] as T[];
}
