/** Organisation OIDs are unique across every organisation and version (ptv-release-3_4 OidValidator.cs:80-97). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganization } from '../../fixtures/index.js';
import { fixtureFor, startSim, type TestSim } from '../../test/support/sim.js';
import { okCalls } from '../../test/support/okCalls.js';

let t: TestSim;
let org: string;
beforeAll(async () => {
  t = await startSim();
  org = t.sim.organizationId;
});
afterAll(() => t.close());

const { post, put } = okCalls(() => t);
const OID = '1.2.246.10.1234567.10.1';
const taken = { Oid: [`Organization with same Oid '${OID}' already exists!`] };

describe('duplicate OID', () => {
  it('POST and PUT of another organisation with a used OID → 400 under Oid; its own PUT is fine', async () => {
    const first = await post('/Organization', {
      ...anOrganization(fixtureFor(org, 'Oid-omistaja')),
      oid: OID,
    });
    const again = await t.call('POST', '/api/v11/Organization', {
      ...anOrganization(fixtureFor(org, 'Oid-kopio')),
      oid: OID,
    });
    expect(again).toMatchObject({ status: 400, json: taken });
    const other = await post('/Organization', anOrganization(fixtureFor(org, 'Oid-toinen')));
    const steal = await t.call('PUT', `/api/v11/Organization/${other.id}`, {
      oid: OID,
      publishingStatus: 'Published',
    });
    expect(steal).toMatchObject({ status: 400, json: taken });
    // The owner may send its own OID again (IsOidUniqueForOrganization excludes its root id).
    await put(`/Organization/${first.id}`, { oid: OID, publishingStatus: 'Published' });
  });

  it('an archived organisation still holds its OID (every version is searched)', async () => {
    const oid = '1.2.246.10.7654321.10.1';
    const o = await post('/Organization', { ...anOrganization(fixtureFor(org, 'Oid-arkisto')), oid });
    await put(`/Organization/${o.id}`, { publishingStatus: 'Deleted' });
    const r = await t.call('POST', '/api/v11/Organization', {
      ...anOrganization(fixtureFor(org, 'Oid-uusi')),
      oid,
    });
    expect(r.status).toBe(400);
  });
});
