import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aService, type FixtureContext } from '../../../fixtures/index.js';
import { packageRoot } from '../../core/toolVersion.js';
import { toV12Request } from './toV12Request.js';
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

  it('other kinds are not translated yet: PTVR_USAGE, never a silent half translation', () => {
    expect(() => toV12Request('phone', {})).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
  });
});
