import { KEYWORD_RULES, PTV_FORMATS } from './keywordRules.js';
import { DEFAULT_PROFILE } from './profiles.js';
import { schemaFor } from './registry.js';
import { resolveRef } from './schemas/nested.js';
import type { Schema } from './schemas/index.js';
import type { EntityKind, Operation, RuleProfile } from './types.js';

export interface FieldRuleDescriptor {
  kind: EntityKind;
  op: Operation;
  /** JSON path template; '*' = any item of an array. e.g. ['serviceDescriptions','*','value'] */
  path: string[];
  /** Only list items matching this (e.g. { type: 'Summary' }) — limits that depend on the item type. */
  whenItem?: Record<string, string>;
  rule: 'required' | 'maxLength' | 'enum' | 'pattern' | 'format' | 'codeList' | 'minLength5';
  limit?: number;
  values?: readonly string[];
  pattern?: string;
  format?: 'email' | 'url' | 'guid' | 'date-time';
  codeList?:
    | 'postalCode'
    | 'municipality'
    | 'country'
    | 'dialCode'
    | 'language'
    | 'serviceClass'
    | 'targetGroup'
    | 'area';
  /** The PTV message expected when violated (placeholders filled where static). */
  message?: string;
  /**
   * 'list': PTV reports this rule under the list's key (the path before the last '*', e.g.
   * `ServiceDescriptions`), not the item's (`ServiceDescriptions[0].Value`), because the attribute sits
   * on the list property. 'json': a JSON-reader error (date-times, `[GUID]` list items) keyed by the
   * camelCase JSON path (`otherResponsibleOrganizations[0]`), message value-dependent. Absent: the key
   * is `toPtvKey(path with indexes)`.
   */
  keyAt?: 'list' | 'json';
}

/**
 * The generators know a list missing its required item type as `required` (they remove the item); the
 * validator's finding says `requiredType`.
 */
const DESCRIBED_AS: Readonly<Record<string, FieldRuleDescriptor['rule']>> = { contains: 'required' };

/**
 * Machine-readable field rules, derived by walking the very schemas the validator compiles, so the
 * negative-case generators (T5 suite) cannot drift from what `validatePayload` checks.
 */
export function describeFieldRules(
  kind: EntityKind,
  op: Operation,
  profile: RuleProfile = DEFAULT_PROFILE,
): FieldRuleDescriptor[] {
  const out: FieldRuleDescriptor[] = [];
  const push = (d: Omit<FieldRuleDescriptor, 'kind' | 'op'>) => out.push({ kind, op, ...d });

  /** One descriptor per keyword, keyed and worded by `KEYWORD_RULES`. */
  const rule = (
    keyword: string,
    on: Schema,
    at: string[],
    d: Omit<FieldRuleDescriptor, 'kind' | 'op' | 'path' | 'rule' | 'message' | 'keyAt'>,
  ): void => {
    const k = KEYWORD_RULES[keyword]!;
    if (!k.described(on)) return;
    const keyAt = k.keyAt(on, at);
    const message = k.message(on, at);
    const o: Omit<FieldRuleDescriptor, 'kind' | 'op'> = {
      path: at,
      ...d,
      rule: DESCRIBED_AS[keyword] ?? (k.rule as FieldRuleDescriptor['rule']),
    };
    if (keyAt !== 'item') o.keyAt = keyAt;
    if (message !== undefined) o.message = message;
    push(o);
  };

  const walk = (node: Schema, path: string[], whenItem?: Record<string, string>): void => {
    const s = typeof node.$ref === 'string' ? (resolveRef(node.$ref) ?? node) : node;
    const w = whenItem ? { whenItem } : {};
    if (Array.isArray(s.required))
      for (const r of s.required as string[]) rule('required', s, [...path, r], {});
    if (typeof s.minItems === 'number' && s.minItems > 0) rule('minItems', s, path, {});
    // Limits that depend on the item type (`then` of `if type = …`) carry it.
    if (typeof s.maxLength === 'number') rule('maxLength', s, path, { ...w, limit: s.maxLength });
    if (Array.isArray(s.enum)) rule('enum', s, path, { values: s.enum as string[] });
    if (typeof s['x-ptvRegex'] === 'string') rule('pattern', s, path, { pattern: s['x-ptvRegex'] });
    if (typeof s.format === 'string') rule('format', s, path, { format: PTV_FORMATS[s.format] });
    if (typeof s.ptvCodeList === 'string')
      rule('ptvCodeList', s, path, {
        codeList: s.ptvCodeList as NonNullable<FieldRuleDescriptor['codeList']>,
      });
    if (s.ptvMinLength5 === true) rule('ptvMinLength5', s, path, {});
    if (s.properties)
      for (const [k, v] of Object.entries(s.properties as Record<string, Schema>))
        walk(v, [...path, k], whenItem);
    if (s.items) walk(s.items as Schema, [...path, '*']);
    if (Array.isArray(s.allOf)) {
      for (const part of s.allOf as Schema[]) {
        if (part.if && part.then) {
          const cond = ((part.if as Schema).properties as Record<string, Schema>).type?.const;
          walk(part.then as Schema, path, typeof cond === 'string' ? { type: cond } : undefined);
        } else if (typeof part['x-ptvRequiredType'] === 'string') {
          rule('contains', part, path, { whenItem: { type: part['x-ptvRequiredType'] } });
        }
      }
    }
  };
  walk(schemaFor(kind, op, profile), []);
  return out;
}
