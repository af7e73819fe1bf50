/**
 * The findings as an Excel workbook for editors (DVV asks IT suppliers for an Excel export of test
 * content): a summary sheet (per checklist item) and a findings sheet with the same columns as the
 * CSV. Cells are typed as strings, so a text starting with `=` stays text (no formula can be injected).
 */
import writeXlsxFile, { type Row, type SheetData } from 'write-excel-file/node';
import { CHECKLIST_TEXT, CONTENT_LABELS } from './contentLabels.js';
import type { ContentModel } from './contentModel.js';
import { FINDING_COLUMNS, findingCells } from './findingColumns.js';
import type { ContentLang } from './types.js';

const text = (v: string | number | undefined) => ({ type: String, value: v === undefined ? '' : String(v) });
const num = (v: number) => ({ type: Number, value: v });
const bold = (v: string) => ({ type: String, value: v, fontWeight: 'bold' as const });

export async function findingsToXlsx(model: ContentModel, lang: ContentLang): Promise<Buffer> {
  const l = CONTENT_LABELS[lang];
  const summary: SheetData = [
    [bold(l.title)],
    [text(l.organization), text(model.organizationId)],
    [text(l.target), text(`${model.target.name} (${model.target.apiUrl})`)],
    [text(l.run), text(model.runId)],
    [],
    [bold(l.item), bold(l.check), bold(l.error), bold(l.warning), bold(l.info)],
    ...model.summary.map((s): Row => [
      text(s.item),
      text(CHECKLIST_TEXT[s.item][lang]),
      num(s.error),
      num(s.warning),
      num(s.info),
    ]),
  ];
  const findings: SheetData = [
    FINDING_COLUMNS.map((c) => bold(c)),
    ...model.findings.map((f): Row => findingCells(f, lang).map(text)),
  ];
  return writeXlsxFile([
    {
      data: summary,
      sheet: lang === 'fi' ? 'Yhteenveto' : 'Summary',
      columns: [{ width: 10 }, { width: 60 }],
    },
    { data: findings, sheet: lang === 'fi' ? 'Havainnot' : 'Findings' },
  ]).toBuffer();
}
