/**
 * The simulator reads bodies as PTV 3.4 does and stores what PTV stores (rules/bindLikeNewtonsoft.ts,
 * rules/normalisations.ts): real server on 127.0.0.1:0, real undici client.
 */
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import {
  anOrganization,
  aPhoneChannel,
  aService as fixtureService,
  aServiceLocation as fixtureLocation,
} from '../../fixtures/index.js';
import { FI_ONLY, fixtureFor, startSim, type TestSim } from '../../test/support/sim.js';

type Obj = Record<string, unknown>;
let t: TestSim | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const long = 'Organisaatio '.repeat(10); // 130 characters

const withoutAreas = ({ areas: _areas, ...rest }: Obj): Obj => rest;

// The fixtures' builders, in Finnish only, with the test's own overrides on top.
const aService = (org: string, name: string, extra: Obj = {}): Obj => ({
  ...fixtureService(fixtureFor(org, name), undefined, FI_ONLY),
  ...extra,
});
const aServiceLocation = (org: string, name: string): Obj =>
  fixtureLocation(fixtureFor(org, name), undefined, FI_ONLY) as unknown as Obj;
const aSubOrganization = (parent: string, name: string): Obj =>
  anOrganization(
    fixtureFor(parent, name),
    { organizationNames: [{ type: 'Name', language: 'fi', value: name }] },
    FI_ONLY,
  ) as unknown as Obj;

async function raw(path: string, contentType: string | undefined, body: string) {
  const res = await request(`${t!.sim.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${t!.token}`, ...(contentType ? { 'content-type': contentType } : {}) },
    body,
  });
  return { status: res.statusCode, text: await res.body.text() };
}

describe('JSON tolerance (Newtonsoft 12 with ASP.NET Core defaults)', () => {
  it('accepts numbers in string fields (coordinates, street number) and stores them as strings', async () => {
    t = await startSim();
    const body = aServiceLocation(t.sim.organizationId, 'Numerot');
    const a = (body.addresses as Obj[])[0]!.streetAddress as Obj;
    Object.assign(a, { streetNumber: 1, latitude: 6673056, longitude: 384467.5 });
    const r = await t.call('POST', '/api/v11/ServiceChannel/ServiceLocation', body);
    expect(r.status, r.text).toBe(200);
    const read = await t.call(
      'GET',
      `/api/v11/ServiceChannel/${(r.json as Obj).id as string}`,
      undefined,
      null,
    );
    const addr = ((read.json as Obj).addresses as Obj[])[0]!.streetAddress as Obj;
    expect(addr).toMatchObject({ streetNumber: '1', latitude: '6673056', longitude: '384467.5' });
  });

  // Newtonsoft 12.0.2 JsonTextReader.cs:653: ReadAsString keeps the number's source text; coordinates
  // are then saved as doubles and read back re-printed (normalisation coordinates-as-numbers).
  it('binds a number sent to a string field as its source text (12.50 stays "12.50")', async () => {
    t = await startSim();
    const body = aServiceLocation(t.sim.organizationId, 'Lukuteksti');
    const a = (body.addresses as Obj[])[0]!.streetAddress as Obj;
    Object.assign(a, { streetNumber: 0, latitude: 0, longitude: 0 });
    const text = JSON.stringify(body)
      .replace('"streetNumber":0', '"streetNumber":12.50')
      .replace('"latitude":0', '"latitude":6673056.10')
      .replace('"longitude":0', '"longitude":384467.50');
    const r = await raw('/api/v11/ServiceChannel/ServiceLocation', 'application/json', text);
    expect(r.status, r.text).toBe(200);
    const id = (JSON.parse(r.text) as Obj).id as string;
    const read = await t.call('GET', `/api/v11/ServiceChannel/${id}`, undefined, null);
    const addr = ((read.json as Obj).addresses as Obj[])[0]!.streetAddress as Obj;
    expect(addr).toMatchObject({ streetNumber: '12.50', latitude: '6673056.1', longitude: '384467.5' });
    // An exponent stays an exponent, so PTV's coordinate pattern refuses it (JavaScript would print 384467.5).
    const exp = await raw(
      '/api/v11/ServiceChannel/ServiceLocation',
      'application/json',
      text.replace('"longitude":384467.50', '"longitude":3.844675e5'),
    );
    expect(exp.status, exp.text).toBe(400);
    expect(Object.keys(JSON.parse(exp.text) as Obj)).toEqual(['Addresses[0].StreetAddress.Longitude']);
  });

  // OpenApiAddressInTranslator.cs:153-171: a coordinate is saved only as a pair of doubles.
  it('coordinates-as-numbers: a latitude without a longitude is accepted and not stored', async () => {
    t = await startSim();
    const body = aServiceLocation(t.sim.organizationId, 'Puolikas');
    const a = (body.addresses as Obj[])[0]!.streetAddress as Obj;
    Object.assign(a, { streetNumber: '1', latitude: '6673056' });
    delete a.longitude;
    const r = await t.call('POST', '/api/v11/ServiceChannel/ServiceLocation', body);
    expect(r.status, r.text).toBe(200);
    const addr = ((r.json as Obj).addresses as Obj[])[0]!.streetAddress as Obj;
    expect(addr.latitude ?? null).toBeNull();
    expect(addr.streetNumber).toBe('1');
  });

  it('binds property names ignoring case', async () => {
    t = await startSim();
    const body = aService(t.sim.organizationId, 'Kirjainkoko');
    const { serviceNames, ...rest } = body;
    const r = await t.call('POST', '/api/v11/Service', { ...rest, ServiceNames: serviceNames });
    expect(r.status, r.text).toBe(200);
    expect((r.json as Obj).serviceNames).toEqual([
      expect.objectContaining({ value: (serviceNames as Obj[])[0]!.value, language: 'fi' }),
    ]);
  });

  it('keeps enum values case-sensitive, as PTV does (EnumExtensions.cs:137)', async () => {
    t = await startSim();
    const r = await t.call(
      'POST',
      '/api/v11/Service',
      aService(t.sim.organizationId, 'Enum', { type: 'service' }),
    );
    expect(r.status).toBe(400);
    expect(Object.keys(r.json as Obj)).toContain('Type');
  });

  it('reads application/*+json and text/json, answers a bare 415 to text/plain or no content type', async () => {
    t = await startSim();
    const body = (name: string) => JSON.stringify(aService(t!.sim.organizationId, name));
    const patch = await raw('/api/v11/Service', 'application/json-patch+json', body('Mediatyyppi 1'));
    expect(patch.status, patch.text).toBe(200);
    const textJson = await raw('/api/v11/Service', 'text/json; charset=utf-8', body('Mediatyyppi 2'));
    expect(textJson.status, textJson.text).toBe(200);
    const plain = await raw('/api/v11/Service', 'text/plain', body('Mediatyyppi 3'));
    expect(plain).toEqual({ status: 415, text: '' });
    expect((await raw('/api/v11/Service', undefined, body('Mediatyyppi 4'))).status).toBe(415);
    // An empty body still binds to null: RequestIsNull, whatever the content type.
    const empty = await raw('/api/v11/Service', 'text/plain', '');
    expect(empty.status).toBe(400);
    expect(JSON.parse(empty.text)).toEqual({ RequestIsNull: ['The request must contain data.'] });
  });
});

describe('silent normalisations', () => {
  it('organization-name-100: a 130-character name is accepted and stored cut to 100', async () => {
    t = await startSim();
    const r = await t.call('POST', '/api/v11/Organization', aSubOrganization(t.sim.organizationId, long));
    expect(r.status, r.text).toBe(200);
    const names = (r.json as { organizationNames: { value: string }[] }).organizationNames;
    expect(names[0]!.value).toBe(long.slice(0, 100));
  });

  it('voucher-without-url: accepted, the voucher without a url is not stored', async () => {
    t = await startSim();
    const withUrl = { value: 'Palveluseteli', language: 'fi', url: 'https://www.example.fi/seteli' };
    const r = await t.call(
      'POST',
      '/api/v11/Service',
      aService(t.sim.organizationId, 'Seteli', {
        serviceVouchersInUse: true,
        serviceVouchers: [withUrl, { value: 'Ilman osoitetta', language: 'fi' }],
      }),
    );
    expect(r.status, r.text).toBe(200);
    const stored = (r.json as { serviceVouchers: Obj[] }).serviceVouchers;
    expect(stored.map((v) => v.value)).toEqual(['Palveluseteli']);
  });

  it('area-type-clears-areas: a PUT to Nationwide without areas removes the stored areas', async () => {
    t = await startSim();
    const org = t.sim.organizationId;
    const limited = {
      areaType: 'LimitedType',
      areas: [{ type: 'Municipality', areaCodes: ['091'] }],
    };
    const s = await t.call('POST', '/api/v11/Service', aService(org, 'Alue', limited));
    expect(s.status, s.text).toBe(200);
    expect(((s.json as Obj).areas as unknown[]).length).toBeGreaterThan(0);
    const id = (s.json as Obj).id as string;
    const put = await t.call('PUT', `/api/v11/Service/${id}`, {
      ...withoutAreas(aService(org, 'Alue')),
      areaType: 'Nationwide',
    });
    expect(put.status, put.text).toBe(200);
    expect((put.json as Obj).areas).toEqual([]);
  });

  // ServiceClassListValidator.cs:99-104; TargetGroupListValidator.cs:67-79.
  it('service-class-uri-v2 and target-group-parents: stored as the v2 URI, with the parent group added', async () => {
    t = await startSim();
    const kr = (code: string) => `http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/${code}`;
    const body = aService(t.sim.organizationId, 'Luokat');
    const v2 = (body.serviceClasses as string[])[0]!;
    const old = v2.replace('/ptvserclass2/', '/ptvserclass/');
    const r = await t.call('POST', '/api/v11/Service', {
      ...body,
      serviceClasses: [old],
      targetGroups: [kr('KR1.2')],
    });
    expect(r.status, r.text).toBe(200);
    const read = await t.call('GET', `/api/v11/Service/${(r.json as Obj).id as string}`, undefined, null);
    const uris = (key: string) => ((read.json as Obj)[key] as Obj[]).map((c) => c.uri);
    expect(uris('serviceClasses')).toEqual([v2]);
    expect(uris('targetGroups')).toEqual([kr('KR1.2'), kr('KR1')]);
  });

  it('no-normalise-* defects store what was sent instead', async () => {
    t = await startSim({
      defects: ['no-normalise-organization-name-100', 'no-normalise-area-type-clears-areas'],
    });
    const r = await t.call('POST', '/api/v11/Organization', aSubOrganization(t.sim.organizationId, long));
    expect(r.status).toBe(200);
    expect((r.json as { organizationNames: { value: string }[] }).organizationNames[0]!.value).toBe(long);
    const org = t.sim.organizationId;
    const s = await t.call(
      'POST',
      '/api/v11/Service',
      aService(org, 'Alue', {
        areaType: 'LimitedType',
        areas: [{ type: 'Municipality', areaCodes: ['091'] }],
      }),
    );
    const id = (s.json as Obj).id as string;
    const put = await t.call('PUT', `/api/v11/Service/${id}`, {
      ...withoutAreas(aService(org, 'Alue')),
      areaType: 'Nationwide',
    });
    expect(((put.json as Obj).areas as unknown[]).length).toBeGreaterThan(0);
  });
});

// EntityManagerBase.cs:78-101 (ptv-release-3_4): the model-state check answers before the data
// validator runs (rules/validationStage.ts).
describe('error order: model-state errors stop the request before the data validators', () => {
  it('answers the attribute error alone, and the validator error once the attribute error is gone', async () => {
    t = await startSim();
    const org = t.sim.organizationId;
    const body = aService(org, 'Järjestys');
    const classes = body.serviceClasses as unknown[];
    const tooMany = [...classes, ...Array<unknown>(5).fill(classes[0])]; // ServiceClassListValidator.cs:83
    const names = body.serviceNames as Obj[];
    const longName = [{ ...names[0], value: 'x'.repeat(101) }, ...names.slice(1)]; // MaxLength attribute
    const both = await t.call('POST', '/api/v11/Service', {
      ...body,
      serviceClasses: tooMany,
      serviceNames: longName,
    });
    expect(both.status, both.text).toBe(400);
    expect(Object.keys(both.json as Obj)).toEqual(['ServiceNames']);
    const validatorOnly = await t.call('POST', '/api/v11/Service', { ...body, serviceClasses: tooMany });
    expect(validatorOnly.status, validatorOnly.text).toBe(400);
    expect(validatorOnly.json).toEqual({ ServiceClasses: ['Only 4 items allowed!'] });
  });
});

// ptv-release-3_4: the phone and address translators (OpenApiPhoneTranslator.cs:58-60, :73-77;
// OpenApiAddressInTranslator.cs:308-311) and PhoneNumberListValidator.cs:65-70.
describe('phones and addresses as PTV stores them', () => {
  it('a service number loses its prefix, a phone without charge type is Chargeable, an address without country is FI', async () => {
    t = await startSim();
    const org = t.sim.organizationId;
    const body = anOrganization(
      fixtureFor(org, 'Puhelinnormalisointi'),
      undefined,
      FI_ONLY,
    ) as unknown as Obj;
    body.phoneNumbers = [
      { number: '0800123456', prefixNumber: '+358', isFinnishServiceNumber: true, language: 'fi' },
    ];
    body.addresses = (body.addresses as Obj[]).map(({ country: _c, ...a }) => a);
    const created = await t.call('POST', '/api/v11/Organization', body);
    expect(created.status, created.text).toBe(200);
    const id = (created.json as Obj).id as string;
    const read = (await t.call('GET', `/api/v11/Organization/${id}`)).json as Obj;
    const phone = (read.phoneNumbers as Obj[])[0]!;
    expect(phone.prefixNumber ?? null).toBeNull();
    expect(phone.serviceChargeType).toBe('Chargeable');
    expect((read.addresses as Obj[]).map((a) => a.country)).toEqual(['FI']);
  });

  // OpenApiServiceLocationChannelMainInTranslator.cs:96-115 + OpenApiAddressInTranslator.cs:308-311 (FI default);
  // AddressService.cs:257-288 (a post-office box is saved with no country at all).
  it('a service-location address without country is FI; a post-office box keeps no country', async () => {
    t = await startSim();
    const body = aServiceLocation(t.sim.organizationId, 'Osoitenormalisointi');
    const visiting = (body.addresses as Obj[]).map(({ country: _c, ...a }) => a);
    const poBox = {
      type: 'Postal',
      subType: 'PostOfficeBox',
      postOfficeBoxAddress: { postOfficeBox: [{ value: 'PL 100', language: 'fi' }], postalCode: '00100' },
      country: 'SE',
    };
    const created = await t.call('POST', '/api/v11/ServiceChannel/ServiceLocation', {
      ...body,
      addresses: [...visiting, poBox],
    });
    expect(created.status, created.text).toBe(200);
    const read = (await t.call('GET', `/api/v11/ServiceChannel/${(created.json as Obj).id as string}`))
      .json as Obj;
    const bySubType = (read.addresses as Obj[]).map((a) => [a.subType, a.country ?? null]);
    expect(bySubType).toEqual([...visiting.map((a) => [a.subType, 'FI']), ['PostOfficeBox', null]]);
  });

  // PhoneChannelValidator.cs:74-75, :99-101; EntityBaseValidator.cs:64-69, :97-108; PhoneNumberListValidator.cs:98-108.
  it('a phone channel POST with numbers missing in a language gets the Model error too', async () => {
    t = await startSim();
    const body = aPhoneChannel(fixtureFor(t.sim.organizationId, 'Osittain numeroitu')) as unknown as Obj;
    const langs = [...new Set((body.serviceChannelNames as Obj[]).map((n) => n.language as string))];
    expect(langs.length).toBeGreaterThan(1);
    const last = langs[langs.length - 1]!;
    body.phoneNumbers = (body.phoneNumbers as Obj[]).filter((p) => p.language !== last);
    const r = await t.call('POST', '/api/v11/ServiceChannel/Phone', body);
    expect(r.status).toBe(400);
    expect(r.json).toEqual({
      Model: [
        `Some of the required lists are missing the languages you have added. Check lists 'PhoneNumbers for languages '${langs.join(', ')}'.`,
      ],
      PhoneNumbers: [`Required value was not found with language code '${last}'!`],
    });
  });

  it('a phone channel without phone numbers is refused by the validator pass', async () => {
    t = await startSim();
    const body = aPhoneChannel(
      fixtureFor(t.sim.organizationId, 'Numeroton'),
      undefined,
      FI_ONLY,
    ) as unknown as Obj;
    delete body.phoneNumbers;
    const r = await t.call('POST', '/api/v11/ServiceChannel/Phone', body);
    expect(r.status).toBe(400);
    expect((r.json as Obj).PhoneNumbers).toEqual(["Required value was not found with language code 'fi'!"]);
  });
});
