/** Request bodies PTV refuses before the rules (invalid JSON, empty body) and the ptv34 profile’s raw errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aService } from '../../fixtures/index.js';
import { fixtureFor, startSim, type TestSim } from '../../test/support/sim.js';

let t: TestSim;
let org: string;
beforeAll(async () => {
  t = await startSim();
  org = t.sim.organizationId;
});
afterAll(() => t.close());

describe('bodies and profiles', () => {
  it('invalid JSON → 400; empty body → RequestIsNull', async () => {
    const bad = await t.call('POST', '/api/v11/Service', '{"serviceNames": [');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json as object)).toEqual(['']);
    expect((await t.call('PUT', `/api/v11/Service/${org}`, '')).json).toEqual({
      RequestIsNull: ['The request must contain data.'],
    });
  });

  it('ptv34: duplicate sourceId on POST → 500 with the raw message', async () => {
    const p = await startSim({ profile: 'ptv34' });
    try {
      expect(
        (
          await p.call(
            'POST',
            '/api/v11/Service',
            aService(fixtureFor(p.sim.organizationId, 'Eka'), { sourceId: 'dup-1' }),
          )
        ).status,
      ).toBe(200);
      const r = await p.call(
        'POST',
        '/api/v11/Service',
        aService(fixtureFor(p.sim.organizationId, 'Toka'), { sourceId: 'dup-1' }),
      );
      expect(r).toMatchObject({
        status: 500,
        json: { errorMessage: "The external source 'dup-1' already exists. Please use update endpoint!" },
      });
    } finally {
      await p.close();
    }
  });
});
