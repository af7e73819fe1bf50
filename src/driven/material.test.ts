import { describe, expect, it } from 'vitest';
import { materialOf } from './material.js';
import { ptvBodyFor, recordTag, UPDATE_NOTE, type BodyContext } from './ptvBodies.js';
import { scenarioSteps } from './scenarioSteps.js';

const ctx: BodyContext = {
  runId: '20261127T183000Z-sim-ab12',
  seed: 7,
  referenceDate: '2026-11-27T00:00:00Z',
  organizationId: '5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c01',
  ptvIds: { service: 'svc-id', servicelocation: 'loc-id', phone: 'phone-id' },
};
const step = (key: string) => scenarioSteps().find((s) => s.key === key)!;

describe('material: the neutral projection of the v11 IN body', () => {
  it('a service: texts by language, class codes from their URIs, the area, every name with the marker', () => {
    const body = ptvBodyFor(step('T2.create'), ctx);
    const m = materialOf('service', body);
    expect(Object.keys(m.names as object).sort()).toEqual(['en', 'fi', 'sv']);
    for (const name of Object.values(m.names as Record<string, string>)) expect(name).toContain(ctx.runId);
    expect((m.serviceClasses as string[]).every((c) => /^P\d+(\.\d+)?$/.test(c))).toBe(true);
    expect(m.area).toEqual({ type: 'Municipality', codes: [expect.stringMatching(/^\d{3}$/)] });
    expect(m.chargeType).toBe(body.serviceChargeType);
    expect(typeof (m.userInstructions as Record<string, string>).fi).toBe('string');
  });

  it('an update is the full new state: the same names, descriptions with the update note', () => {
    const created = materialOf('channel/phone', ptvBodyFor(step('T3.create.phone'), ctx));
    const updated = materialOf('channel/phone', ptvBodyFor(step('T3.update.phone'), ctx));
    expect(updated.names).toEqual(created.names);
    expect((updated.descriptions as Record<string, string>).fi).toBe(
      `${(created.descriptions as Record<string, string>).fi} ${UPDATE_NOTE.fi}`,
    );
    expect(updated.phones).toEqual(created.phones);
    expect((updated.hours as { openingHours: unknown[] }[])[0]!.openingHours.length).toBeGreaterThan(0);
  });

  it('web pages are URLs by language, not link texts', () => {
    const m = materialOf('organization', ptvBodyFor(step('T1.create'), ctx));
    for (const url of Object.values(m.webPages as Record<string, string>)) expect(url).toMatch(/^https:\/\//);
  });

  it("connections: only the service location's carries additional information", () => {
    expect(ptvBodyFor(step('T4.connect.phone'), ctx)).toEqual({
      serviceId: 'svc-id',
      serviceChannelId: 'phone-id',
    });
    expect(materialOf('connection', ptvBodyFor(step('T4.connect.phone'), ctx))).toEqual({});
    const m = materialOf('connection', ptvBodyFor(step('T4.update.servicelocation'), ctx));
    expect(m.chargeType).toBe('Chargeable');
    expect((m.descriptions as Record<string, string>).en).toContain(UPDATE_NOTE.en);
    expect(Object.keys(m)).toEqual(expect.arrayContaining(['hours', 'emails', 'phones', 'webPages']));
  });

  it('the same seed and run id give the same bodies (a resume sends what the first run sent)', () => {
    expect(ptvBodyFor(step('T2.create'), ctx)).toEqual(ptvBodyFor(step('T2.create'), { ...ctx }));
    expect(recordTag(ctx, 'service')).toBe(`(ptvr ${ctx.runId} DRVservice.1)`);
  });
});
