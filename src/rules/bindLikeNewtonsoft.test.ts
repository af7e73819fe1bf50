/* eslint-disable @typescript-eslint/no-explicit-any -- payload surgery */
import { describe, expect, it } from 'vitest';
import { bindLikeNewtonsoft } from './bindLikeNewtonsoft.js';
import { schemaFor } from './registry.js';
import { example } from '../../test/support/examples.js';
import { validatePayload } from './validatePayload.js';
import { recordNumberTexts } from '../core/jsonNumberText.js';

const location = () => schemaFor('servicelocation', 'post', 'live2026');

// Newtonsoft 12.0.2 JsonTextReader.cs:653 keeps a number's text for a string property; :662 true/false.
describe('bindLikeNewtonsoft: what Newtonsoft reads into the model', () => {
  it('turns numbers in string fields (coordinates, postal code) into strings', () => {
    const body = example('servicelocation');
    const a = body.addresses[0].streetAddress;
    a.latitude = 6673056.5;
    a.longitude = 384467;
    a.postalCode = 100;
    const r = bindLikeNewtonsoft(body, location());
    const out = (r.body as any).addresses[0].streetAddress;
    expect(out).toMatchObject({ latitude: '6673056.5', longitude: '384467', postalCode: '100' });
    expect(r.coercions.map((c) => c.path.join('.'))).toEqual([
      'addresses.0.streetAddress.postalCode',
      'addresses.0.streetAddress.latitude',
      'addresses.0.streetAddress.longitude',
    ]);
    // The input is not mutated.
    expect(a.latitude).toBe(6673056.5);
  });

  it('keeps a number\'s source text when the body was parsed with recordNumberTexts (60.10 stays "60.10")', () => {
    const body = example('servicelocation');
    const a = body.addresses[0].streetAddress;
    Object.assign(a, { latitude: 0, longitude: 0, streetNumber: 0 });
    const text = JSON.stringify(body)
      .replace('"latitude":0', '"latitude":60.10')
      .replace('"longitude":0', '"longitude":2.49e1')
      .replace('"streetNumber":0', '"streetNumber":7');
    const r = bindLikeNewtonsoft(recordNumberTexts(text, JSON.parse(text)), location());
    const out = (r.body as any).addresses[0].streetAddress;
    expect(out).toMatchObject({ latitude: '60.10', longitude: '2.49e1', streetNumber: '7' });
    expect(r.coercions.find((c) => c.path.at(-1) === 'latitude')).toMatchObject({ from: 60.1, to: '60.10' });
    // Without the source text it is JavaScript's re-print.
    const plain = bindLikeNewtonsoft(JSON.parse(text), location());
    expect((plain.body as any).addresses[0].streetAddress.latitude).toBe('60.1');
  });

  it('reads booleans as their text in a string field and "True"/" false " and numbers in a bool field', () => {
    const put = schemaFor('service', 'put', 'live2026');
    const r = bindLikeNewtonsoft(
      { keywords: [{ value: true, language: 'fi' }], deleteAllLaws: ' True ', deleteAllKeywords: 0 },
      put,
    );
    expect(r.body).toEqual({
      keywords: [{ value: 'true', language: 'fi' }],
      deleteAllLaws: true,
      deleteAllKeywords: false,
    });
    expect(r.coercions.map((c) => c.kind)).toEqual(['booleanToString', 'stringToBoolean', 'numberToBoolean']);
  });

  it('leaves what Newtonsoft refuses for the schema to refuse: "yes" for a bool, an object for a string', () => {
    const put = schemaFor('service', 'put', 'live2026');
    const body = { deleteAllLaws: 'yes', sourceId: { a: 1 } };
    const r = bindLikeNewtonsoft(body, put);
    expect(r.body).toBe(body);
    expect(r.coercions).toEqual([]);
  });

  // JsonPropertyCollection.cs:137 (12.0.2): exact match first, then OrdinalIgnoreCase.
  it('matches property names ignoring case, at every depth', () => {
    const body = example('servicelocation');
    body.ServiceChannelNames = body.serviceChannelNames;
    delete body.serviceChannelNames;
    body.addresses[0].StreetAddress = body.addresses[0].streetAddress;
    delete body.addresses[0].streetAddress;
    const r = bindLikeNewtonsoft(body, location());
    const out = r.body as any;
    expect(out.serviceChannelNames).toEqual(body.ServiceChannelNames);
    expect(out.ServiceChannelNames).toBeUndefined();
    expect(out.addresses[0].streetAddress.street).toBeDefined();
    expect(
      r.coercions
        .filter((c) => c.kind === 'propertyName')
        .map((c) => c.to)
        .sort(),
    ).toEqual(['serviceChannelNames', 'streetAddress']);
  });

  // EnumExtensions.cs:137 and AllowedValuesAttribute.cs:50 (ptv-release-3_4) compare ordinally.
  it('does not change the case of enum values (PTV compares them case-sensitively)', () => {
    const body = example('service');
    body.type = 'service';
    const r = bindLikeNewtonsoft(body, schemaFor('service', 'post', 'live2026'));
    expect((r.body as any).type).toBe('service');
    expect(r.coercions).toEqual([]);
  });

  it('returns the very input when nothing changes', () => {
    const body = example('service');
    expect(bindLikeNewtonsoft(body, schemaFor('service', 'post', 'live2026')).body).toBe(body);
  });

  it('binds the items of an array body (connections)', () => {
    const body = example('connections');
    body[0].isVisibleForAll = undefined;
    body[0].serviceId = body[0].serviceId.toString();
    const r = bindLikeNewtonsoft(
      [{ ...body[0], ServiceChannelId: body[0].serviceChannelId, serviceChannelId: undefined }],
      schemaFor('connections', 'post', 'live2026'),
    );
    expect((r.body as any)[0].serviceChannelId).toBe(body[0].serviceChannelId);
  });
});

describe('validate reports coercions as warnings, never errors', () => {
  it('a service location with numbers in coordinates and postal code is valid, with warnings', () => {
    const body = example('servicelocation');
    const a = body.addresses[0].streetAddress;
    a.latitude = 6673056;
    a.longitude = 384467;
    a.postalCode = '00100';
    const r = validatePayload(body, { kind: 'servicelocation', op: 'post' });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.findings.filter((f) => f.rule === 'json.coerced').map((f) => f.path)).toEqual([
      'Addresses[0].StreetAddress.Latitude',
      'Addresses[0].StreetAddress.Longitude',
    ]);
    expect(r.findings.every((f) => f.rule !== 'json.coerced' || f.severity === 'warning')).toBe(true);
  });

  it('a postal code sent as the number 100 loses its zeros, as in PTV, and is refused for its pattern', () => {
    const body = example('servicelocation');
    body.addresses[0].streetAddress.postalCode = 100;
    const r = validatePayload(body, { kind: 'servicelocation', op: 'post' });
    expect(r.valid).toBe(false);
    expect(r.findings.some((f) => f.severity === 'error' && /PostalCode/.test(f.path))).toBe(true);
  });

  // Newtonsoft sets a reference-type property to null (no reader error): PTV's model holds what an absent
  // property gives, so a PUT keeps the stored list and [Required] still fires.
  it('reads null in a list or string property as not sent, and leaves null booleans to the schema', () => {
    const put = schemaFor('service', 'put', 'live2026');
    const r = bindLikeNewtonsoft(
      { keywords: null, publishingStatus: 'Published', serviceVouchersInUse: null },
      put,
    );
    expect(r.body).toEqual({ publishingStatus: 'Published', serviceVouchersInUse: null });
    expect(r.coercions).toEqual([{ path: ['keywords'], kind: 'nullAsAbsent', from: null, to: undefined }]);
    const post = example('service');
    post.publishingStatus = null;
    const v = validatePayload(post, { kind: 'service', op: 'post' });
    expect(v.findings.find((f) => f.severity === 'error')?.path).toBe('PublishingStatus');
  });
});
