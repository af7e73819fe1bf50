import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aService, anOrganization, type FixtureContext } from '../../fixtures/index.js';
import { createPtvClient, type PtvClient } from '../client/index.js';
import { startSim, type TestSim } from '../../test/support/sim.js';
import { readCatalogue } from './readCatalogue.js';

let t: TestSim;
let client: PtvClient;
let subId: string;
let subServiceId: string;

beforeAll(async () => {
  t = await startSim();
  const ctx: FixtureContext = {
    runId: 'content-sub',
    seed: 3,
    referenceDate: '2026-11-26T00:00:00.000Z',
    organizationId: t.sim.organizationId,
    caseId: 'CONTENT',
  };
  const org = await t.call(
    'POST',
    '/api/v11/Organization',
    anOrganization(ctx, { parentOrganizationId: t.sim.organizationId }),
  );
  expect(org.status, org.text).toBe(200);
  subId = (org.json as { id: string }).id;
  const svc = await t.call(
    'POST',
    '/api/v11/Service',
    aService(
      { ...ctx, organizationId: subId },
      {
        mainResponsibleOrganization: subId,
        serviceProducers: [{ provisionType: 'SelfProducedServices', organizations: [subId] }],
      },
    ),
  );
  expect(svc.status, svc.text).toBe(200);
  subServiceId = (svc.json as { id: string }).id;
  client = createPtvClient({
    apiUrl: t.sim.apiUrl,
    tokenUrl: t.sim.tokenUrl,
    authShape: 'cte',
    credentials: t.sim.credentials,
    runId: 'content-sub',
  });
});

afterAll(async () => {
  await client?.close();
  await t?.close();
});

describe('readCatalogue and sub-organisations', () => {
  it('reads only the organisation itself by default', async () => {
    const cat = await readCatalogue(client, { organizationId: t.sim.organizationId });
    expect(cat.subOrganizations).toEqual([]);
    expect(cat.services.map((s) => s.id)).not.toContain(subServiceId);
  });

  it('with subOrganizations, follows the tree and reads the sub-organisation and its services', async () => {
    const cat = await readCatalogue(client, { organizationId: t.sim.organizationId, subOrganizations: true });
    expect(cat.subOrganizations?.map((o) => o.id)).toEqual([subId]);
    expect(cat.services.map((s) => s.id)).toContain(subServiceId);
  });
});
