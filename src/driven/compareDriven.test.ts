import { describe, expect, it } from 'vitest';
import { compareDriven, compareDrivenConnection } from './compareDriven.js';

const body = {
  sourceId: 'x',
  serviceNames: [{ type: 'Name', language: 'fi', value: 'Pysäköinti (ptvr r1)' }],
  serviceDescriptions: [
    { type: 'Summary', language: 'fi', value: 'Lyhyesti.' },
    { type: 'Description', language: 'fi', value: 'Pitkästi.' },
  ],
  keywords: [{ language: 'fi', value: 'auto' }],
  serviceChargeType: 'Chargeable',
};

describe('compareDriven: PTV against the body, under the material names', () => {
  it('equal fields pass; one field per material name, descriptions split by type', () => {
    const r = compareDriven('service', body, { ...body });
    expect(r.findings).toEqual([]);
    expect(r.fields.map((f) => f.path)).toEqual([
      'names (serviceNames)',
      'summaries (serviceDescriptions/Summary)',
      'descriptions (serviceDescriptions/Description)',
      'keywords (keywords)',
      'chargeType (serviceChargeType)',
    ]);
  });

  it('a difference is an error finding named by the material field', () => {
    const read = {
      ...body,
      serviceDescriptions: [
        body.serviceDescriptions[0],
        { type: 'Description', language: 'fi', value: 'Muuta.' },
      ],
    };
    const r = compareDriven('service', body, read);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      path: 'descriptions',
      severity: 'error',
      rule: 'readback.mismatch',
    });
    expect(r.fields.find((f) => f.path.startsWith('summaries'))!.ok).toBe(true);
  });

  it('a field the adapter declares not mapped is an info finding, never compared', () => {
    const r = compareDriven('service', body, { ...body, keywords: null }, ['keywords', 'phones[].x']);
    expect(r.findings).toEqual([
      expect.objectContaining({ path: 'keywords', rule: 'driven.notMapped', severity: 'info' }),
    ]);
    expect(r.fields.map((f) => f.path)).not.toContain('keywords (keywords)');
  });

  it('connection information: a missing item and a changed charge type are findings', () => {
    const sent = { serviceId: 's', serviceChannelId: 'c', serviceChargeType: 'Chargeable' };
    expect(compareDrivenConnection(sent, undefined, 'phone').findings[0]!.message).toMatch(
      /not in the read-back/,
    );
    const r = compareDrivenConnection(sent, { serviceChargeType: 'FreeOfCharge' }, 'phone');
    expect(r.findings[0]).toMatchObject({ path: 'chargeType', severity: 'error' });
    expect(
      compareDrivenConnection(sent, { serviceChargeType: 'FreeOfCharge' }, 'phone', ['chargeType']).findings,
    ).toEqual([expect.objectContaining({ rule: 'driven.notMapped' })]);
  });
});
