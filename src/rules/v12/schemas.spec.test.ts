import { describe, expect, it } from 'vitest';
import { readV12Spec, REFERENCE_MISSING } from '../../../test/support/ptvReference.js';
import { V12_DEFS, V12_REQUEST_SCHEMAS } from './schemas.js';

type Json = Record<string, unknown>;
const spec = readV12Spec() as { components: { schemas: Record<string, Json> } } | undefined;

/** The keywords that decide what a body may be; descriptions, titles, examples and discriminators do not. */
const COMPARED = [
  'type',
  'enum',
  'const',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minimum',
  'maximum',
  'additionalProperties',
  'renderedMaxLength',
];

const RENDERED = /Maximum length: (\d+) characters of rendered text/;

/**
 * A comparable form of one schema: `$ref`s stay names (both sides use the spec's names), `required`
 * is sorted, and the spec's rendered-text limit (prose in `description`) becomes `renderedMaxLength`.
 */
function signature(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(signature);
  if (typeof s !== 'object' || s === null) return s;
  const o = s as Json;
  if (typeof o.$ref === 'string') return { ref: o.$ref.split('/').pop() };
  const out: Json = {};
  for (const k of COMPARED) if (o[k] !== undefined) out[k] = o[k];
  if (typeof o.description === 'string' && out.renderedMaxLength === undefined) {
    const m = RENDERED.exec(o.description);
    if (m) out.renderedMaxLength = Number(m[1]);
  }
  if (Array.isArray(o.required)) out.required = [...(o.required as string[])].sort();
  if (o.properties) {
    const props = o.properties as Json;
    out.properties = Object.fromEntries(
      Object.keys(props)
        .sort()
        .map((k) => [k, signature(props[k])]),
    );
  }
  if (o.items) out.items = signature(o.items);
  for (const k of ['anyOf', 'oneOf', 'allOf']) if (o[k]) out[k] = signature(o[k]);
  return out;
}

/** Names of the definitions a request body reaches. */
function closure(defs: Record<string, unknown>, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (typeof x !== 'object' || x === null) return;
    const ref = (x as Json).$ref;
    if (typeof ref === 'string') {
      const name = ref.split('/').pop()!;
      if (!seen.has(name)) {
        seen.add(name);
        walk(defs[name]);
      }
    }
    Object.values(x).forEach(walk);
  };
  for (const r of roots) {
    seen.add(r);
    walk(defs[r]);
  }
  return [...seen].sort();
}

describe.skipIf(!spec)(
  `v12 request schemas against the shared spec${spec ? '' : ` (${REFERENCE_MISSING})`}`,
  () => {
    const specDefs = spec?.components.schemas ?? {};

    it('define exactly the schemas the spec’s write request bodies reach', () => {
      expect(closure(V12_DEFS, V12_REQUEST_SCHEMAS)).toEqual(closure(specDefs, V12_REQUEST_SCHEMAS));
    });

    it.each(closure(V12_DEFS, V12_REQUEST_SCHEMAS))(
      '%s: same properties, required keys, nullability, enums, patterns, formats and limits',
      (name) => {
        expect(specDefs[name], `${name} is not in the spec`).toBeDefined();
        expect(signature(V12_DEFS[name])).toEqual(signature(specDefs[name]));
      },
    );
  },
);
