import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readV12Spec, REFERENCE_MISSING } from '../../test/support/ptvReference.js';
import { isDroppedInV12, isNotCompared, MAPPING_ROWS, mappingRowOf, V12_ONLY_FIELDS } from './mapping.js';
import { renderMappingDoc } from './renderMappingDoc.js';

type Schema = Record<string, unknown>;

/** Every schema a `$ref` / `allOf` / `oneOf` / `anyOf` tree can stand for (variants expanded). */
function variants(spec: Schema, s: unknown, seen = new Set<string>()): Schema[] {
  if (typeof s !== 'object' || s === null) return [];
  const o = s as Schema;
  if (typeof o.$ref === 'string') {
    if (seen.has(o.$ref)) return [];
    seen.add(o.$ref);
    const name = o.$ref.split('/').pop()!;
    return variants(spec, (spec.components as { schemas: Schema }).schemas[name], seen);
  }
  const out: Schema[] = [o];
  for (const k of ['allOf', 'oneOf', 'anyOf'] as const) {
    for (const sub of (o[k] as unknown[] | undefined) ?? []) out.push(...variants(spec, sub, seen));
  }
  return out;
}

/** Whether a dotted path (`*` = any property or array item) exists in some variant of the schema. */
function hasPath(spec: Schema, schema: unknown, path: string[]): boolean {
  if (path.length === 0) return true;
  const [head, ...rest] = path;
  for (const v of variants(spec, schema)) {
    if (head === '*') {
      if (v.items && hasPath(spec, v.items, rest)) return true;
      const props = (v.properties as Schema | undefined) ?? {};
      if (Object.values(props).some((p) => hasPath(spec, p, rest))) return true;
    } else {
      const p = (v.properties as Schema | undefined)?.[head!];
      if (p !== undefined && hasPath(spec, p, rest)) return true;
    }
  }
  return false;
}

describe('mapping', () => {
  it('docs/v12-mapping.md is the rendering of mapping.ts (run `npm run docs:mapping` after editing the table)', () => {
    expect(readFileSync(new URL('../../docs/v12-mapping.md', import.meta.url), 'utf8')).toBe(
      renderMappingDoc(),
    );
  });

  it('has unique keys, a basis on every row, and v12 fields on every mapped row except status', () => {
    const keys = MAPPING_ROWS.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of MAPPING_ROWS) {
      expect(r.basis.length, r.key).toBeGreaterThan(0);
      if (r.carried === 'mapped' && !r.key.endsWith('.status'))
        expect(r.v12Fields.length, r.key).toBeGreaterThan(0);
      if (r.carried !== 'mapped') expect(r.v12Fields, r.key).toEqual([]);
    }
  });

  it('finds the row of a concrete key and knows dropped and not-compared keys', () => {
    expect(mappingRowOf('service.summary.sv')?.key).toBe('service.summary.<l>');
    expect(mappingRowOf('connection[SRV-01:service>CH-EC-01:channel].chargeType')?.key).toBe(
      'connection[s>c].chargeType',
    );
    expect(mappingRowOf('service.nosuchfield')).toBeUndefined();
    expect(isDroppedInV12('channel.accessibility.wcag.fi')).toBe(true);
    expect(isDroppedInV12('channel.accessibility.fi')).toBe(false);
    expect(isDroppedInV12('service.deadline.fi', { 'service.type': 'service' })).toBe(true);
    expect(isDroppedInV12('service.deadline.fi', { 'service.type': 'permitOrObligation' })).toBe(false);
    expect(isNotCompared('service.sourceId')).toBe(true);
  });

  const spec = readV12Spec();
  it.skipIf(!spec)(
    `names only v12 fields that exist in the spec's response schemas${spec ? '' : ` (${REFERENCE_MISSING})`}`,
    () => {
      const missing: string[] = [];
      let checked = 0;
      for (const r of MAPPING_ROWS) {
        for (const f of r.v12Fields) {
          const [schemaName, path] = f.split('#') as [string, string];
          const schema = spec.components.schemas[schemaName];
          checked++;
          if (!schema || !hasPath(spec, schema, path.split('.'))) missing.push(`${r.key}: ${f}`);
        }
      }
      expect(missing).toEqual([]);
      expect(checked).toBeGreaterThan(60);
    },
  );

  it.skipIf(!spec)(
    `every field of a v12 connection answer is compared or known v12-only${spec ? '' : ` (${REFERENCE_MISSING})`}`,
    () => {
      // What of a connection's additional information v12 carries: ConnectionResponse and its language versions.
      const schemas = spec.components.schemas;
      const fields = [
        ...Object.keys(schemas.ConnectionResponse.properties as Schema)
          .filter((f) => f !== 'languageVersions')
          .map((f) => `ConnectionResponse#${f}`),
        ...Object.keys(schemas.ConnectionLanguageVersionResponse.properties as Schema).map(
          (f) => `ConnectionResponse#languageVersions.*.${f}`,
        ),
      ];
      expect(fields).toContain('ConnectionResponse#languageVersions.*.contactFaxNumbers');
      const read = new Set(MAPPING_ROWS.flatMap((r) => r.v12Fields));
      const v12Only = new Set<string>(V12_ONLY_FIELDS);
      const uncovered = fields.filter((f) => !read.has(f) && !v12Only.has(f.split('#')[1]!));
      expect(uncovered).toEqual([]);
    },
  );

  it.skipIf(!spec)('the path check itself rejects a field the spec does not have', () => {
    expect(hasPath(spec, spec.components.schemas.ServiceResponse, ['languageVersions', '*', 'summary'])).toBe(
      true,
    );
    expect(
      hasPath(spec, spec.components.schemas.ServiceResponse, ['languageVersions', '*', 'typeInfo']),
    ).toBe(false);
    expect(
      hasPath(spec, spec.components.schemas.ChannelResponse, ['languageVersions', '*', 'wcagLevel']),
    ).toBe(false);
  });
});
