/* eslint-disable @typescript-eslint/no-explicit-any -- payload surgery */
import { describe, expect, it } from 'vitest';
import { applyClear, NORMALISATIONS, normalise, normalisationsFor } from './normalisations.js';
import { validatePayload } from './validatePayload.js';
import { example } from '../../test/support/examples.js';

const long = 'Organisaatio '.repeat(10); // 130 characters

describe('normalisations: what PTV 3.4 changes instead of refusing', () => {
  it('every row cites ptv-release-3_4 by path:line and has a summary', () => {
    for (const n of NORMALISATIONS) {
      expect(n.source, n.name).toMatch(/^src\/PTV\.[\w./]+\.cs:\d+/);
      expect(n.summary.length, n.name).toBeGreaterThan(20);
    }
  });

  // VmOpenApiOrganizationBase.cs:82-101: the setter cuts Value to 100.
  it('organization-name-100: cuts names over 100 at binding, so validation sees 100', () => {
    const body = example('organization');
    body.organizationNames[0].value = long;
    const r = normalise(body, 'organization', 'post', 'bind');
    expect((r.body as any).organizationNames[0].value).toBe(long.slice(0, 100));
    expect(r.applied.map((a) => a.name)).toEqual(['organization-name-100']);
    expect(body.organizationNames[0].value).toBe(long);
    const v = validatePayload(body, { kind: 'organization', op: 'post' });
    expect(v.valid).toBe(true);
    expect(v.findings).toContainEqual(
      expect.objectContaining({
        path: 'OrganizationNames[0].Value',
        rule: 'normalised.organization-name-100',
        severity: 'warning',
        expected: long.slice(0, 100),
      }),
    );
  });

  it('organization-name-100: a name of exactly 100 is untouched', () => {
    const body = example('organization');
    body.organizationNames[0].value = long.slice(0, 100);
    expect(normalise(body, 'organization', 'post', 'bind').changes).toEqual([]);
  });

  // VmOpenApiServiceLocationChannelInVersionBase.cs:51-58: the oid is a placeholder, pattern-checked, not saved.
  it('location-oid-not-stored: a valid oid is dropped on save with a warning; a bad one is still refused', () => {
    const body = example('servicelocation');
    body.oid = '1.2.246.10.1';
    expect(normalise(body, 'servicelocation', 'post', 'bind').changes).toEqual([]);
    const r = normalise(body, 'servicelocation', 'put', 'store');
    expect((r.body as any).oid).toBeUndefined();
    expect(r.applied.map((a) => a.name)).toEqual(['location-oid-not-stored']);
    expect(body.oid).toBe('1.2.246.10.1');
    const v = validatePayload(body, { kind: 'servicelocation', op: 'post' });
    expect(v.valid).toBe(true);
    expect(v.findings).toContainEqual(
      expect.objectContaining({
        path: 'Oid',
        rule: 'normalised.location-oid-not-stored',
        severity: 'warning',
      }),
    );
    body.oid = 'not an oid!';
    expect(validatePayload(body, { kind: 'servicelocation', op: 'post' }).valid).toBe(false);
    delete body.oid;
    expect(normalise(body, 'servicelocation', 'post', 'store').changes).toEqual([]);
  });

  // OpenApiServiceInTranslator.cs:291-292: only vouchers with a url are saved.
  it('voucher-without-url: dropped on save, but the voucher is still validated as sent', () => {
    const body = example('service');
    body.serviceVouchers = [
      { value: 'Seteli', language: 'fi', url: 'https://www.example.fi/seteli' },
      { value: 'Ilman osoitetta', language: 'fi', additionalInformation: 'x'.repeat(151) },
    ];
    expect(normalise(body, 'service', 'post', 'bind').changes).toEqual([]);
    const r = normalise(body, 'service', 'post', 'store');
    expect((r.body as any).serviceVouchers).toEqual([body.serviceVouchers[0]]);
    // Translator changes come after validation: the over-long item is still refused.
    const v = validatePayload(body, { kind: 'service', op: 'post' });
    expect(v.findings.some((f) => f.severity === 'error' && /ServiceVouchers\[1\]/.test(f.path))).toBe(true);
    body.serviceVouchers[1].additionalInformation = 'ok';
    const ok = validatePayload(body, { kind: 'service', op: 'post' });
    expect(ok.valid).toBe(true);
    expect(ok.findings).toContainEqual(
      expect.objectContaining({ path: 'ServiceVouchers[1]', rule: 'normalised.voucher-without-url' }),
    );
  });

  // OpenApiServiceInTranslator.cs:193-197 (and the channel and organisation translators).
  it('area-type-clears-areas: PUT only, only without areas and only for a type other than LimitedType', () => {
    expect(normalisationsFor('service', 'post').map((n) => n.name)).not.toContain('area-type-clears-areas');
    const wide = normalise(
      { areaType: 'Nationwide', publishingStatus: 'Published' },
      'service',
      'put',
      'store',
    );
    expect(wide.clear).toEqual(['areas']);
    const limited = normalise({ areaType: 'LimitedType' }, 'service', 'put', 'store');
    expect(limited.clear).toEqual([]);
    const withAreas = normalise(
      { areaType: 'Nationwide', areas: [{ type: 'Municipality', areaCodes: ['091'] }] },
      'echannel',
      'put',
      'store',
    );
    expect(withAreas.clear).toEqual([]);
  });

  // ServiceClassListValidator.cs:99-104: old ptvserclass URIs become ptvserclass2, the rest is untouched.
  it('service-class-uri-v2: rewrites old service class URIs on save; validate warns, does not refuse', () => {
    const body = example('service');
    const v2 = body.serviceClasses[0] as string;
    const old = v2.replace('/ptvserclass2/', '/ptvserclass/');
    body.serviceClasses = [old, v2];
    const r = normalise(body, 'service', 'post', 'store');
    expect((r.body as any).serviceClasses).toEqual([v2, v2]);
    expect(r.changes).toEqual([{ path: ['serviceClasses', 0], from: old, to: v2 }]);
    expect(normalise(body, 'service', 'post', 'bind').changes).toEqual([]);
    const v = validatePayload(body, { kind: 'service', op: 'post' });
    expect(v.findings).toContainEqual(
      expect.objectContaining({
        path: 'ServiceClasses[0]',
        rule: 'normalised.service-class-uri-v2',
        severity: 'warning',
      }),
    );
  });

  // TargetGroupListValidator.cs:67-79: parents of sub target groups are appended when missing.
  it('target-group-parents: appends a missing parent once, keeps a list that has it', () => {
    const uri = (code: string) => `http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/${code}`;
    const r = normalise(
      { targetGroups: [uri('KR1.2'), uri('KR1.3'), uri('KR2.7')] },
      'service',
      'put',
      'store',
    );
    expect((r.body as any).targetGroups).toEqual([
      uri('KR1.2'),
      uri('KR1.3'),
      uri('KR2.7'),
      uri('KR1'),
      uri('KR2'),
    ]);
    expect(r.changes.map((c) => c.path)).toEqual([
      ['targetGroups', 3],
      ['targetGroups', 4],
    ]);
    const whole = { targetGroups: [uri('KR1'), uri('KR1.2'), uri('KR3')] };
    expect(normalise(whole, 'service', 'post', 'store').body).toBe(whole);
    expect(normalisationsFor('organization', 'post').map((n) => n.name)).not.toContain(
      'target-group-parents',
    );
  });

  // OpenApiAddressInTranslator.cs:71-89 / :153-171; read back with double.ToString (OpenApiClsPointTranslator.cs:121).
  it('coordinates-as-numbers: a pair is re-printed as numbers, a lone coordinate is dropped', () => {
    const loc = (streetAddress: Record<string, unknown>) => ({
      addresses: [{ type: 'Location', streetAddress, country: 'FI' }],
    });
    const pair = normalise(
      loc({ latitude: '6673056.10', longitude: '384467' }),
      'servicelocation',
      'post',
      'store',
    );
    expect((pair.body as any).addresses[0].streetAddress).toEqual({
      latitude: '6673056.1',
      longitude: '384467',
    });
    expect(pair.changes).toEqual([
      { path: ['addresses', 0, 'streetAddress', 'latitude'], from: '6673056.10', to: '6673056.1' },
    ]);
    const lone = normalise(
      loc({ streetNumber: '1', latitude: '6673056' }),
      'organization',
      'put',
      'store',
      new Set(['address-country-fi']),
    );
    expect((lone.body as any).addresses[0].streetAddress).toEqual({ streetNumber: '1' });
    expect(lone.changes.map((c) => c.to)).toEqual([undefined]);
    const plain = loc({ latitude: '6673056.5', longitude: '384467' });
    expect(normalise(plain, 'servicelocation', 'post', 'store').body).toBe(plain);
    expect(normalisationsFor('service', 'post').map((n) => n.name)).not.toContain('coordinates-as-numbers');
  });

  // OpenApiOrganizationBaseTranslator.cs:80-101: no areaType and type Municipality → WholeCountry (OUT Nationwide).
  it('municipality-area-type-nationwide: only a Municipality organisation without an areaType', () => {
    const muni = { organizationType: 'Municipality', municipality: '091' };
    const r = normalise(muni, 'organization', 'post', 'store');
    expect((r.body as any).areaType).toBe('Nationwide');
    expect(r.applied.map((a) => a.name)).toEqual(['municipality-area-type-nationwide']);
    const sent = { ...muni, areaType: 'Nationwide' };
    expect(normalise(sent, 'organization', 'put', 'store').body).toBe(sent);
    const state = { organizationType: 'State' };
    expect(normalise(state, 'organization', 'put', 'store').body).toBe(state);
    // The Nationwide default is not an areaType "sent": the stored areas are not cleared by area-type-clears-areas.
    expect(normalise(muni, 'organization', 'put', 'store').clear).toEqual(['organizationAreas']);
  });

  // OpenApiOrganizationInTranslator.cs:104-113: OrganizationAreas removed, area municipalities kept.
  it('municipality-clears-areas: a PUT with a municipality removes areas of another sub-area type only', () => {
    expect(normalisationsFor('organization', 'post').map((n) => n.name)).not.toContain(
      'municipality-clears-areas',
    );
    const r = normalise(
      { organizationType: 'Municipality', municipality: '091' },
      'organization',
      'put',
      'store',
    );
    expect(r.applied.map((a) => a.name)).toContain('municipality-clears-areas');
    const region = { areaType: 'LimitedType', subAreaType: 'Region', areas: ['01'], municipality: '091' };
    applyClear(region, 'organizationAreas');
    expect(region).toEqual({ areaType: 'LimitedType', areas: [], municipality: '091' });
    const municipal = { areaType: 'LimitedType', subAreaType: 'Municipality', areas: ['091', '049'] };
    applyClear(municipal, 'organizationAreas');
    expect(municipal.areas).toEqual(['091', '049']);
    const v = validatePayload(
      { organizationType: 'Municipality', municipality: '091', publishingStatus: 'Published' },
      { kind: 'organization', op: 'put' },
    );
    expect(v.findings).toContainEqual(
      expect.objectContaining({
        path: 'Areas',
        rule: 'normalised.municipality-clears-areas',
        severity: 'warning',
      }),
    );
  });

  // OrganizationService.cs:1502-1505: MunicipalityId = null for any other sent type.
  it('organization-type-clears-municipality: a PUT with another organizationType removes the municipality', () => {
    const r = normalise(
      { organizationType: 'State', areaType: 'Nationwide' },
      'organization',
      'put',
      'store',
    );
    expect(r.clear).toEqual(['areas', 'municipality']); // Nationwide also clears the areas (:140-145)
    expect(normalise({ publishingStatus: 'Published' }, 'organization', 'put', 'store').clear).toEqual([]);
    const stored: Record<string, unknown> = { organizationType: 'State', municipality: '091' };
    applyClear(stored, 'municipality');
    expect(stored).toEqual({ organizationType: 'State' });
  });

  // OpenApiPhoneTranslator.cs:73-77: "IsFinnishServiceNumber is the determinant".
  it('service-number-drops-prefix: a service number loses its prefix, other phones keep theirs', () => {
    const body = {
      phoneNumbers: [
        { number: '0800123456', prefixNumber: '+358', isFinnishServiceNumber: true, language: 'fi' },
        { number: '401234567', prefixNumber: '+358', isFinnishServiceNumber: false, language: 'fi' },
      ],
      supportPhones: [
        { number: '0800999', prefixNumber: '+358', isFinnishServiceNumber: true, language: 'fi' },
      ],
    };
    const r = normalise(body, 'echannel', 'post', 'store', new Set(['phone-charge-type-chargeable']));
    expect((r.body as any).phoneNumbers[0]).not.toHaveProperty('prefixNumber');
    expect((r.body as any).phoneNumbers[1].prefixNumber).toBe('+358');
    expect((r.body as any).supportPhones[0]).not.toHaveProperty('prefixNumber');
    expect(r.changes.map((c) => c.path)).toEqual([
      ['phoneNumbers', 0, 'prefixNumber'],
      ['supportPhones', 0, 'prefixNumber'],
    ]);
    expect(body.phoneNumbers[0]!.prefixNumber).toBe('+358');
  });

  // OpenApiPhoneTranslator.cs:58-60: no ServiceChargeType → Charged ("Chargeable").
  it('phone-charge-type-chargeable: only a phone without a charge type gets Chargeable', () => {
    const body = {
      phoneNumbers: [
        { number: '401234567', prefixNumber: '+358', language: 'fi' },
        { number: '401234568', prefixNumber: '+358', language: 'fi', serviceChargeType: 'FreeOfCharge' },
      ],
    };
    const r = normalise(body, 'organization', 'put', 'store');
    expect((r.body as any).phoneNumbers.map((p: any) => p.serviceChargeType)).toEqual([
      'Chargeable',
      'FreeOfCharge',
    ]);
    expect(normalisationsFor('service', 'post').map((n) => n.name)).not.toContain(
      'phone-charge-type-chargeable',
    );
  });

  // OpenApiAddressInTranslator.cs:308-311: a new address without a country is FI.
  it('address-country-fi: an organisation address without a country is stored with FI', () => {
    const body = example('organization');
    delete body.addresses[0].country;
    const r = normalise(body, 'organization', 'post', 'store');
    expect((r.body as any).addresses[0].country).toBe('FI');
    expect(r.applied.map((a) => a.name)).toContain('address-country-fi');
    const v = validatePayload(body, { kind: 'organization', op: 'post' });
    expect(v.valid).toBe(true);
    expect(v.findings).toContainEqual(
      expect.objectContaining({ path: 'Addresses[0].Country', rule: 'normalised.address-country-fi' }),
    );
    const se = { addresses: [{ type: 'Visiting', subType: 'Foreign', country: 'SE' }] };
    expect(normalise(se, 'organization', 'post', 'store').body).toBe(se);
  });

  // OpenApiServiceLocationChannelMainInTranslator.cs:96-115 re-builds each address (Country as sent) for
  // OpenApiAddressInTranslator.cs:308-311.
  it('address-country-fi: a service-location address without a country is stored with FI, abroad too', () => {
    const body = example('servicelocation');
    for (const a of body.addresses) delete a.country;
    body.addresses.push({
      type: 'Location',
      subType: 'Abroad',
      locationAbroad: [{ value: 'Storgatan 1, Stockholm', language: 'fi' }],
    });
    const r = normalise(body, 'servicelocation', 'post', 'store');
    expect((r.body as any).addresses.map((a: any) => a.country)).toEqual(body.addresses.map(() => 'FI'));
    const v = validatePayload(body, { kind: 'servicelocation', op: 'put' });
    expect(v.findings).toContainEqual(
      expect.objectContaining({
        path: 'Addresses[0].Country',
        rule: 'normalised.address-country-fi',
        severity: 'warning',
      }),
    );
  });

  // AddressService.cs:257-288 builds the post-office box without a country; the translators skip it.
  it('post-office-box-no-country: a post-office box keeps no country, and gets no FI default', () => {
    const box = {
      type: 'Postal',
      subType: 'PostOfficeBox',
      postOfficeBoxAddress: { postOfficeBox: [{ value: 'PL 100', language: 'fi' }], postalCode: '00100' },
    };
    for (const kind of ['organization', 'servicelocation'] as const) {
      const r = normalise({ addresses: [{ ...box, country: 'SE' }] }, kind, 'post', 'store');
      expect((r.body as any).addresses).toEqual([box]);
      expect(r.applied).toEqual([
        {
          name: 'post-office-box-no-country',
          change: { path: ['addresses', 0, 'country'], from: 'SE', to: undefined },
        },
      ]);
      const bare = { addresses: [box] };
      expect(normalise(bare, kind, 'put', 'store').body).toBe(bare);
    }
    const v = validatePayload(
      { ...example('organization'), addresses: [{ ...box, country: 'FI' }] },
      { kind: 'organization', op: 'post' },
    );
    expect(v.valid).toBe(true);
    expect(v.findings).toContainEqual(
      expect.objectContaining({
        path: 'Addresses[0].Country',
        rule: 'normalised.post-office-box-no-country',
      }),
    );
  });

  it('skip leaves a row out (the simulator defects)', () => {
    const body = example('organization');
    body.organizationNames[0].value = long;
    const r = normalise(body, 'organization', 'put', 'bind', new Set(['organization-name-100']));
    expect(r.body).toBe(body);
  });
});
