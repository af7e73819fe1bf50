import { describe, expect, it } from 'vitest';
import { readV12Spec, REFERENCE_MISSING } from '../../test/support/ptvReference.js';
import { builtFingerprint, canonicalJson, compareSpec, fingerprint } from './specFingerprint.js';

const spec = readV12Spec();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an OpenAPI document, edited freely
const variant = (): any => structuredClone(spec);

describe('canonicalJson', () => {
  it('sorts keys at every level, so formatting and key order do not count', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});

describe.skipIf(!spec)(`v12 spec fingerprint${spec ? '' : ` (${REFERENCE_MISSING})`}`, () => {
  it('the committed fingerprint is the shared spec’s (regenerate with npm run v12:fingerprint)', () => {
    expect(builtFingerprint()).toEqual(fingerprint(spec));
    expect(builtFingerprint().operations).toHaveLength(32);
  });

  it('the shared spec itself is unchanged', () => {
    const d = compareSpec(builtFingerprint(), spec);
    expect(d.changed).toBe(false);
    expect([
      ...d.operationsAdded,
      ...d.operationsRemoved,
      ...d.otherSchemasChanged,
      ...d.schemasAdded,
    ]).toEqual([]);
  });

  it('§6 item 14: a new POST /api/v12/service taking PostServiceRequest is a new write operation naming its body', () => {
    const doc = variant();
    doc.paths['/api/v12/service'] = {
      post: {
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/PostServiceRequest' } } },
        },
        responses: { '201': { description: 'Created' } },
      },
    };
    const d = compareSpec(builtFingerprint(), doc);
    expect(d.changed).toBe(true);
    expect(d.writeOperationsAdded).toEqual([
      { operation: 'POST /api/v12/service', body: 'PostServiceRequest' },
    ]);
  });

  it('a changed request schema is a change; a changed response schema alone is listed but not', () => {
    const req = variant();
    req.components.schemas.ServiceServiceLanguageVersionRequest.properties.name.maxLength = 120;
    const dr = compareSpec(builtFingerprint(), req);
    expect(dr.changed).toBe(true);
    expect(dr.requestSchemasChanged).toEqual(['ServiceServiceLanguageVersionRequest']);

    const res = variant();
    const response = Object.keys(res.components.schemas).find((n) => /Response$/.test(n))!;
    res.components.schemas[response].description = 'changed';
    const ds = compareSpec(builtFingerprint(), res);
    expect(ds.changed).toBe(false);
    expect(ds.otherSchemasChanged).toEqual([response]);
  });

  it('a removed write-request schema and a new GET are told apart', () => {
    const doc = variant();
    delete doc.components.schemas.ConnectionRequest;
    doc.paths['/api/v12/new-list'] = { get: { responses: { '200': { description: 'OK' } } } };
    const d = compareSpec(builtFingerprint(), doc);
    expect(d.requestSchemasRemoved).toEqual(['ConnectionRequest']);
    expect(d.operationsAdded).toEqual([{ operation: 'GET /api/v12/new-list' }]);
    expect(d.writeOperationsAdded).toEqual([]);
    expect(d.changed).toBe(true);
  });
});
