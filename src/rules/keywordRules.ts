import { msg } from './messages.js';
import type { Schema } from './schemas/index.js';
import { pascal } from './toPtvKey.js';

/** A JSON path: concrete (`['serviceNames', 0, 'value']`) or a template (`'*'` = any item of an array). */
export type RulePath = readonly (string | number)[];

/**
 * Where PTV files the error: under the item's key (`ServiceNames[0].Value`), under the list's key because
 * the attribute sits on the list property (`ServiceDescriptions`), or under the JSON reader's camelCase
 * path with a value-dependent message (`otherResponsibleOrganizations[0]`) [FW].
 */
export type KeyAt = 'item' | 'list' | 'json';

export interface KeywordRule {
  /** The finding's rule id. */
  rule: string;
  /** Whether `describeFieldRules` lists this keyword on `schema` (false: only the validator reports it). */
  described(schema: Schema): boolean;
  keyAt(schema: Schema, path: RulePath): KeyAt;
  /**
   * PTV's message. Undefined when it depends on the value sent and `value` is not given (descriptors),
   * or when PTV reports the keyword once per list (code lists: see `listCodesMessage`).
   */
  message(schema: Schema, path: RulePath, value?: unknown): string | undefined;
  /** Whether the finding carries the offending value as `actual`. */
  reportsValue: boolean;
}

const isItem = (s: string | number | undefined): boolean => typeof s === 'number' || s === '*';

/** C# name of the field a path points at (the last property segment). */
function fieldOf(path: RulePath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const s = path[i];
    if (typeof s === 'string' && s !== '*') return pascal(s);
  }
  return 'Model';
}

/** JSON path as Newtonsoft prints it (`otherResponsibleOrganizations[0]`): the key of reader errors [FW]. */
export function jsonPathOf(path: RulePath): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : (out ? '.' : '') + s;
  return out;
}

/** Ajv format name → the descriptor's format. */
export const PTV_FORMATS: Readonly<Record<string, 'email' | 'url' | 'guid' | 'date-time'>> = {
  'ptv-email': 'email',
  'ptv-url': 'url',
  'ptv-guid': 'guid',
  'ptv-date-time': 'date-time',
};

/** Code lists PTV checks per list, reporting all unknown codes in one message. */
export function isListLevelCodeList(list: unknown): boolean {
  return list === 'language' || list === 'serviceClass' || list === 'targetGroup';
}

/** PTV's one message for the unknown codes of a list-level code list. */
export function listCodesMessage(list: string, values: readonly string[]): string {
  const joined = values.join(', ');
  return list === 'language' ? msg.codesNotFound(joined) : msg.urisNotFound(joined);
}

const always = (): boolean => true;
const never = (): boolean => false;
const atItem = (): KeyAt => 'item';
/** A list attribute's item check (`ListWithUrl`, `ListWithEnum`) is keyed by the list (ListBaseAttribute.cs:128). */
const atListKey = (s: Schema): KeyAt => (s['x-ptvListKey'] === true ? 'list' : 'item');
const required: KeywordRule = {
  rule: 'required',
  described: always,
  keyAt: atItem,
  message: (_s, path) => msg.required(fieldOf(path)),
  reportsValue: false,
};
const isDateTimeOrReader = (s: Schema): boolean => s.format === 'ptv-date-time' || s['x-ptvReader'] === true;

/**
 * PTV's key and message per schema keyword (Ajv's keyword name), read by both the validator
 * (`toFindings`, concrete paths and values) and the field-rule descriptors (`describeFieldRules`,
 * template paths, no value), so the two cannot disagree. `required` paths end with the missing property.
 */
export const KEYWORD_RULES: Readonly<Record<string, KeywordRule>> = {
  required,
  minItems: required,
  ptvNonBlank: { ...required, described: never, reportsValue: true },
  // A wrong JSON type is a reader error: keyed by the JSON path [FW].
  type: {
    rule: 'type',
    described: never,
    keyAt: () => 'json',
    message: (s, path) => msg.type(fieldOf(path), String(s.type)),
    reportsValue: true,
  },
  enum: {
    rule: 'enum',
    described: always,
    keyAt: atListKey,
    message: (s, path, value) => {
      const values = s.enum as string[];
      if (!s['x-ptvAllowed']) return msg.enum(values);
      return value === undefined ? undefined : msg.allowedValues(String(value), fieldOf(path), values);
    },
    reportsValue: true,
  },
  // `contains` carries `x-ptvRequiredType`: a list must hold an item of that type.
  contains: {
    rule: 'requiredType',
    described: always,
    keyAt: atItem,
    message: (s) => msg.requiredType(String(s['x-ptvRequiredType'] ?? '')),
    reportsValue: false,
  },
  maxLength: {
    rule: 'maxLength',
    described: always,
    keyAt: (s) => (typeof s['x-ptvList'] === 'string' ? 'list' : 'item'),
    message: (s, path) => {
      const n = s.maxLength as number;
      const listType = s['x-ptvList'];
      return typeof listType === 'string' ? msg.listMaxLength(listType, n) : msg.maxLength(fieldOf(path), n);
    },
    reportsValue: false,
  },
  pattern: {
    rule: 'pattern',
    described: (s) => typeof s['x-ptvRegex'] === 'string',
    keyAt: atItem,
    message: (s, path) => {
      const custom = s['x-ptvPatternMessage'];
      return typeof custom === 'string' ? custom : msg.pattern(fieldOf(path), String(s['x-ptvRegex'] ?? ''));
    },
    reportsValue: true,
  },
  format: {
    rule: 'format',
    described: (s) => typeof s.format === 'string' && PTV_FORMATS[s.format] !== undefined,
    keyAt: (s) => (isDateTimeOrReader(s) ? 'json' : atListKey(s)),
    message: (s, path, value) => {
      if (isDateTimeOrReader(s)) {
        if (value === undefined) return undefined;
        const jp = jsonPathOf(path);
        return s.format === 'ptv-date-time'
          ? msg.dateTime(String(value), jp)
          : msg.readerGuid(String(value), jp);
      }
      const field = fieldOf(path);
      return s.format === 'ptv-guid'
        ? msg.guid()
        : s.format === 'ptv-url'
          ? msg.url(field)
          : msg.email(field);
    },
    reportsValue: true,
  },
  ptvMinLength5: {
    rule: 'minLength5',
    described: always,
    // On a list item's `value` the attribute sits on the list: "Value - …".
    keyAt: (_s, path) =>
      path[path.length - 1] === 'value' && isItem(path[path.length - 2]) ? 'list' : 'item',
    message: (s, path) =>
      KEYWORD_RULES.ptvMinLength5!.keyAt(s, path) === 'list' ? msg.min5List() : msg.min5(),
    reportsValue: true,
  },
  ptvCodeList: {
    rule: 'codeList',
    described: always,
    keyAt: (s) => (isListLevelCodeList(s.ptvCodeList) ? 'list' : 'item'),
    message: (s, _path, value) =>
      isListLevelCodeList(s.ptvCodeList) || value === undefined ? undefined : msg.codeNotFound(String(value)),
    reportsValue: true,
  },
};
