import { DATA_LANGUAGES } from '../enums.js';
import type { CodeListName } from '../codeLists/codeSets.js';
import { full, PTV_REGEX, type PtvRegexName } from '../patterns.js';

/** A JSON Schema node (draft-07) with PTV's annotation keywords. */
export type Schema = Record<string, unknown>;

/** PTV's error wording depends on how a rule is declared in the C# model; these helpers encode that. */
export const str = (extra: Schema = {}): Schema => ({ type: 'string', ...extra });
export const bool = (): Schema => ({ type: 'boolean' });
export const guid = (): Schema => ({ type: 'string', format: 'ptv-guid' });
/**
 * An item of a `[GUID]` list: bound as Guid by the JSON reader, so a bad value is a reader error keyed
 * by the JSON path, not the ValidGuid message (in-api-v11.md §3.1) [FW].
 */
export const guidItem = (): Schema => ({ type: 'string', format: 'ptv-guid', 'x-ptvReader': true });
export const dateTime = (): Schema => ({ type: 'string', format: 'ptv-date-time' });
export const url = (max = 500): Schema => ({ type: 'string', format: 'ptv-url', maxLength: max });
export const email = (max?: number): Schema => ({
  type: 'string',
  format: 'ptv-email',
  ...(max ? { maxLength: max } : {}),
});

export function regex(name: PtvRegexName, extra: Schema = {}): Schema {
  return { type: 'string', pattern: full(PTV_REGEX[name]), 'x-ptvRegex': PTV_REGEX[name], ...extra };
}

export function codeList(name: CodeListName, base: Schema = { type: 'string' }): Schema {
  return { ...base, ptvCodeList: name };
}

export function enumOf(values: readonly string[], allowedWording = false): Schema {
  return { type: 'string', enum: [...values], ...(allowedWording ? { 'x-ptvAllowed': true } : {}) };
}

/** A PTV data language (§3.3): fi, sv, en, se, smn, sms. */
export const dataLanguage = (): Schema => enumOf(DATA_LANGUAGES);

export function obj(properties: Record<string, Schema>, required: readonly string[] = []): Schema {
  return { type: 'object', properties, ...(required.length ? { required: [...required] } : {}) };
}

export function arr(items: Schema, opts: { nonEmpty?: boolean } & Schema = {}): Schema {
  const { nonEmpty, ...rest } = opts;
  return { type: 'array', items, ...(nonEmpty ? { minItems: 1 } : {}), ...rest };
}

/** Required string: present and not blank (.NET `Required` rejects "" and whitespace). */
export const reqStr = (extra: Schema = {}): Schema => ({ type: 'string', ptvNonBlank: true, ...extra });

export interface ListOpts {
  /** Max length of `value` for every item ('Maximum length of property 'Value' must be 'n'.'). */
  max?: number;
  /** `ListValueNotEmpty`: non-blank values need ≥ 5 characters. */
  min5?: boolean;
  nonEmpty?: boolean;
  valueFormat?: 'email' | 'url';
}

/** `VmOpenApiLanguageItem` list: `{ value, language }`. */
export function languageItemList(o: ListOpts = {}): Schema {
  const value: Schema = { type: 'string', ptvNonBlank: true };
  if (o.valueFormat === 'email') value.format = 'ptv-email';
  // Every URL list is a `[ListWithUrl("Value")]` (PTV keys it by the list, ListBaseAttribute.cs:128).
  if (o.valueFormat === 'url') Object.assign(value, { format: 'ptv-url', 'x-ptvListKey': true });
  if (o.max !== undefined) Object.assign(value, { maxLength: o.max, 'x-ptvList': '' });
  if (o.min5) value.ptvMinLength5 = true;
  return arr(obj({ value, language: dataLanguage() }, ['value', 'language']), {
    nonEmpty: o.nonEmpty,
    ...(o.min5 ? { 'x-ptvListMin5': true } : {}),
  });
}

export interface LocalizedOpts {
  /** Max length of `value` per item type. */
  limits: Readonly<Record<string, number>>;
  min5?: boolean;
  nonEmpty?: boolean;
  /** "must contain item with type=X" (POST): `Type - Required value 'X' was not found!`. */
  requiredTypes?: readonly string[];
  valueFormat?: 'url';
  /** `[ListWithEnum(…, "Type")]` on the list: an unknown type is keyed by the list, not the item. */
  typeAtList?: boolean;
}

/** `VmOpenApiLocalizedListItem` list: `{ value, type, language }`; limits depend on the item's type. */
export function localizedList(types: readonly string[], o: LocalizedOpts): Schema {
  const value: Schema = { type: 'string', ptvNonBlank: true };
  if (o.min5) value.ptvMinLength5 = true;
  // `[ListWithUrl("Value")]`: keyed by the list (ListBaseAttribute.cs:128).
  if (o.valueFormat === 'url') Object.assign(value, { format: 'ptv-url', 'x-ptvListKey': true });
  const type = enumOf(types);
  if (o.typeAtList) type['x-ptvListKey'] = true;
  const item: Schema = obj({ value, type, language: dataLanguage() }, ['value', 'type', 'language']);
  const perType = Object.entries(o.limits).map(([t, n]) => ({
    if: { type: 'object', required: ['type'], properties: { type: { const: t } } },
    then: { type: 'object', properties: { value: { type: 'string', maxLength: n, 'x-ptvList': t } } },
  }));
  if (perType.length) item.allOf = perType;
  const list = arr(item, { nonEmpty: o.nonEmpty, ...(o.min5 ? { 'x-ptvListMin5': true } : {}) });
  if (o.requiredTypes?.length) {
    list.allOf = o.requiredTypes.map((t) => ({
      type: 'array',
      'x-ptvRequiredType': t,
      contains: { type: 'object', required: ['type'], properties: { type: { const: t } } },
    }));
  }
  return list;
}

/** `VmOpenApiNameTypeByLanguage`: `{ type: Name|AlternativeName, language }`. */
export function displayNameTypeList(nonEmpty: boolean, types: readonly string[]): Schema {
  return arr(obj({ type: enumOf(types), language: dataLanguage() }, ['type', 'language']), { nonEmpty });
}
