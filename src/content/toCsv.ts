import type { ContentFinding, ContentLang } from './types.js';

/** RFC 4180 field: quoted when it holds a separator, quote or line break; a leading =+-@ is defused for spreadsheets. */
function field(v: string | number | undefined): string {
  let s = v === undefined ? '' : String(v);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const HEADER = [
  'severity',
  'rule',
  'checklist',
  'agentRule',
  'entityKind',
  'channelType',
  'entityId',
  'entityName',
  'field',
  'textType',
  'language',
  'text',
  'message',
  'hint',
];

/** One row per finding, for editors working in a spreadsheet (UTF-8 with BOM so Excel reads ä/ö). */
export function findingsToCsv(findings: readonly ContentFinding[], lang: ContentLang): string {
  const rows = findings.map((f) =>
    [
      f.severity,
      f.rule,
      f.checklist,
      f.agentRule,
      f.entityKind,
      f.channelType,
      f.entityId,
      f.entityName,
      f.field,
      f.textType,
      f.language,
      f.span?.text,
      f.message[lang],
      f.hint[lang],
    ]
      .map(field)
      .join(','),
  );
  return `\uFEFF${[HEADER.join(','), ...rows].join('\r\n')}\r\n`;
}
