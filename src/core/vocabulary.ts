/**
 * The PTV and ptv-readiness vocabulary, spelled once. Each list is an `as const` array in its canonical
 * order with its type derived from it, so yargs `choices`, the JSON Schemas' enums and the TypeScript
 * unions cannot drift apart. core is the bottom layer: every other layer may import this.
 */

/** `live2026`: limits observed on the live service in 2026 (default). `ptv34`: PTV 3.4 source. */
export const RULE_PROFILES = ['live2026', 'ptv34'] as const;
export type RuleProfile = (typeof RULE_PROFILES)[number];
export const DEFAULT_RULE_PROFILE: RuleProfile = 'live2026';

/** PTV object types as PTV's sourceId namespace and URL segments name them (in-api-v11.md §2). */
export const OBJECT_TYPES = ['Organization', 'Service', 'ServiceChannel', 'ServiceCollection'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

/**
 * PTV's channel types: the `serviceChannelType` values and the URL segment of the channel write paths
 * (`/api/v11/ServiceChannel/<type>`).
 */
export const CHANNEL_TYPES = ['EChannel', 'Phone', 'WebPage', 'PrintableForm', 'ServiceLocation'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/** The rules engine's entity kind of each channel type: PTV's name, lower-cased (`Phone` → `phone`). */
export const CHANNEL_KIND_OF = Object.freeze({
  EChannel: 'echannel',
  Phone: 'phone',
  WebPage: 'webpage',
  PrintableForm: 'printableform',
  ServiceLocation: 'servicelocation',
} as const satisfies { [T in ChannelType]: Lowercase<T> });
export type ChannelKind = (typeof CHANNEL_KIND_OF)[ChannelType];

/** The channel type of a channel entity kind (`phone` → `Phone`); undefined for any other kind. */
export function channelTypeOfKind(kind: string): ChannelType | undefined {
  return CHANNEL_TYPES.find((t) => CHANNEL_KIND_OF[t] === kind);
}

/** PTV's data languages in PTV's own order (in-api-v11.md §12): the first match wins a display name. */
export const DATA_LANGUAGES = ['fi', 'sv', 'en', 'se', 'smn', 'sms'] as const;
export type DataLanguage = (typeof DATA_LANGUAGES)[number];

/** The national languages DVV expects the main texts in; fixtures write these, content checks for them. */
export const MAIN_LANGUAGES = ['fi', 'sv', 'en'] as const satisfies readonly DataLanguage[];
export type MainLanguage = (typeof MAIN_LANGUAGES)[number];

/** Languages the reports are written in (first = primary). */
export const REPORT_LANGS = ['fi', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

/**
 * Views of a readiness run besides report.json: html and md each write the document report.* and its
 * annex annex.*; pdf prints the document, annex-pdf its annex (121 pages: printed only on request, and
 * by `bundle` for DVV).
 */
export const REPORT_FORMATS = ['html', 'pdf', 'md', 'junit', 'annex-pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** What a run writes unless told otherwise: every view but the annex's PDF. */
export const DEFAULT_REPORT_FORMATS = [
  'html',
  'pdf',
  'md',
  'junit',
] as const satisfies readonly ReportFormat[];

/** Views of the content test report besides content.json. */
export const CONTENT_FORMATS = ['html', 'pdf', 'md', 'csv', 'xlsx'] as const;
export type ContentFormat = (typeof CONTENT_FORMATS)[number];

/** Suite ids, in DVV catalogue order (`--suites`, suites/<id>-*.suite.ts). */
export const SUITE_IDS = ['conn', 't1', 't2', 't3', 't4', 't5', 't6', 'pit', 'v12'] as const;
export type SuiteId = (typeof SUITE_IDS)[number];

/**
 * DVV's test items (CONN, T1–T6) plus PIT, ours, in catalogue order; V12 is the v12 read-back
 * pre-check (`--read-api v12`), not part of DVV's v11 list, never counted for READY.
 */
export const DVV_ITEMS = ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'PIT', 'V12'] as const;
export type DvvItem = (typeof DVV_ITEMS)[number];

/** The items every report lists (DVV's and PIT); V12 joins only in runs that read v12. */
export const REPORT_ITEMS: readonly DvvItem[] = DVV_ITEMS.filter((id) => id !== 'V12');

/** The DVV items a READY verdict needs (PIT is ours, not DVV's). */
export const DVV_REQUIRED = [
  'CONN',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
] as const satisfies readonly DvvItem[];

/** The DVV item each suite demonstrates. */
export const ITEM_OF_SUITE: Readonly<Record<SuiteId, DvvItem>> = Object.freeze({
  conn: 'CONN',
  t1: 'T1',
  t2: 'T2',
  t3: 'T3',
  t4: 'T4',
  t5: 'T5',
  t6: 'T6',
  pit: 'PIT',
  v12: 'V12',
});

/** Targets a user names (`--target`); `custom` is what `--api-url`/`--token-url` resolve to. */
export const TARGET_CHOICES = ['sim', 'cte', 'prod'] as const;
export type TargetChoice = (typeof TARGET_CHOICES)[number];
export const TARGET_NAMES = [...TARGET_CHOICES, 'custom'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

/** Token response shapes: CTE answers `ptvToken`, production `serviceToken` (in-api-v11.md §1.2). */
export const AUTH_SHAPES = ['cte', 'prod'] as const;
export type AuthShape = (typeof AUTH_SHAPES)[number];

/** `run --reporter`: `item` = one updating line per DVV item, `line` = one line per case. */
export const REPORTERS = ['line', 'item'] as const;
export type Reporter = (typeof REPORTERS)[number];

/** `validate --op`: the operation a payload is judged for. */
export const OPERATIONS = ['post', 'put'] as const;
export type Operation = (typeof OPERATIONS)[number];

/** True when `value` is one of `list` (narrows untyped input such as a path segment or a flag). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** The PTV API versions a run reads back through (`--read-api`, v12-migration.md §4.1). */
export const READ_APIS = ['v11', 'v12'] as const;
export type ReadApi = (typeof READ_APIS)[number];

/** The PTV API version a run writes through (`--write-api`, v12-migration.md §4.1, §4.8). */
export const WRITE_APIS = ['v11', 'v12'] as const;
export type WriteApi = (typeof WRITE_APIS)[number];
