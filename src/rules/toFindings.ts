import type { ErrorObject } from 'ajv';
import type { Finding } from '../core/finding.js';
import { msg } from './messages.js';
import { pascal, toPtvKey } from './toPtvKey.js';

type Seg = string | number;

function isIndex(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function segments(instancePath: string): Seg[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => (isIndex(s) ? Number(s) : s.includes('~') ? s.replace(/~1/g, '/').replace(/~0/g, '~') : s));
}

/** JSON path as Newtonsoft prints it (`otherResponsibleOrganizations[0]`): the key of reader errors [FW]. */
function jsonPath(segs: readonly Seg[]): string {
  let out = '';
  for (const s of segs) out += typeof s === 'number' ? `[${s}]` : (out ? '.' : '') + s;
  return out;
}

/** C# name of the field a path points at (the last property segment). */
function fieldName(segs: readonly Seg[]): string {
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i];
    if (typeof s === 'string') return pascal(s);
  }
  return 'Model';
}

/** For an item-level `value` (…, list, n, 'value') the list-attribute key is the list's. */
function listKey(segs: readonly Seg[]): string {
  const n = segs.length;
  if (n >= 2 && typeof segs[n - 2] === 'number') return toPtvKey(segs.slice(0, n - 2));
  return toPtvKey(segs);
}

function f(key: string, message: string, rule: string, actual?: unknown): Finding {
  // The body itself (wrong JSON type at the root) is reported under PTV's whole-model key.
  const path = key === '' ? 'Model' : key;
  return actual === undefined
    ? { path, message, rule, severity: 'error' }
    : { path, message, rule, severity: 'error', actual };
}

/**
 * Ajv errors → PTV ModelState-style findings. Ajv's ErrorObject never leaves src/rules. Keys follow
 * ASP.NET: item-level attributes → `ServiceNames[0].Value`; list-level attributes (max length per
 * item type, "Value - …" five-character rule, required item type) → the list key `ServiceDescriptions`
 * [FW: the attribute sits on the list property].
 */
export function toFindings(errors: readonly ErrorObject[] | null | undefined): Finding[] {
  if (!errors) return [];
  const out: Finding[] = [];
  const grouped = new Map<string, { kind: 'codes' | 'uris'; values: string[] }>();
  for (const e of errors) {
    const segs = segments(e.instancePath);
    const ps = (e.parentSchema ?? {}) as Record<string, unknown>;
    switch (e.keyword) {
      case 'required': {
        const prop = (e.params as { missingProperty: string }).missingProperty;
        out.push(f(toPtvKey([...segs, prop]), msg.required(pascal(prop)), 'required'));
        break;
      }
      case 'minItems':
        out.push(f(toPtvKey(segs), msg.required(fieldName(segs)), 'required'));
        break;
      case 'ptvNonBlank':
        out.push(f(toPtvKey(segs), msg.required(fieldName(segs)), 'required', e.data));
        break;
      case 'type':
        // A wrong JSON type is a reader error: keyed by the JSON path [FW].
        out.push(
          f(
            jsonPath(segs),
            msg.type(fieldName(segs), String((e.params as { type: string }).type)),
            'type',
            e.data,
          ),
        );
        break;
      case 'enum': {
        const values = (e.params as { allowedValues: string[] }).allowedValues;
        const m = ps['x-ptvAllowed']
          ? msg.allowedValues(String(e.data), fieldName(segs), values)
          : msg.enum(values);
        out.push(f(toPtvKey(segs), m, 'enum', e.data));
        break;
      }
      case 'contains': {
        const t = String(ps['x-ptvRequiredType'] ?? '');
        out.push(f(toPtvKey(segs), msg.requiredType(t), 'requiredType'));
        break;
      }
      case 'maxLength': {
        const n = (e.params as { limit: number }).limit;
        const listType = ps['x-ptvList'];
        if (typeof listType === 'string')
          out.push(f(listKey(segs), msg.listMaxLength(listType, n), 'maxLength'));
        else out.push(f(toPtvKey(segs), msg.maxLength(fieldName(segs), n), 'maxLength'));
        break;
      }
      case 'pattern': {
        const custom = ps['x-ptvPatternMessage'];
        const m =
          typeof custom === 'string' ? custom : msg.pattern(fieldName(segs), String(ps['x-ptvRegex'] ?? ''));
        out.push(f(toPtvKey(segs), m, 'pattern', e.data));
        break;
      }
      case 'format': {
        const fmt = (e.params as { format: string }).format;
        const field = fieldName(segs);
        const value = String(e.data);
        if (fmt === 'ptv-date-time' || ps['x-ptvReader']) {
          const jp = jsonPath(segs);
          const m = fmt === 'ptv-date-time' ? msg.dateTime(value, jp) : msg.readerGuid(value, jp);
          out.push(f(jp, m, 'format', e.data));
          break;
        }
        const m = fmt === 'ptv-guid' ? msg.guid() : fmt === 'ptv-url' ? msg.url(field) : msg.email(field);
        out.push(f(toPtvKey(segs), m, 'format', e.data));
        break;
      }
      case 'ptvMinLength5': {
        const isListValue = segs[segs.length - 1] === 'value' && typeof segs[segs.length - 2] === 'number';
        out.push(
          isListValue
            ? f(listKey(segs), msg.min5List(), 'minLength5', e.data)
            : f(toPtvKey(segs), msg.min5(), 'minLength5', e.data),
        );
        break;
      }
      case 'ptvCodeList': {
        const list = String(ps.ptvCodeList);
        const code = String(e.data);
        if (list === 'language' || list === 'serviceClass' || list === 'targetGroup') {
          // List-level lookups report once per list: "Some of the codes/uris were not found: 'a, b'".
          const key = listKey([...segs, 'x']).replace(/\.X$/, '');
          const g = grouped.get(key) ?? { kind: list === 'language' ? 'codes' : 'uris', values: [] };
          g.values.push(code);
          grouped.set(key, g);
        } else {
          out.push(f(toPtvKey(segs), msg.codeNotFound(code), 'codeList', code));
        }
        break;
      }
      default:
        // `if` (wrapper of a failed `then`), `allOf` and `const` inside conditions carry no own message.
        break;
    }
  }
  for (const [key, g] of grouped) {
    const joined = g.values.join(', ');
    out.push(
      f(key, g.kind === 'codes' ? msg.codesNotFound(joined) : msg.urisNotFound(joined), 'codeList', g.values),
    );
  }
  return out;
}
