import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aConnection,
  aPhoneChannel,
  aPrintableFormChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  anOrganization,
  type FixtureContext,
} from '../../../fixtures/index.js';
import { packageRoot } from '../../core/toolVersion.js';
import { toV12Request, v12KindOf } from './toV12Request.js';
import type { V12Kind } from './v12Kinds.js';
import { validateV12 } from './validateV12.js';

const ctx = (seed: number): FixtureContext => ({
  runId: '20261126T101500Z-a1b2',
  seed,
  referenceDate: '2026-11-26T00:00:00.000Z',
  organizationId: '8d4f1a52-3c1b-4a7e-9e0a-2b5f3c6d7e8f',
  caseId: 'SRV-01',
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a v11 body, mutated freely
const example = (): any =>
  JSON.parse(readFileSync(join(packageRoot(), 'fixtures', 'examples', 'service.json'), 'utf8'));

describe('toV12Request (service)', () => {
  it('every seeded service builder output translates to a valid PostServiceRequest (40 seeds)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const t = toV12Request('service', aService(ctx(seed)));
      expect(validateV12(t.body, { kind: 'service', op: 'post' }).findings, `seed ${seed}`).toEqual([]);
    }
  });

  it('carries names, texts, requirements and classes over; drops publishing status and sourceId', () => {
    const t = toV12Request('service', example());
    expect(t.body.serviceType).toBe('Service');
    expect(t.body.serviceClasses).toEqual(['P27.1']);
    expect(t.body.chargeType).toBe('Free');
    expect((t.body.languageVersions as Record<string, Record<string, unknown>>).sv).toMatchObject({
      name: 'Simhallens allmänna turer',
      conditions: 'Man ska tvätta sig före simningen.',
      freelyAssignedKeywords: ['simning'],
    });
    expect(t.dropped.map((d) => d.path)).toEqual(['/publishingStatus', '/sourceId']);
    expect(t.dropped.every((d) => d.rule === 'v12.dropped' && d.severity === 'warning')).toBe(true);
    // With --external-id the sourceId becomes the externalId.
    const ext = toV12Request('service', example(), { externalId: true });
    expect(ext.body.externalId).toBe('esimerkki-palvelu-1');
    expect(validateV12(ext.body, { kind: 'service', op: 'post', externalId: true }).findings).toEqual([]);
  });

  it('one finding per field v12 cannot carry, with the reason', () => {
    const s = example();
    s.serviceDescriptions.push({ value: 'Tyyppi', type: 'ServiceType', language: 'fi' });
    s.serviceDescriptions.push({ value: '2 viikkoa', type: 'ProcessingTime', language: 'fi' });
    s.areas.push({ type: 'HospitalDistrict', areaCodes: ['25'] });
    s.validFrom = '2027-01-01T00:00:00';
    s.serviceChargeType = 'Other';
    const t = toV12Request('service', s);
    expect(t.dropped.map((d) => [d.path, d.message])).toEqual([
      ['/publishingStatus', expect.stringContaining('no publishing status')],
      ['/validFrom', expect.stringContaining('no such field')],
      ['/serviceDescriptions/9', expect.stringContaining("type 'ServiceType'")],
      [
        '/serviceDescriptions/10',
        expect.stringContaining('only for permits and professional qualifications'),
      ],
      ['/areas/1', expect.stringContaining('HospitalDistrict')],
      ['/serviceChargeType', expect.stringContaining('Free or Charged')],
      ['/sourceId', expect.stringContaining('--external-id')],
    ]);
  });

  it('a permit keeps its processing time in processingTimeAdditionalInformation', () => {
    const s = example();
    s.type = 'PermitOrObligation';
    s.serviceDescriptions.push({ value: '2 viikkoa', type: 'ProcessingTime', language: 'fi' });
    const t = toV12Request('service', s);
    expect(t.body.serviceType).toBe('PermitOrOtherObligation');
    const fi = (t.body.languageVersions as Record<string, Record<string, unknown>>).fi!;
    expect(fi.processingTimeAdditionalInformation).toBe('2 viikkoa');
    expect(validateV12(t.body, { kind: 'service', op: 'post' }).findings).toEqual([]);
  });

  it('an unknown kind or a non-object body is PTVR_USAGE, never a silent half translation', () => {
    expect(() => toV12Request('phone', {})).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
    expect(() => toV12Request('service', [])).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
  });
});

const SERVICE_ID = '7d2c9b44-1e0f-4a8b-9c61-5e3a2f1b0d02';
const CHANNEL_ID = 'e7c5b4a6-0f1b-4c9d-8e65-4a3b2f1e0c07';
const BUILDERS: readonly [V12Kind, (c: FixtureContext) => object][] = [
  ['service', (c) => aService(c)],
  ['eservice-channel', (c) => anEChannel(c)],
  ['telephone-channel', (c) => aPhoneChannel(c)],
  ['webpage-channel', (c) => aWebPageChannel(c)],
  ['printableform-channel', (c) => aPrintableFormChannel(c)],
  ['servicelocation-channel', (c) => aServiceLocation(c)],
  ['sub-organization', (c) => anOrganization(c)],
  [
    'connection',
    (c) =>
      aConnection(c, { serviceId: SERVICE_ID, serviceChannelId: CHANNEL_ID, channelType: 'ServiceLocation' }),
  ],
];

describe('toV12Request (every kind the suites write)', () => {
  it.each(BUILDERS)(
    'every seeded %s builder output validates as its POST and PUT request (40 seeds)',
    (kind, build) => {
      for (let seed = 1; seed <= 40; seed++) {
        const t = toV12Request(kind, build(ctx(seed)));
        expect(t.kind).toBe(kind);
        for (const op of kind === 'connection' ? (['post'] as const) : (['post', 'put'] as const)) {
          expect(validateV12(t.body, { kind, op }).findings, `${kind} ${op} seed ${seed}`).toEqual([]);
        }
        expect(
          t.dropped.every((d) => d.severity === 'warning'),
          kind,
        ).toBe(true);
        const keys = t.dropped.map((d) => `${d.rule} ${d.path}`);
        expect(new Set(keys).size, `${kind}: one finding per field`).toBe(keys.length);
      }
    },
  );

  it('channels: what v12 cannot carry is named once per field (hours, WCAG, sourceId)', () => {
    const t = toV12Request('eservice-channel', anEChannel(ctx(1)));
    const paths = t.dropped.filter((d) => d.rule === 'v12.dropped').map((d) => d.path);
    expect(paths).toContain('/serviceHours');
    expect(paths).toContain('/sourceId');
    expect(paths).toContain('/publishingStatus');
    expect(paths).toContain('/accessibilityClassification/0/wcagLevel');
    expect(new Set(paths).size, 'one finding per field').toBe(paths.length);
    // No v11 channel area: v12 requires one, so the default is said out loud.
    expect(t.dropped.find((d) => d.rule === 'v12.defaulted')?.path).toBe('/area');
    expect(t.body.electronicIdentification).toBe('Required');
    expect(t.body.allowedConnectionType).toBe('OwnOrganizations');
  });

  it('a telephone channel keeps its phones as InternationalPhone and drops SMS numbers', () => {
    const ch = aPhoneChannel(ctx(2));
    ch.phoneNumbers.push({ type: 'Sms', prefixNumber: '+358', number: '401234567', language: 'fi' });
    const t = toV12Request('telephone-channel', ch);
    const fi = (
      t.body.languageVersions as Record<string, { phoneNumbers: { type: string; dialCode: string }[] }>
    ).fi!;
    expect(fi.phoneNumbers).toEqual([
      expect.objectContaining({ type: 'InternationalPhone', dialCode: '+358' }),
    ]);
    expect(t.dropped.map((d) => d.path)).toContain(`/phoneNumbers/${ch.phoneNumbers.length - 1}`);
  });

  it('organisations: a municipality names its one municipality; sub vs main by the parent', () => {
    const org = { ...anOrganization(ctx(3)), organizationType: 'Municipality', municipality: '091' };
    const sub = toV12Request('sub-organization', org);
    expect(sub.body.area).toEqual({ areaType: 'LimitedArea', municipalities: ['091'] });
    expect(sub.body.parentOrganizationContentId).toBe(org.parentOrganizationId);
    expect(validateV12(sub.body, { kind: 'sub-organization', op: 'post' }).findings).toEqual([]);
    const { parentOrganizationId: _p, ...main } = org;
    expect(v12KindOf('organization', main)).toBe('main-organization');
    expect(v12KindOf('organization', org)).toBe('sub-organization');
    expect(
      validateV12(toV12Request('main-organization', main).body, { kind: 'main-organization', op: 'put' })
        .findings,
    ).toEqual([]);
  });

  it('a connection carries the pair only: every extra-info field is dropped', () => {
    const c = aConnection(ctx(4), {
      serviceId: SERVICE_ID,
      serviceChannelId: CHANNEL_ID,
      channelType: 'ServiceLocation',
    });
    const t = toV12Request('connection', c);
    expect(t.body).toEqual({ serviceContentId: SERVICE_ID, channelContentId: CHANNEL_ID });
    const extra = Object.keys(c).filter((k) => k !== 'serviceId' && k !== 'serviceChannelId');
    expect(extra.length).toBeGreaterThan(0);
    expect(t.dropped.map((d) => d.path)).toEqual(extra.map((k) => `/${k}`));
  });
});
