import { markdownText } from '../core/markdownText.js';
import type { Canon } from '../readback/canon.js';

/**
 * The canonical rules of the neutral model (v12-migration.md §4.4), applied the same way to every
 * side (v11 IN, v11 OUT, v12 OUT, v12 request) so values compare as strings.
 */
type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function list(v: unknown): Obj[] {
  return Array.isArray(v) ? v.filter(isObj) : [];
}

export function str(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

export function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

/** The run tag `(ptvr <runId> ` differs per run; its place in the text does not. */
const RUN_TAG = /\(ptvr [^\s)]+ /g;

/** text: NFC, trim, whitespace runs collapsed, the run tag neutralised; `""` is absent (null). */
export function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  const s = str(v).normalize('NFC').replace(/\s+/g, ' ').trim().replace(RUN_TAG, '(ptvr RUN ');
  return s === '' ? null : s;
}

/** Markdown escapes v12 may add to plain v11 text (`\*`, `\_`, `\#` …). */
export function unescapeMarkdown(s: string): string {
  return s.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
}

/** The text a reader sees once markdown is rendered (headings, emphasis and links flattened). */
export function renderPlain(s: string): string {
  return markdownText(s).replace(/\s+/g, ' ').trim();
}

export type TextMatch = 'exact' | 'transform' | 'different';

/**
 * Markdown-text equality (§4.4): equal as text, or after unescaping the markdown, or as rendered
 * plain text. The latter two are `transform`: v12's rendering of v11 plain text is [INF].
 */
export function markdownMatch(a: string | null, b: string | null): TextMatch {
  if (a === b) return 'exact';
  if (a === null || b === null) return 'different';
  if (unescapeMarkdown(a) === b || unescapeMarkdown(b) === a) return 'transform';
  return renderPlain(a) === renderPlain(b) ? 'transform' : 'different';
}

/** `HH:mm:ss` → `HH:mm`. */
export function time(v: unknown): string {
  const s = str(v);
  return /^\d{2}:\d{2}(:\d{2})?$/.test(s) ? s.slice(0, 5) : s;
}

/** A value through a token table; unknown values pass through so a new enum value shows as a change. */
export function token(table: Readonly<Record<string, string>>, v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  const s = str(v);
  return table[s] ?? s;
}

export type PhoneKind = 'domestic' | 'intl' | 'sms' | 'fax';

/** Phone charge tokens: v11 `Chargeable/FreeOfCharge/Other`, v12 `Charged/Free/ExtraCharge` ([INF] Other ↔ ExtraCharge). */
export const PHONE_CHARGE: Readonly<Record<string, string>> = {
  Chargeable: 'charged',
  FreeOfCharge: 'free',
  Other: 'other',
  Charged: 'charged',
  Free: 'free',
  ExtraCharge: 'other',
};

/** phone: `kind|dial|number|charge|chargeDescription|additionalInformation`. */
export function phone(p: {
  kind: PhoneKind;
  dial?: unknown;
  number: unknown;
  charge: unknown;
  chargeDescription?: unknown;
  additionalInformation?: unknown;
}): string {
  return [
    p.kind,
    p.kind === 'domestic' ? '' : str(p.dial),
    str(p.number),
    // A v11 fax (`V4VmOpenApiPhoneSimple`) has no charge; v12 requires one: v12-only, not compared.
    p.kind === 'fax' ? '' : (token(PHONE_CHARGE, p.charge) ?? ''),
    p.kind === 'fax' ? '' : (text(p.chargeDescription) ?? ''),
    text(p.additionalInformation) ?? '',
  ].join('|');
}

export interface AreaParts {
  m?: string[];
  r?: string[];
  w?: string[];
}

/** area: `wholeCountry`, `wholeCountryExceptAland` or `limited:m=…;r=…;w=…` (sorted codes). */
export function area(
  kind: 'wholeCountry' | 'wholeCountryExceptAland' | 'limited',
  parts: AreaParts = {},
): string {
  if (kind !== 'limited') return kind;
  const join = (l?: string[]) => sorted(l ?? []).join(',');
  return `limited:m=${join(parts.m)};r=${join(parts.r)};w=${join(parts.w)}`;
}

/** classification code: the segment after `/code/` of a v11 URI; v12 already returns the code. */
export function classificationCode(v: unknown): string {
  const s = isObj(v) ? str(v.uri ?? v.code) : str(v);
  const i = s.lastIndexOf('/code/');
  return i >= 0 ? s.slice(i + '/code/'.length) : s;
}

/** industrial class: the trailing numeric code decides equality; the URI form is kept to show a transform. */
export function industrialCode(uri: string): string {
  const m = /(\d+)\/?$/.exec(uri);
  return m ? m[1]! : uri;
}

/** status: v11 `publishingStatus` → `published` / `archived` (others lower-cased). */
export function v11Status(v: unknown): string | null {
  return token({ Published: 'published', Deleted: 'archived', Draft: 'draft', Modified: 'modified' }, v);
}

/** Neutral keys whose values are markdown in v12 (compared with {@link markdownMatch}). */
const MARKDOWN_FIELDS = new Set([
  'description',
  'userInstructions',
  'conditions',
  'chargeInfo',
  'deadline',
  'processingTime',
  'validityTime',
]);

export function isMarkdownField(field: string): boolean {
  return MARKDOWN_FIELDS.has(field);
}

function sameCanon(a: Canon, b: Canon): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Compares two canonical values of one neutral field: `exact`, `transform` (equal under the
 * markdown or industrial-class rule but not as strings) or `different`.
 */
export function compareCanon(field: string, a: Canon | undefined, b: Canon | undefined): TextMatch {
  const x = a ?? null;
  const y = b ?? null;
  if (sameCanon(x, y)) return 'exact';
  if (
    isMarkdownField(field) &&
    (typeof x === 'string' || x === null) &&
    (typeof y === 'string' || y === null)
  ) {
    return markdownMatch(x, y);
  }
  if (field === 'industrialClasses' && Array.isArray(x) && Array.isArray(y)) {
    const codes = (l: string[]) => JSON.stringify(sorted(l.map(industrialCode)));
    return codes(x) === codes(y) ? 'transform' : 'different';
  }
  return 'different';
}
