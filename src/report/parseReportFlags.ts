import { PtvrError } from '../core/errors.js';
import type { Lang } from './labels.js';
import { REPORT_FORMATS, type ReportFormat } from './renderReports.js';

function parseList<T extends string>(flag: string, value: string, allowed: readonly T[]): T[] {
  const items = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = items.filter((i) => !(allowed as readonly string[]).includes(i));
  if (items.length === 0 || bad.length > 0) {
    throw new PtvrError(
      'PTVR_USAGE',
      `--${flag} ${JSON.stringify(value)}: unknown value ${bad.join(', ') || '(empty)'}.`,
      {
        hint: `use a comma-separated list of ${allowed.join(', ')}`,
      },
    );
  }
  return [...new Set(items)] as T[];
}

/** `--format html,pdf` → ['html','pdf']; PTVR_USAGE on anything unknown. */
export function parseFormats(value: string | undefined): ReportFormat[] {
  return value === undefined ? [...REPORT_FORMATS] : parseList('format', value, REPORT_FORMATS);
}

/** `--lang fi,en` → ['fi','en'] (first = primary, also written as report.html). */
export function parseLangs(value: string | undefined): Lang[] {
  return value === undefined ? ['fi'] : parseList('lang', value, ['fi', 'en'] as const);
}
