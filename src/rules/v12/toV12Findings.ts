import type { ErrorObject } from 'ajv';
import type { Finding } from '../../core/finding.js';
import { v12Msg } from './messages.js';
import { TRIM, URL, type Schema } from './schemaBuilders.js';
import { V12_DEFS } from './schemas.js';

type Params = Record<string, unknown>;

/** A `$ref` to one of our definitions, resolved; anything else as it is. */
function resolve(s: unknown): Schema | undefined {
  if (typeof s !== 'object' || s === null) return undefined;
  const ref = (s as Schema).$ref;
  return typeof ref === 'string' ? V12_DEFS[ref.split('/').pop()!] : (s as Schema);
}

function allowsNull(s: unknown): boolean {
  const r = resolve(s);
  return Array.isArray(r?.anyOf) && r.anyOf.some((b) => (b as Schema).type === 'null');
}

/** The tag values a discriminated union accepts, from its branches. */
function tagValues(union: Schema, tag: string): unknown[] {
  const out: unknown[] = [];
  for (const b of (union.oneOf as unknown[]) ?? []) {
    const p = (resolve(b)?.properties as Record<string, Schema> | undefined)?.[tag];
    if (Array.isArray(p?.enum)) out.push(...p.enum);
  }
  return out;
}

const child = (path: string, key: string) => `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

function trimCause(v: string): string {
  if (/[\n\r\u2028\u2029]/.test(v)) return 'line break';
  if (/^\s/.test(v)) return 'leading space';
  if (/\s$/.test(v)) return 'trailing space';
  return 'whitespace';
}

/** Order in which one path's problems are kept: a wrong type makes the rest noise. */
const SUPPRESSES: Record<string, readonly string[]> = {
  type: ['enum', 'pattern', 'format', 'minLength', 'maxLength', 'renderedMaxLength', 'minItems', 'maxItems'],
  minLength: ['pattern'],
};

/**
 * Ajv errors of a v12 request → one finding per problem, keyed by JSON pointer. The union branches
 * were already chosen by the discriminator; what remains of union noise is removed here: the `null`
 * branch of a nullable key, the `anyOf`/`oneOf` summaries, and the tag error a missing tag causes
 * next to its `required` error.
 */
export function toV12Findings(errors: readonly ErrorObject[] | null | undefined): Finding[] {
  if (!errors) return [];
  const byPath = new Map<string, { keyword: string; finding: Finding }[]>();
  const add = (keyword: string, f: Finding) => {
    const list = byPath.get(f.path) ?? [];
    if (!list.some((x) => x.keyword === keyword && x.finding.message === f.message))
      list.push({ keyword, finding: f });
    byPath.set(f.path, list);
  };
  const err = (path: string, rule: string, message: string, actual?: unknown): Finding =>
    actual === undefined
      ? { path, rule, message, severity: 'error' }
      : { path, rule, message, severity: 'error', actual };

  // A key whose `null` branch failed is nullable: its type error says "or null".
  const nullable = new Set(
    errors
      .filter((e) => e.keyword === 'type' && (e.params as Params).type === 'null')
      .map((e) => e.instancePath),
  );
  for (const e of errors) {
    const p = e.params as Params;
    const ps = (e.parentSchema ?? {}) as Schema;
    const path = e.instancePath;
    switch (e.keyword) {
      case 'anyOf':
      case 'oneOf':
        continue;
      case 'type': {
        if (p.type === 'null') continue; // the null branch of a nullable key
        add(
          'type',
          err(
            path,
            'v12.type',
            e.data === null ? v12Msg.notNullable() : v12Msg.type(String(p.type), nullable.has(path)),
          ),
        );
        continue;
      }
      case 'required': {
        const key = String(p.missingProperty);
        const props = (ps.properties ?? {}) as Record<string, unknown>;
        const mayBeNull = allowsNull(props[key]);
        add(
          'required',
          err(
            child(path, key),
            'v12.required',
            mayBeNull ? v12Msg.requiredNullable(key) : v12Msg.required(key),
          ),
        );
        continue;
      }
      case 'additionalProperties': {
        const key = String(p.additionalProperty);
        add(
          'additionalProperties',
          err(child(path, key), 'v12.additionalProperties', v12Msg.additionalProperties(key)),
        );
        continue;
      }
      case 'discriminator': {
        const tag = String(p.tag);
        const value = (e.data as Record<string, unknown> | null)?.[tag];
        if (value === undefined) continue; // reported as a missing required key
        const values = tagValues(ps, tag);
        const f =
          p.error === 'mapping'
            ? err(child(path, tag), 'v12.enum', v12Msg.unknownTag(tag, value, values), value)
            : err(child(path, tag), 'v12.type', v12Msg.type('string', false), value);
        add(f.rule === 'v12.enum' ? 'enum' : 'type', f);
        continue;
      }
      case 'enum':
        add('enum', err(path, 'v12.enum', v12Msg.enum(p.allowedValues as unknown[]), e.data));
        continue;
      case 'pattern': {
        const pattern = String(p.pattern);
        const v = String(e.data);
        if (pattern === TRIM)
          add('pattern', err(path, 'v12.pattern.trim', v12Msg.trim(trimCause(v)), e.data));
        else if (pattern === '\\S+') add('pattern', err(path, 'v12.pattern', v12Msg.nonBlank(), e.data));
        else if (pattern === URL) add('pattern', err(path, 'v12.pattern.url', v12Msg.url(), e.data));
        else add('pattern', err(path, 'v12.pattern', v12Msg.pattern(pattern), e.data));
        continue;
      }
      case 'format':
        add('format', err(path, 'v12.format', v12Msg.format(String(p.format)), e.data));
        continue;
      case 'minLength':
        add('minLength', err(path, 'v12.minLength', v12Msg.minLength(Number(p.limit))));
        continue;
      case 'maxLength':
        add(
          'maxLength',
          err(path, 'v12.maxLength', v12Msg.maxLength(Number(p.limit), [...String(e.data)].length)),
        );
        continue;
      case 'minItems':
        add('minItems', err(path, 'v12.minItems', v12Msg.minItems(Number(p.limit))));
        continue;
      case 'maxItems':
        add(
          'maxItems',
          err(path, 'v12.maxItems', v12Msg.maxItems(Number(p.limit), (e.data as unknown[]).length)),
        );
        continue;
      case 'uniqueItems':
        add('uniqueItems', err(path, 'v12.uniqueItems', v12Msg.uniqueItems()));
        continue;
      case 'minimum':
      case 'maximum':
        add(
          e.keyword,
          err(path, `v12.${e.keyword}`, v12Msg.range(String(p.comparison), Number(p.limit)), e.data),
        );
        continue;
      case 'renderedMaxLength': {
        const limit = Number(p.limit);
        const rendered = Number(p.rendered);
        if (p.status === 'over')
          add('renderedMaxLength', err(path, 'v12.renderedLength', v12Msg.renderedLength(limit, rendered)));
        else
          add('renderedMaxLength', {
            path,
            rule: 'v12.renderedLengthUnverified',
            message: v12Msg.renderedLengthUnverified(limit, rendered, Number(p.raw)),
            severity: 'warning',
          });
        continue;
      }
      default:
        add(e.keyword, err(path, `v12.${e.keyword}`, e.message ?? e.keyword));
    }
  }
  const out: Finding[] = [];
  for (const list of byPath.values()) {
    const present = new Set(list.map((x) => x.keyword));
    const dropped = new Set([...present].flatMap((k) => SUPPRESSES[k] ?? []));
    for (const x of list) if (!dropped.has(x.keyword)) out.push(x.finding);
  }
  return out;
}
