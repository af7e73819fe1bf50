/** Organisation areas: IN bare area codes read back in the OUT shape. */
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

const { post, get } = okCalls(() => t);

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
