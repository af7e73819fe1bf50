import { describe, expect, it } from 'vitest';
import { compareCanon } from './canon.js';
import { fromV11In } from './fromV11In.js';
import { fromV12Out } from './fromV12Out.js';
import { fromV12Request } from './fromV12Request.js';
import { parseKey } from './keys.js';

const ORG = '5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c01';
const ctx = {
  roleOf: (id: string) =>
    id === ORG ? 'ORG' : id === 'svc-1' ? 'SRV-01:service' : id === 'ch-1' ? 'CH-PH-01:channel' : id,
};

/** What the fixtures send for a permit (v11 IN), and what v12 answers for it by the §4.4 tables. */
const v11Service = {
  type: 'PermitOrObligation',
  fundingType: 'PubliclyFunded',
  serviceChargeType: 'Chargeable',
  areaType: 'LimitedType',
  areas: [{ type: 'Municipality', areaCodes: ['491'] }],
  languages: ['fi', 'sv'],
  serviceNames: [
    { type: 'Name', language: 'fi', value: 'Rakennuslupa (ptvr 20261127T143407Z-sim-b7a9 SRV01.1)' },
    { type: 'Name', language: 'sv', value: 'Bygglov (ptvr 20261127T143407Z-sim-b7a9 SRV01.1)' },
  ],
  serviceDescriptions: [
    { type: 'Summary', language: 'sv', value: 'Du behöver bygglov.' },
    { type: 'Description', language: 'fi', value: '1. Hae lupaa.' },
    { type: 'ServiceType', language: 'fi', value: 'Lupa' },
  ],
  serviceClasses: ['http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P2.1'],
  industrialClasses: ['http://www.stat.fi/meta/luokitukset/toimiala/001-2008/94910'],
  keywords: [{ language: 'fi', value: 'rakentaminen' }],
  mainResponsibleOrganization: ORG,
  serviceProducers: [{ provisionType: 'SelfProducedServices', organizations: [ORG] }],
  publishingStatus: 'Published',
};

const lv = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name,
  alternativeName: null,
  summary: null,
  description: null,
  userInstructions: null,
  conditions: null,
  legislationLinks: [],
  freelyAssignedKeywords: [],
  voucher: { voucherType: 'NotUsed' },
  chargeTypeAdditionalInformation: null,
  ...extra,
});

const v12Service = {
  contentId: 'svc-1',
  serviceType: 'PermitOrOtherObligation',
  organizationContentId: ORG,
  otherResponsibleOrganizations: [],
  producers: {
    selfProducedProducers: { organizations: [ORG] },
    procuredProducers: { organizations: [], other: [] },
    otherProducers: { organizations: [], other: [] },
  },
  fundingType: 'PubliclyFunded',
  chargeType: 'Charged',
  area: { areaType: 'LimitedArea', municipalities: ['491'], regions: [], wellbeingServicesCounties: [] },
  serviceLanguages: ['sv', 'fi'],
  serviceClasses: ['P2.1'],
  targetGroups: [],
  lifeEvents: [],
  ontologyTerms: [],
  industrialClasses: ['http://uri.suomi.fi/codelist/jhs/toimiala_1_20080101/code/94910'],
  generalDescriptionContentId: null,
  publishedAt: '2026-11-27T14:34:08Z',
  languageVersions: {
    fi: lv('Rakennuslupa (ptvr 20261127T150000Z-sim-0001 SRV01.1)', {
      description: '1\\. Hae lupaa.',
      freelyAssignedKeywords: ['rakentaminen'],
    }),
    sv: lv('Bygglov (ptvr 20261127T150000Z-sim-0001 SRV01.1)', { summary: 'Du behöver bygglov.' }),
  },
};

describe('fromV12Out', () => {
  it('maps a v12 service onto the keys of its v11 IN form: equal, transform (markdown, industrial URI) or dropped by v12', () => {
    const a = fromV11In('service', v11Service, ctx);
    const b = fromV12Out(v12Service, ctx);
    const verdicts: Record<string, string> = {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const field = parseKey(key)!.field;
      verdicts[key] = key in b ? (key in a ? compareCanon(field, a[key], b[key]) : 'v12only') : 'absent';
    }
    expect(Object.entries(verdicts).filter(([, v]) => v !== 'exact')).toEqual([
      ['service.description.fi', 'transform'],
      ['service.typeInfo.fi', 'absent'],
      ['service.industrialClasses', 'transform'],
      ['service.voucher.fi', 'v12only'],
      ['service.voucher.sv', 'v12only'],
    ]);
  });

  it('a truncated Swedish summary differs on exactly that key', () => {
    const cut = structuredClone(v12Service);
    cut.languageVersions.sv.summary = 'Du behöver';
    const a = fromV11In('service', v11Service, ctx);
    const b = fromV12Out(cut, ctx);
    const different = Object.keys(a).filter(
      (k) => k in b && compareCanon(parseKey(k)!.field, a[k], b[k]) === 'different',
    );
    expect(different).toEqual(['service.summary.sv']);
  });

  it('maps telephone channels, their phones and connections', () => {
    const ch = fromV12Out(
      {
        contentId: 'ch-1',
        serviceChannelType: 'TelephoneService',
        organizationContentId: ORG,
        allowedConnectionType: 'OwnOrganizations',
        serviceLanguages: ['fi'],
        area: null,
        serviceHours: {
          hours: [
            {
              type: 'WeeklyUntilFurtherNoticeServiceHour',
              heading: {},
              additionalInformation: { fi: 'Aattona klo 12' },
              weeklyHours: {
                monday: { hours: [{ start: '08:00:00', end: '16:00:00', openingStatus: 'Open' }] },
              },
            },
          ],
          holidayServiceHours: null,
        },
        languageVersions: {
          fi: {
            name: 'Neuvonta',
            summary: null,
            description: null,
            webAddress: { url: null, name: null },
            supportEmails: [],
            phoneNumbers: [
              {
                type: 'InternationalPhone',
                dialCode: '+358',
                number: '39130031',
                chargeType: 'Charged',
                chargeDescription: null,
                additionalInformation: null,
              },
            ],
          },
        },
      },
      ctx,
    );
    expect(ch).toMatchObject({
      'channel.type': 'telephone',
      'channel.organization': 'ORG',
      'channel.connectionScope': 'own',
      'channel.area': 'none',
      'channel.phones.fi': ['intl|+358|39130031|charged||'],
      'channel.serviceHours': ['weeklyUntilFurtherNotice||Monday 08:00-16:00|open|info.fi=Aattona klo 12'],
      'channel.status': 'published',
    });
    const v11 = fromV11In(
      'phone',
      {
        organizationId: ORG,
        isVisibleForAll: false,
        serviceHours: [
          {
            serviceHourType: 'DaysOfTheWeek',
            isClosed: false,
            isAlwaysOpen: false,
            isReservation: false,
            additionalInformation: [{ language: 'fi', value: 'Aattona klo 12' }],
            openingHour: [{ dayFrom: 'Monday', from: '08:00', to: '16:00' }],
          },
        ],
        phoneNumbers: [
          {
            type: 'Phone',
            prefixNumber: '+358',
            number: '39130031',
            isFinnishServiceNumber: false,
            serviceChargeType: 'Chargeable',
            language: 'fi',
          },
        ],
      },
      ctx,
    );
    for (const k of [
      'channel.serviceHours',
      'channel.phones.fi',
      'channel.connectionScope',
      'channel.organization',
    ])
      expect(ch[k], k).toEqual(v11[k]);

    const con = fromV12Out(
      {
        serviceContentId: 'svc-1',
        channelContentId: 'ch-1',
        chargeType: 'Free',
        languageVersions: {},
        contactAddresses: {},
        serviceHours: { hours: [], holidayServiceHours: null },
        publishedAt: null,
      },
      ctx,
    );
    expect(con).toMatchObject({
      'connection[SRV-01:service>CH-PH-01:channel].exists': true,
      'connection[SRV-01:service>CH-PH-01:channel].chargeType': 'free',
    });
  });

  it('fromV12Request: the same keys without a status', () => {
    const req = fromV12Request({ ...v12Service, externalId: 'x' }, ctx);
    expect(req['service.summary.sv']).toBe('Du behöver bygglov.');
    expect(req['service.status']).toBeUndefined();
  });
});
