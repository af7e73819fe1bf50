/** Organisation areas: IN bare area codes read back in the OUT shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganization } from '../../fixtures/index.js';
import { fixtureFor, startSim, type TestSim } from '../../test/support/sim.js';

type Obj = Record<string, unknown> & { id: string };

let t: TestSim;
let org: string;
beforeAll(async () => {
  t = await startSim();
  org = t.sim.organizationId;
});
afterAll(() => t.close());

const post = async (path: string, body: unknown) => {
  const r = await t.call('POST', `/api/v11${path}`, body);
  expect(r.status, r.text).toBe(200);
  return r.json as Obj;
};
const get = async (path: string) => {
  const r = await t.call('GET', `/api/v11${path}`);
  expect(r.status, r.text).toBe(200);
  return r.json as Obj;
};

describe('organisation areas', () => {
  it('bare area codes (IN, §4.1) read back as OUT area objects (§10)', async () => {
    const o = await post(
      '/Organization',
      anOrganization(fixtureFor(org, 'Alueellinen yhtymä'), {
        areaType: 'LimitedType',
        subAreaType: 'Municipality',
        areas: ['091', '049'],
      }),
    );
    const expected = [
      { type: 'Municipality', code: '091', name: [], municipalities: [] },
      { type: 'Municipality', code: '049', name: [], municipalities: [] },
    ];
    expect(o.areas).toEqual(expected);
    const read = await get(`/Organization/${o.id}`);
    expect(read.areaType).toBe('LimitedType');
    expect(read.areas).toEqual(expected);
  });
});
