import { afterEach, describe, expect, it } from 'vitest';
import { aService } from '../../../fixtures/index.js';
import { fixtureFor, startSim, type TestSim } from '../../../test/support/sim.js';
import { SEEDED_GENERAL_DESCRIPTIONS } from './generalDescription.js';

type Obj = Record<string, unknown>;
let t: TestSim | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('GET /api/v11/GeneralDescription (seeded set)', () => {
  it('serves the seeded general descriptions by id, by guid list and as a guid page', async () => {
    t = await startSim();
    const gd = SEEDED_GENERAL_DESCRIPTIONS[0]!;
    const one = await t.call('GET', `/api/v11/GeneralDescription/${gd.id.toUpperCase()}`, undefined, null);
    expect(one.status).toBe(200);
    expect(one.json).toMatchObject({ id: gd.id, publishingStatus: 'Published', names: gd.names });
    expect((one.json as Obj).descriptions).toEqual(gd.descriptions);

    const unknown = '11111111-2222-3333-4444-555555555555';
    expect(await t.call('GET', `/api/v11/GeneralDescription/${unknown}`, undefined, null)).toMatchObject({
      status: 404,
    });
    expect((await t.call('GET', '/api/v11/GeneralDescription/nope', undefined, null)).status).toBe(400);

    const list = await t.call(
      'GET',
      `/api/v11/GeneralDescription/list?guids=${gd.id},${unknown}`,
      undefined,
      null,
    );
    expect((list.json as Obj[]).map((g) => g.id)).toEqual([gd.id]);
    expect((await t.call('GET', '/api/v11/GeneralDescription/list', undefined, null)).status).toBe(400);

    const page = (await t.call('GET', '/api/v11/GeneralDescription', undefined, null)).json as Obj;
    expect(page).toMatchObject({ pageNumber: 1, pageCount: 1 });
    expect((page.itemList as Obj[]).map((i) => i.id)).toEqual(SEEDED_GENERAL_DESCRIPTIONS.map((g) => g.id));
  });
});

describe('GET /api/v11/X/list/organization', () => {
  it('answers 404 for an unknown or unpublished organisation and pages the known one', async () => {
    t = await startSim();
    const org = t.sim.organizationId;
    const unknown = '11111111-2222-3333-4444-555555555555';
    expect(
      await t.call('GET', `/api/v11/Service/list/organization?organizationId=${unknown}`, undefined, null),
    ).toMatchObject({ status: 404, json: { errorMessage: `Organization with id '${unknown}' not found.` } });
    expect(
      (await t.call('GET', '/api/v11/ServiceChannel/list/organization?code=1234567-1', undefined, null))
        .status,
    ).toBe(404);
    expect(
      (await t.call('GET', '/api/v11/Service/list/organization?organizationId=bad', undefined, null)).status,
    ).toBe(400);

    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, `Listaus ${i}`)));
      ids.push((res.json as Obj).id as string);
    }
    const page1 = (
      await t.call('GET', `/api/v11/Service/list/organization?organizationId=${org}&page=1`, undefined, null)
    ).json as Obj;
    expect(page1).toMatchObject({ pageNumber: 1, pageSize: 100, pageCount: 1 });
    expect((page1.itemList as Obj[]).map((s) => s.id)).toEqual(ids);
    const past = (
      await t.call('GET', `/api/v11/Service/list/organization?organizationId=${org}&page=2`, undefined, null)
    ).json as Obj;
    expect(past).toMatchObject({ pageNumber: 2, pageCount: 1, itemList: null });
  });

  // ServiceValidator.cs:163-206 (ptv-release-3_4): RecordNotFound under GeneralDescriptionId.
  it('a service naming an unknown general description is refused; a seeded one is attached', async () => {
    t = await startSim();
    const org = t.sim.organizationId;
    const unknown = '11111111-2222-4333-8444-555555555555';
    const bad = await t.call('POST', '/api/v11/Service', {
      ...aService(fixtureFor(org, 'Tuntematon yleiskuvaus')),
      generalDescriptionId: unknown,
    });
    expect(bad).toMatchObject({
      status: 400,
      json: { GeneralDescriptionId: ['Record not found or user does not have rights for it!'] },
    });
    const gd = SEEDED_GENERAL_DESCRIPTIONS[0]!;
    const good = await t.call('POST', '/api/v11/Service', {
      ...aService(fixtureFor(org, 'Tunnettu yleiskuvaus')),
      generalDescriptionId: gd.id,
    });
    expect(good.status, good.text).toBe(200);
  });
});
