import { describe, expect, it } from 'vitest';
import { compareEntity } from './compareEntity.js';
import { compareConnection, connectedIds, findConnectionItem } from './compareConnection.js';

const ORG = '11111111-2222-3333-4444-555555555555';

const serviceIn = {
  sourceId: 'ptvr-x-service-SRV01.1',
  serviceNames: [
    { type: 'Name', value: 'Kirjasto', language: 'fi' },
    { type: 'Name', value: 'Bibliotek', language: 'sv' },
  ],
  serviceClasses: ['http://uri.suomi.fi/codelist/ptv/ptvserclass/code/P25.1'],
  areas: [{ type: 'Municipality', areaCodes: ['091', '049'] }],
  mainResponsibleOrganization: ORG,
  languages: ['fi', 'sv'],
  deleteAllKeywords: true,
};

const serviceOut = {
  id: 'abc',
  serviceNames: [
    { type: 'Name', value: 'Bibliotek', language: 'sv' },
    { type: 'Name', value: 'Kirjasto', language: 'fi' },
  ],
  serviceClasses: [
    { uri: 'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P25.1', code: 'P25.1', name: [] },
  ],
  // PTV reads municipalities back as one area (OpenApiServiceTranslator.cs:91-98 @ ptv-release-3_4).
  areas: [
    { type: 'Municipality', code: null, name: null, municipalities: [{ code: '049' }, { code: '091' }] },
  ],
  organizations: [{ organization: { id: ORG, name: 'x' }, roleType: 'Responsible' }],
  languages: ['sv', 'fi'],
};

describe('compareEntity', () => {
  it('records the neutral key(s) each field carries (one key, or the list for multi-language fields)', () => {
    const byPath = new Map(compareEntity('service', serviceIn, serviceOut).fields.map((f) => [f.path, f]));
    expect(byPath.get('serviceNames')).toMatchObject({
      keys: ['service.contentLanguages', 'service.name.fi', 'service.name.sv'],
    });
    expect(byPath.get('serviceNames')?.key).toBeUndefined();
    expect(byPath.get('serviceClasses')).toMatchObject({ key: 'service.serviceClasses' });
    expect(byPath.get('areas')).toMatchObject({ key: 'service.area' });
    expect(byPath.get('mainResponsibleOrganization→organizations')).toMatchObject({
      key: 'service.organization',
    });
  });

  it('maps IN to OUT shapes order-insensitively and ignores unmapped IN fields', () => {
    const r = compareEntity('service', serviceIn, serviceOut);
    expect(r.findings).toEqual([]);
    expect(r.fields.map((f) => f.path)).toEqual([
      'serviceNames',
      'serviceClasses',
      'areas',
      'mainResponsibleOrganization→organizations',
      'languages',
    ]);
    expect(r.fields.every((f) => f.ok)).toBe(true);
  });

  it('reports a truncated name as a readback.mismatch naming the field', () => {
    const out = {
      ...serviceOut,
      serviceNames: [{ type: 'Name', value: 'Kirjas', language: 'fi' }, serviceOut.serviceNames[0]],
    };
    const r = compareEntity('service', serviceIn, out);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      path: 'ServiceNames',
      rule: 'readback.mismatch',
      severity: 'error',
      expected: serviceIn.serviceNames,
    });
    expect(r.findings[0]?.message).toContain('fi|Kirjasto');
  });

  it('reads areas as PTV lists them: other types one per code, municipalities in one area', () => {
    const sent = {
      ...serviceIn,
      areas: [
        { type: 'Region', areaCodes: ['01'] },
        { type: 'Municipality', areaCodes: ['091', '049'] },
      ],
    };
    const region = { type: 'Region', code: '01', name: [], municipalities: [{ code: '091' }] };
    const munis = (...codes: string[]) => ({
      type: 'Municipality',
      code: null,
      name: null,
      municipalities: codes.map((code) => ({ code })),
    });
    expect(
      compareEntity('service', sent, { ...serviceOut, areas: [region, munis('049', '091')] }).findings,
    ).toEqual([]);
    const lost = compareEntity('service', sent, { ...serviceOut, areas: [region, munis('091')] }).findings;
    expect(lost).toMatchObject([{ path: 'Areas', rule: 'readback.mismatch' }]);
  });

  it('reads organisation area codes from the one Municipality area', () => {
    const sent = { areaType: 'LimitedType', subAreaType: 'Municipality', areas: ['091', '049'] };
    const out = {
      areaType: 'LimitedType',
      areas: [{ type: 'Municipality', code: null, municipalities: [{ code: '049' }, { code: '091' }] }],
    };
    expect(compareEntity('organization', sent, out).findings).toEqual([]);
    const lost = { ...out, areas: [{ type: 'Municipality', code: null, municipalities: [{ code: '049' }] }] };
    expect(compareEntity('organization', sent, lost).findings).toMatchObject([{ path: 'Areas' }]);
  });

  it('compares channel webPage with OUT webPages and HH:mm with HH:mm:ss', () => {
    const sent = {
      webPage: [{ value: 'https://www.example.com/fi/a', language: 'fi' }],
      serviceHours: [
        {
          serviceHourType: 'DaysOfTheWeek',
          openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '08:00', to: '16:15' }],
        },
      ],
      signatureQuantity: '2',
    };
    const read = {
      webPages: [{ url: 'https://www.example.com/fi/a', value: null, language: 'fi' }],
      serviceHours: [
        {
          serviceHourType: 'DaysOfTheWeek',
          validForNow: true,
          openingHour: [{ dayFrom: 'Monday', dayTo: null, from: '08:00:00', to: '16:15:00' }],
        },
      ],
      signatureQuantity: 2,
    };
    expect(compareEntity('echannel', sent, read).findings).toEqual([]);
    const wrong = {
      ...read,
      serviceHours: [
        { ...read.serviceHours[0], openingHour: [{ dayFrom: 'Monday', from: '08:00:00', to: '16:00:00' }] },
      ],
    };
    expect(compareEntity('echannel', sent, wrong).findings.map((f) => f.path)).toEqual(['ServiceHours']);
  });

  it('reads service-location faxes back from typed phoneNumbers', () => {
    const sent = { faxNumbers: [{ prefixNumber: '+358', number: '912345', language: 'fi' }] };
    const read = { phoneNumbers: [{ type: 'Fax', prefixNumber: '+358', number: '912345', language: 'fi' }] };
    expect(compareEntity('servicelocation', sent, read).findings).toEqual([]);
    expect(compareEntity('servicelocation', sent, { phoneNumbers: [] }).findings).toHaveLength(1);
  });
});

describe('compareConnection', () => {
  const service = {
    serviceChannels: [
      {
        serviceChannel: { id: 'ch1', name: 'x' },
        serviceChargeType: 'Chargeable',
        description: [{ type: 'Description', value: 'Tervetuloa asioimaan', language: 'fi' }],
        contactDetails: {
          emails: [{ value: 'a@example.com', language: 'fi' }],
          phoneNumbers: [],
          webPages: [],
        },
      },
    ],
  };

  it('finds the item and compares the additional information', () => {
    const item = findConnectionItem(service, 'service', 'ch1');
    const sent = {
      serviceChargeType: 'Chargeable',
      description: [{ type: 'Description', value: 'Tervetuloa asioimaan', language: 'fi' }],
      contactDetails: { emails: [{ value: 'a@example.com', language: 'fi' }] },
    };
    expect(compareConnection(sent, item, 's→ch1').findings).toEqual([]);
    expect(
      compareConnection({ ...sent, serviceChargeType: 'FreeOfCharge' }, item, 's→ch1').findings[0]?.path,
    ).toBe('ServiceChargeType');
  });

  it('reports a missing connection and treats serviceChannels: null as none', () => {
    expect(compareConnection({}, undefined, 's→ch2').findings).toHaveLength(1);
    expect(connectedIds({ serviceChannels: null }, 'service')).toEqual([]);
    expect(connectedIds(service, 'service')).toEqual(['ch1']);
  });
});
