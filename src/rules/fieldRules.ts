import { msg } from './messages.js';
import { DEFAULT_PROFILE } from './profiles.js';
import { schemaFor } from './registry.js';
import { resolveRef } from './schemas/nested.js';
import type { Schema } from './schemas/index.js';
import { pascal } from './toPtvKey.js';
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

const FORMAT: Record<string, FieldRuleDescriptor['format']> = {
  'ptv-email': 'email',
  'ptv-url': 'url',
  'ptv-guid': 'guid',
  'ptv-date-time': 'date-time',
};

function field(path: readonly string[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (path[i] !== '*') return pascal(path[i]!);
  return 'Model';
}

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

  const walk = (node: Schema, path: string[], whenItem?: Record<string, string>): void => {
    const s = typeof node.$ref === 'string' ? (resolveRef(node.$ref) ?? node) : node;
    const w = whenItem ? { whenItem } : {};
    if (Array.isArray(s.required))
      for (const r of s.required as string[])
        push({ path: [...path, r], rule: 'required', message: msg.required(pascal(r)) });
    if (typeof s.minItems === 'number' && s.minItems > 0)
      push({ path, rule: 'required', message: msg.required(field(path)) });
    if (typeof s.maxLength === 'number') {
      const lt = s['x-ptvList'];
      push({
        path,
        ...w,
        ...(typeof lt === 'string' ? { keyAt: 'list' as const } : {}),
        rule: 'maxLength',
        limit: s.maxLength,
        message:
          typeof lt === 'string'
            ? msg.listMaxLength(lt, s.maxLength)
            : msg.maxLength(field(path), s.maxLength),
      });
    }
    if (Array.isArray(s.enum)) {
      const values = s.enum as string[];
      push({
        path,
        rule: 'enum',
        values,
        message: s['x-ptvAllowed'] ? undefined : msg.enum(values),
      });
    }
    if (typeof s['x-ptvRegex'] === 'string') {
      const re = s['x-ptvRegex'];
      const custom = s['x-ptvPatternMessage'];
      push({
        path,
        rule: 'pattern',
        pattern: re,
        message: typeof custom === 'string' ? custom : msg.pattern(field(path), re),
      });
    }
    if (typeof s.format === 'string' && FORMAT[s.format]) {
      const f = FORMAT[s.format]!;
      const name = field(path);
      if (f === 'date-time' || s['x-ptvReader'] === true)
        push({ path, rule: 'format', format: f, keyAt: 'json' });
      else
        push({
          path,
          rule: 'format',
          format: f,
          message: f === 'guid' ? msg.guid() : f === 'url' ? msg.url(name) : msg.email(name),
        });
    }
    if (typeof s.ptvCodeList === 'string') {
      const list = s.ptvCodeList as NonNullable<FieldRuleDescriptor['codeList']>;
      const listLevel = list === 'language' || list === 'serviceClass' || list === 'targetGroup';
      push({ path, rule: 'codeList', codeList: list, ...(listLevel ? { keyAt: 'list' as const } : {}) });
    }
    if (s.ptvMinLength5 === true) {
      const inList = path[path.length - 1] === 'value' && path[path.length - 2] === '*';
      push(
        inList
          ? { path, rule: 'minLength5', message: msg.min5List(), keyAt: 'list' }
          : { path, rule: 'minLength5', message: msg.min5() },
      );
    }
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
          const t = part['x-ptvRequiredType'];
          push({ path, whenItem: { type: t }, rule: 'required', message: msg.requiredType(t) });
        }
      }
    }
  };
  walk(schemaFor(kind, op, profile), []);
  return out;
}
