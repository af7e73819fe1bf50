import { FINDING_COLUMNS, findingCells } from './findingColumns.js';
import type { ContentFinding, ContentLang } from './types.js';

/** RFC 4180 field: quoted when it holds a separator, quote or line break; a leading =+-@ is defused for spreadsheets. */
function field(v: string | number | undefined): string {
  let s = v === undefined ? '' : String(v);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per finding, for editors working in a spreadsheet (UTF-8 with BOM so Excel reads ä/ö). */
export function findingsToCsv(findings: readonly ContentFinding[], lang: ContentLang): string {
  const rows = findings.map((f) => findingCells(f, lang).map(field).join(','));
  return `\uFEFF${[FINDING_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
