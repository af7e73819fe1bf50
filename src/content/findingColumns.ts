import type { ContentFinding, ContentLang } from './types.js';

/** The columns of the editors' export (CSV and XLSX share them, so the two never disagree). */
export const FINDING_COLUMNS = [
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
  'link',
] as const;

/** One finding as the export's cells, in {@link FINDING_COLUMNS} order. */
export function findingCells(f: ContentFinding, lang: ContentLang): (string | number | undefined)[] {
  return [
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
    f.link,
  ];
}
