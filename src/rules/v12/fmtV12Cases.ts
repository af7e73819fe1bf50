/**
 * `FMT-V12-nnn` format cases generated from ptv-readiness's v12 request schemas (v12-migration.md
 * §4.8, T5): from one valid body per kind, one mutation per schema rule — a required key left out,
 * `null` on a non-nullable key, an extra property, each maxLength / rendered-text limit at the limit
 * and +1, TRIM (leading space, line break), enums, formats, the URL pattern, maxItems / minItems.
 * Each case carries the finding `validate --api v12` must give (none for an at-the-limit case).
 * Shared definitions (every language version, every phone number) are covered once.
 */
import { TRIM, URL, type Schema } from './schemaBuilders.js';
import { V12_DEFS } from './schemas.js';
import { municipalities, serviceClasses } from '../codeLists/finnishCodes.js';
import { v12SchemaFor, type V12Kind } from './v12Kinds.js';

export interface FmtV12Case {
  id: string;
  title: string;
  kind: V12Kind;
  op: 'post' | 'put';
  body: unknown;
  /** The one finding PTV (and `validate --api v12`) must report; undefined: the body is valid. */
  expected?: { rule: string; path: string; severity: 'error' | 'warning' };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function resolve(s: Schema): { schema: Schema; name?: string } {
  const ref = s.$ref;
  if (typeof ref === 'string') {
    const name = ref.split('/').pop()!;
    return { schema: V12_DEFS[name]!, name };
  }
  return { schema: s };
}

/** A nullable key's value schema and whether null is allowed. */
function unwrapNullable(s: Schema): { schema: Schema; nullable: boolean } {
  if (Array.isArray(s.anyOf)) {
    const value = (s.anyOf as Schema[]).find((b) => b.type !== 'null')!;
    return { schema: value, nullable: true };
  }
  return { schema: s, nullable: false };
}

/** The object schema that applies to `value`: a union's branch chosen by the value's own tag. */
function objectSchema(s: Schema, value: Obj): { schema: Schema; name?: string; tag?: string } | undefined {
  const r = resolve(s);
  if (Array.isArray(r.schema.oneOf)) {
    const tag = (r.schema.discriminator as { propertyName: string }).propertyName;
    for (const b of r.schema.oneOf as Schema[]) {
      const br = resolve(b);
      const e = ((br.schema.properties as Record<string, Schema>)[tag]!.enum as unknown[]) ?? [];
      if (e.includes(value[tag])) return { ...br, tag };
    }
    return undefined;
  }
  return r.schema.type === 'object' ? r : undefined;
}

const ptr = (path: string, key: string | number) =>
  `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

function setAt(body: unknown, path: string, value: unknown, remove = false): unknown {
  const copy = structuredClone(body);
  const segs = path.split('/').slice(1);
  let node = copy as Record<string, unknown>;
  for (const s of segs.slice(0, -1)) node = node[s] as Record<string, unknown>;
  const last = segs[segs.length - 1]!;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

/** A string of exactly `n` characters that satisfies the schema's pattern. */
function stringOf(s: Schema, n: number): string {
  if (s.pattern === URL) return 'https://www.example.fi/' + 'a'.repeat(n - 23);
  return 'a'.repeat(n);
}

/** `n` distinct array items valid for `items` (codes, URIs, municipality codes, uuids), or undefined. */
function itemsOf(items: Schema, n: number): unknown[] | undefined {
  const r = resolve(items).schema;
  const i = [...Array(n).keys()];
  if (r.format === 'uri') return i.map((k) => `http://www.yso.fi/onto/koko/p${1000 + k}`);
  if (r.format === 'uuid') return i.map((k) => `5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c${String(10 + k)}`);
  // Real codes, so a list at its limit is valid and one over breaks only the limit.
  if (r.pattern === '^\\d{3}$') return [...municipalities().keys()].slice(0, n);
  if (typeof r.pattern === 'string' && r.pattern.startsWith('^(?!'))
    return serviceClasses()
      .filter((c) => !c.main)
      .slice(0, n)
      .map((c) => c.code);
  return undefined;
}

export function generateFmtV12Cases(bases: Partial<Record<V12Kind, unknown>>): FmtV12Case[] {
  const out: Omit<FmtV12Case, 'id'>[] = [];
  const seen = new Set<string>();

  for (const [kind, base] of Object.entries(bases) as [V12Kind, unknown][]) {
    const op = 'post' as const;
    const add = (title: string, body: unknown, expected?: FmtV12Case['expected']) =>
      out.push({ title: `${kind}: ${title}`, kind, op, body, ...(expected ? { expected } : {}) });
    const err = (rule: string, path: string) => ({ rule, path, severity: 'error' as const });

    const walk = (schemaRef: Schema, value: Obj, path: string): void => {
      const os = objectSchema(schemaRef, value);
      if (!os) return;
      const props = (os.schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((os.schema.required as string[]) ?? []);
      const once = (what: string) => {
        const key = `${os.name ?? path}|${what}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      };
      if (os.schema.additionalProperties === false && once('extra'))
        add(
          `${path || '/'} with an extra property`,
          setAt(base, ptr(path, 'unexpectedKey'), 'x'),
          err('v12.additionalProperties', ptr(path, 'unexpectedKey')),
        );
      for (const [key, propSchema] of Object.entries(props)) {
        const p = ptr(path, key);
        const v = value[key];
        const { schema: vs, nullable } = unwrapNullable(propSchema);
        const r = resolve(vs).schema;
        if (key === os.tag) {
          if (once(`${key}|tag`)) add(`${p} an unknown type`, setAt(base, p, 'NotAType'), err('v12.enum', p));
          continue;
        }
        if (required.has(key) && once(`${key}|missing`))
          add(`${p} left out`, setAt(base, p, undefined, true), err('v12.required', p));
        if (!nullable && v !== null && once(`${key}|null`))
          add(`${p} null`, setAt(base, p, null), err('v12.type', p));
        if (v === null || v === undefined) continue;
        if (r.type === 'string' && typeof v === 'string') {
          if (typeof r.maxLength === 'number' && once(`${key}|max`)) {
            add(`${p} at maxLength ${r.maxLength}`, setAt(base, p, stringOf(r, r.maxLength)));
            add(
              `${p} maxLength ${r.maxLength} + 1`,
              setAt(base, p, stringOf(r, r.maxLength + 1)),
              err('v12.maxLength', p),
            );
          }
          const limit = r.renderedMaxLength;
          if (typeof limit === 'number' && once(`${key}|rendered`)) {
            add(`${p} ${limit} characters`, setAt(base, p, 'a'.repeat(limit)));
            add(
              `${p} ${limit} + 1 characters`,
              setAt(base, p, 'a'.repeat(limit + 1)),
              err('v12.renderedLength', p),
            );
            add(`${p} ${limit} rendered, more sent`, setAt(base, p, '### ' + 'a'.repeat(limit)), {
              rule: 'v12.renderedLengthUnverified',
              path: p,
              severity: 'warning',
            });
          }
          if (r.pattern === TRIM && once(`${key}|trim`)) {
            add(`${p} with a leading space`, setAt(base, p, ` ${v}`), err('v12.pattern.trim', p));
            add(`${p} with a line break`, setAt(base, p, `${v}\nx`), err('v12.pattern.trim', p));
          }
          if (r.pattern === URL && once(`${key}|url`))
            add(`${p} not an http(s) URL`, setAt(base, p, 'ftp://example.fi/x'), err('v12.pattern.url', p));
          if (Array.isArray(r.enum) && once(`${key}|enum`))
            add(`${p} outside its list`, setAt(base, p, 'NotAValue'), err('v12.enum', p));
          if ((r.format === 'uuid' || r.format === 'email') && once(`${key}|format`))
            add(`${p} not a valid ${r.format}`, setAt(base, p, 'not valid'), err('v12.format', p));
        } else if (r.type === 'array' && Array.isArray(v)) {
          const items = r.items as Schema;
          if (typeof r.maxItems === 'number' && once(`${key}|maxItems`)) {
            const list = itemsOf(items, r.maxItems + 1);
            if (list) {
              add(`${p} at maxItems ${r.maxItems}`, setAt(base, p, list.slice(0, r.maxItems)));
              add(`${p} maxItems ${r.maxItems} + 1`, setAt(base, p, list), err('v12.maxItems', p));
            }
          }
          if (typeof r.minItems === 'number' && r.minItems > 0 && once(`${key}|minItems`))
            add(`${p} empty`, setAt(base, p, []), err('v12.minItems', p));
          if (isObj(v[0])) walk(items, v[0], ptr(p, 0));
        } else if (isObj(v)) {
          walk(vs, v, p);
        }
      }
    };
    if (isObj(base)) walk({ $ref: `#/$defs/${v12SchemaFor(kind, op)}` }, base, '');
  }
  return out.map((c, i) => ({ id: `FMT-V12-${String(i + 1).padStart(3, '0')}`, ...c }));
}
