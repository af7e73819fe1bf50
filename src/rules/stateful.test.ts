/* eslint-disable @typescript-eslint/no-explicit-any -- payload mutation */
import { describe, expect, it } from 'vitest';
import { toPtvErrorBody, validatePayload, type StateLookup } from './index.js';
import { example } from '../../test/support/examples.js';

const ORG = '5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c01';
const OTHER_ORG = '11111111-2222-3333-4444-555555555555';
const SVC = '7d2c9b44-1e0f-4a8b-9c61-5e3a2f1b0d02';
const LOC = 'e7c5b4a6-0f1b-4c9d-8e65-4a3b2f1e0c07';
const ECH = 'a3e1f0c2-6b7d-4e59-8a21-0c9d8b7a6e03';

/** A small in-memory StateLookup: the interface the simulator implements. */
function lookup(
  over: Partial<{ orgLangs: string[]; orgArea: string; takenName: string; services: string[] }> = {},
): StateLookup {
  const services = over.services ?? [SVC];
  return {
    organization: (id) =>
      id.toLowerCase() === ORG
        ? {
            id: ORG,
            publishedLanguages: over.orgLangs ?? ['fi', 'sv', 'en'],
            areaType: over.orgArea ?? 'Nationwide',
          }
        : undefined,
    isOwnOrganization: (id) => id.toLowerCase() === ORG,
    nameTaken: ({ value }) => value === over.takenName,
    publishedService: (id) =>
      services.includes(id) ? { id, organizationId: ORG, languages: ['fi'] } : undefined,
    publishedChannel: (id) =>
      id === LOC || id === ECH
        ? {
            id,
            organizationId: ORG,
            channelType: 'ServiceLocation',
            isVisibleForAll: false,
            languages: ['fi'],
          }
        : undefined,
  };
}

const run = (kind: any, body: unknown, l: StateLookup) =>
  validatePayload(body, { kind, op: 'post', lookup: l, now: new Date('2026-06-01T00:00:00Z') });

// OidValidator.cs:80-97 + CoreMessages.cs:82 (ptv-release-3_4); a data-validator error.
describe('uniqueOid', () => {
  it('refuses an OID another organisation holds, excludes the PUT target, and is not checked without oidTaken', () => {
    const b = example('organization');
    b.oid = '1.2.246.10.1234567.10.1';
    const holder = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    const l: StateLookup = { ...lookup(), oidTaken: (_oid, exclude) => exclude !== holder };
    const body = toPtvErrorBody(run('organization', b, l).findings);
    expect(body.Oid).toEqual(["Organization with same Oid '1.2.246.10.1234567.10.1' already exists!"]);
    const own = validatePayload(
      { oid: b.oid, publishingStatus: 'Published' },
      {
        kind: 'organization',
        op: 'put',
        lookup: l,
        current: { id: holder, publishingStatus: 'Published', languages: ['fi'] },
      },
    );
    expect(own.findings.filter((f) => f.rule === 'uniqueOid')).toEqual([]);
    expect(run('organization', b, lookup()).notChecked).toContain('uniqueOid');
  });
});

// ServiceValidator.cs:163-206 (ptv-release-3_4): RecordNotFound under GeneralDescriptionId.
describe('generalDescriptionExists', () => {
  it('refuses an unknown general description id, and is not checked without the lookup', () => {
    const GD = '6a1b2c3d-0001-4e5f-8a9b-0c1d2e3f4a5b';
    const l: StateLookup = { ...lookup(), generalDescriptionExists: (id) => id === GD };
    const key = (id: string) => {
      const b = example('service');
      b.generalDescriptionId = id;
      return toPtvErrorBody(run('service', b, l).findings).GeneralDescriptionId;
    };
    expect(key('11111111-2222-4333-8444-555555555555')).toEqual([
      'Record not found or user does not have rights for it!',
    ]);
    expect(key(GD)).toBeUndefined();
    const b = example('service');
    b.generalDescriptionId = GD;
    expect(run('service', b, lookup()).notChecked).toContain('generalDescriptionExists');
  });
});

describe('stateful rules through StateLookup', () => {
  it('accepts the examples with a matching state and lists nothing as not checked', () => {
    for (const kind of [
      'service',
      'echannel',
      'servicelocation',
      'servicecollection',
      'connections',
    ] as const) {
      const r = run(kind, example(kind), lookup());
      expect(
        r.findings.filter((f) => f.severity === 'error'),
        kind,
      ).toEqual([]);
      expect(
        r.notChecked.filter((n) => n !== 'ontologyTermsExist'),
        kind,
      ).toEqual([]);
    }
  });

  it('unique names', () => {
    const r = run('service', example('service'), lookup({ takenName: 'Uimahallin yleisövuorot' }));
    expect(toPtvErrorBody(r.findings).ServiceNames).toEqual([
      "Value 'Uimahallin yleisövuorot' of language code 'fi' already exists within organization. The name must be unique.",
    ]);
  });

  it('organisation language versions for publishing', () => {
    const r = run('echannel', example('echannel'), lookup({ orgLangs: ['fi', 'en'] }));
    expect(toPtvErrorBody(r.findings).OrganizationId).toEqual([
      "Organisation language version 'sv' missing! Organisation must be described in the same language as the item.",
    ]);
  });

  it('unknown or foreign organisation', () => {
    const b = example('echannel');
    b.organizationId = OTHER_ORG;
    expect(toPtvErrorBody(run('echannel', b, lookup()).findings).OrganizationId).toEqual([
      'Record not found or user does not have rights for it!',
    ]);
    // OwnOrganizationValidator.cs:91 / OrganizationService.cs:1418 (ptv-release-3_4): a published
    // organisation that is not the caller's gets the service's exception text instead.
    const l = lookup();
    const foreign: StateLookup = {
      ...l,
      organization: (id) => l.organization(id === OTHER_ORG ? ORG : id) && { ...l.organization(ORG)!, id },
    };
    expect(toPtvErrorBody(run('echannel', b, foreign).findings).OrganizationId).toEqual([
      'User has no rights to update or create this entity!',
    ]);
  });

  it('service area not wider than the organisation', () => {
    const b = example('service');
    b.areaType = 'Nationwide';
    delete b.areas;
    expect(run('service', b, lookup({ orgArea: 'Nationwide' })).valid).toBe(true);
    expect(toPtvErrorBody(run('service', b, lookup({ orgArea: 'LimitedType' })).findings).Areas).toEqual([
      'Area information type Nationwide is too wide.',
    ]);
  });

  it('collections and channels reference published services', () => {
    expect(
      toPtvErrorBody(
        run('servicecollection', example('servicecollection'), lookup({ services: [] })).findings,
      ).Services,
    ).toEqual([`Some of the services were not found: '${SVC}'`]);
  });

  it('connections need published, usable services and channels', () => {
    const b = example('connections');
    b[1].serviceChannelId = OTHER_ORG;
    const body = toPtvErrorBody(run('connections', b, lookup()).findings);
    expect(body['[1].ServiceChannelId']).toEqual(['Record not found or user does not have rights for it!']);
  });
});

describe('more structural rules', () => {
  it('≤ 1 street name per language inside an address', () => {
    const b = example('servicelocation');
    b.addresses[0].streetAddress.street.push({ value: 'Toinen katu', language: 'fi' });
    expect(
      toPtvErrorBody(validatePayload(b, { kind: 'servicelocation', op: 'post' }).findings)[
        'Addresses[0].StreetAddress.Street'
      ],
    ).toEqual(['Localized duplicates are not allowed!']);
  });

  // ListRequiredToMatchDisplayNameTypes.cs:67-130: with names sent the attribute judges the sent names only,
  // keyed by the names list, first missing pair only; an organisation PUT without names is not checked.
  it('display name pairs against sent names: the attribute, keyed by the names list, one message', () => {
    const body = {
      publishingStatus: 'Published',
      serviceChannelNames: [{ type: 'Name', language: 'fi', value: 'Uimahalli' }],
      displayNameType: [
        { type: 'AlternativeName', language: 'fi' },
        { type: 'AlternativeName', language: 'sv' },
      ],
    };
    const current = {
      id: LOC,
      publishingStatus: 'Published' as const,
      languages: ['fi'],
      names: [{ type: 'AlternativeName', language: 'fi' }],
    };
    const r = validatePayload(body, { kind: 'servicelocation', op: 'put', current });
    expect(toPtvErrorBody(r.findings)).toEqual({
      ServiceChannelNames: [
        'All language/type pairs defined in DisplayNameType must be specified. Missing: fi/AlternativeName',
      ],
    });
    const org = validatePayload(
      { publishingStatus: 'Published', displayNameType: [{ type: 'AlternativeName', language: 'fi' }] },
      { kind: 'organization', op: 'put', current },
    );
    expect(org.findings.filter((f) => f.rule === 'displayNameType')).toEqual([]);
  });

  it('service-location PUT: display name pair must exist in current or new names', () => {
    const body = {
      publishingStatus: 'Published',
      displayNameType: [{ type: 'AlternativeName', language: 'fi' }],
    };
    const current = {
      id: LOC,
      publishingStatus: 'Published' as const,
      languages: ['fi'],
      names: [{ type: 'Name', language: 'fi' }],
    };
    const bad = validatePayload(body, { kind: 'servicelocation', op: 'put', current });
    expect(toPtvErrorBody(bad.findings).DisplayNameType).toEqual([
      "The field is invalid. Location channel is missing name with type 'AlternativeName' and language 'fi'.",
    ]);
    const ok = validatePayload(body, {
      kind: 'servicelocation',
      op: 'put',
      current: { ...current, names: [...current.names, { type: 'AlternativeName', language: 'fi' }] },
    });
    expect(ok.findings).toEqual([]);
  });
});
