/**
 * The reads that follow a service's general description, with the real client against the real simulator:
 * serviceWithGD (routes/serviceWithGd.ts, generalDescriptionMerge.ts), the classification lookups
 * (routes/classificationLookups.ts) and GeneralDescription/newGdList. Sources: ptv-release-3_4
 * ServiceService.cs:1667-1820 (the merge), V11ServiceController.cs:180-190, :269-279, :455-568,
 * ServiceBaseController.cs:198-271, V11GeneralDescriptionController.cs:153-162, NewGdsPagingHandler.cs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aService } from '../../../fixtures/index.js';
import { startSimClient, type Obj, type Page, type SimClient } from '../../../test/support/simClient.js';
import { SEEDED_GENERAL_DESCRIPTIONS } from './generalDescription.js';
import { PTV_REGEX } from '../../rules/patterns.js';

const CLASS = 'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/';
const GROUP = 'http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/';
const UNKNOWN = '0e0e0e0e-1111-4222-8333-444444444444';
const homeCare = SEEDED_GENERAL_DESCRIPTIONS[0]!; // P4.3; KR1, KR1.1

let t: SimClient;
let withGd: Obj;
let plain: Obj;

beforeAll(async () => {
  t = await startSimClient();
  withGd = await t.write('POST', '/Service', {
    ...aService(t.ctx('gd merge'), {
      serviceClasses: [`${CLASS}P1.1`],
      targetGroups: [`${GROUP}KR1.2`],
      areaType: 'LimitedType',
      areas: [{ type: 'Municipality', areaCodes: ['091'] }],
    }),
    generalDescriptionId: homeCare.id,
  });
  plain = await t.write(
    'POST',
    '/Service',
    aService(t.ctx('gd plain'), { serviceClasses: [`${CLASS}P4.1`], targetGroups: [`${GROUP}KR2.1`] }),
  );
});
afterAll(() => t.close());

const uris = (list: unknown) => (list as { uri: string }[]).map((i) => i.uri);
const ids = async (path: string) => {
  const r = await t.get(path);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return ((r.body as Page).itemList ?? []).map((i) => i.id);
};

describe('the general-description merge (ServiceService.cs:1667-1820)', () => {
  it('every read: the description classes and target groups added after the service own ones', async () => {
    const read = (await t.get(`/Service/${withGd.id}`)).body as Obj;
    expect(uris(read.serviceClasses)).toEqual([`${CLASS}P4.3`, `${CLASS}P1.1`]);
    expect(uris(read.targetGroups)).toEqual([`${GROUP}KR1.2`, `${GROUP}KR1`, `${GROUP}KR1.1`]);
    expect(read.subType).toBeNull();
    // Without a general description the read is the service alone.
    expect(uris(((await t.get(`/Service/${plain.id}`)).body as Obj).serviceClasses)).toEqual([
      `${CLASS}P4.1`,
    ]);
  });

  it('serviceWithGD/{id}: also subType and the descriptions with a GD_ prefix; plain services unchanged', async () => {
    const read = (await t.get(`/Service/${withGd.id}`)).body as Obj;
    const r = await t.get(`/Service/serviceWithGD/${withGd.id}`);
    expect(r.status).toBe(200);
    const merged = r.body as Obj;
    expect(merged.subType).toBe('Municipality');
    const gdDescriptions = homeCare.descriptions.map((d) => ({ ...d, type: `GD_${d.type}` }));
    expect(merged.serviceDescriptions).toEqual([
      ...(read.serviceDescriptions as unknown[]),
      ...gdDescriptions,
    ]);
    expect({ ...merged, subType: null, serviceDescriptions: read.serviceDescriptions }).toEqual(read);
    expect((await t.get(`/Service/serviceWithGD/${plain.id}`)).body).toEqual(
      (await t.get(`/Service/${plain.id}`)).body,
    );
  });

  it('serviceWithGD/{id}: 400 bad guid, 404 unknown; /list merges each and skips unknown ids', async () => {
    expect((await t.get('/Service/serviceWithGD/nope')).status).toBe(400);
    const missing = await t.get(`/Service/serviceWithGD/${UNKNOWN}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ errorMessage: `Service with id '${UNKNOWN}' not found.` });
    const list = await t.get(`/Service/serviceWithGD/list?guids=${withGd.id},${UNKNOWN},${plain.id}`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      (await t.get(`/Service/serviceWithGD/${withGd.id}`)).body,
      (await t.get(`/Service/serviceWithGD/${plain.id}`)).body,
    ]);
    expect((await t.get('/Service/serviceWithGD/list')).body).toEqual({
      guids: ['Property guids is required.'],
    });
  });

  it('serviceWithGD=true on list/organization and list/area', async () => {
    const merged = (await t.get(`/Service/serviceWithGD/${withGd.id}`)).body;
    for (const [path, gdQuery] of [
      [`/Service/list/organization?organizationId=${t.sim.organizationId}`, '&serviceWithGD=true'],
      ['/Service/list/area/Municipality/code/091', '?serviceWithGD=true'],
    ] as const) {
      const item = (p: Page) => p.itemList!.find((i) => i.id === withGd.id);
      expect(item((await t.get(`${path}${gdQuery}`)).body as Page), path).toEqual(merged);
      expect(item((await t.get(path)).body as Page)?.subType, path).toBeNull();
    }
  });
});

describe('GET /Service/type/{type} (ServicesByTypePagingHandler.cs:53-81)', () => {
  it('also finds services attached to a general description of the type', async () => {
    const permit = SEEDED_GENERAL_DESCRIPTIONS[1]!; // PermitOrObligation
    const s = await t.write('POST', '/Service', {
      ...aService(t.ctx('gd type'), { type: 'Service' }),
      generalDescriptionId: permit.id,
    });
    expect(await ids('/Service/type/PermitOrObligation')).toContain(s.id);
    expect(await ids('/Service/type/Service')).toContain(s.id);
  });
});

describe('services by classification (ServiceBaseController.cs:198-271)', () => {
  it('a service class finds services with it or its parent, directly or through the general description', async () => {
    expect(await ids(`/Service/serviceClass?uri=${encodeURIComponent(`${CLASS}P4.3`)}`)).toContain(withGd.id);
    const p41 = await ids(`/Service/serviceClass?uri=${CLASS}P4.1`);
    expect(p41).toContain(plain.id);
    expect(p41).not.toContain(withGd.id);
    // A main class is not its children's parent the other way round.
    const p4 = await ids(`/Service/serviceClass?uri=${CLASS}P4`);
    expect(p4).not.toContain(plain.id);
    expect(p4).not.toContain(withGd.id);
  });

  it('a target group: directly or through the general description', async () => {
    const kr11 = await ids(`/Service/targetGroup?uri=${GROUP}KR1.1`);
    expect(kr11).toContain(withGd.id);
    expect(kr11).not.toContain(plain.id);
    expect(await ids(`/Service/targetGroup?uri=${GROUP}KR2.1`)).toEqual([plain.id]);
  });

  it('400 on a malformed uri (a missing one only where the route filter requires it), 404 on an unknown one', async () => {
    const cases: [string, number, unknown][] = [
      [
        '/Service/serviceClass?uri=http://x',
        400,
        { uri: [`The field uri must match the regular expression '${PTV_REGEX.serviceClass}'.`] },
      ],
      [
        '/Service/targetGroup?uri=http://x',
        400,
        { uri: [`The field uri must match the regular expression '${PTV_REGEX.targetGroup}'.`] },
      ],
      [
        '/Service/industrialClass',
        400,
        { uri: [`The field uri must match the regular expression '${PTV_REGEX.industrialClass}'.`] },
      ],
      ['/Service/serviceClass', 400, { errorMessage: 'Query string parameter uri is mandatory.' }],
      ['/Service/targetGroup?uri=', 400, { errorMessage: 'Query string parameter uri is mandatory.' }],
      [
        `/Service/serviceClass?uri=${CLASS}P99`,
        404,
        { errorMessage: `Service class with uri '${CLASS}P99' not found.` },
      ],
      [
        `/Service/targetGroup?uri=${GROUP}KR3.9`,
        404,
        { errorMessage: `Target group with uri '${GROUP}KR3.9' not found.` },
      ],
      [`/Service/targetGroup?uri=${GROUP}KR1&date=x`, 400, { date: ['The date parameter is invalid.'] }],
    ];
    for (const [path, status, body] of cases) {
      const r = await t.get(path);
      expect(r.status, path).toBe(status);
      expect(r.body, path).toEqual(body);
    }
  });

  it('guid page of 1000 with dates; page 0 or below an empty page', async () => {
    const path = `/Service/targetGroup?uri=${GROUP}KR2.1`;
    expect((await t.get(path)).body).toMatchObject({ pageNumber: 1, pageSize: 1000, pageCount: 1 });
    expect(await ids(`${path}&dateBefore=2000-01-01T00:00:00`)).toEqual([]);
    expect((await t.get(`${path}&page=-2`)).body).toEqual({
      pageNumber: -2,
      pageSize: 1000,
      pageCount: 0,
      itemList: null,
    });
  });
});

describe('GET /GeneralDescription/newGdList (NewGdsPagingHandler.cs:46-59)', () => {
  it('the general descriptions added in the last month by the simulator clock', async () => {
    const late = await startSimClient({ clock: () => new Date('2026-02-20T00:00:00Z') });
    try {
      const p = (await late.get('/GeneralDescription/newGdList')).body as Page;
      expect(p).toMatchObject({ pageNumber: 1, pageSize: 1000, pageCount: 1 });
      expect(p.itemList).toEqual([{ id: SEEDED_GENERAL_DESCRIPTIONS[1]!.id, name: 'Rakennuslupa' }]);
      expect((await late.get('/GeneralDescription/newGdList?page=-1')).body).toMatchObject({
        pageCount: 0,
        itemList: null,
      });
      expect((await late.get('/GeneralDescription/newGdList?page=x')).status).toBe(400);
    } finally {
      await late.close();
    }
    // Months later nothing is new.
    expect((await t.get('/GeneralDescription/newGdList')).body).toMatchObject({
      pageCount: 0,
      itemList: null,
    });
  });
});

describe('general-description writes (V11GeneralDescriptionController.cs:180-182, :211-213)', () => {
  it('[ClaimRoleRequirement(Eeva)]: an API user (Pete) gets a bare 403', async () => {
    const body = {
      names: [{ type: 'Name', language: 'fi', value: 'Pohjakuvaus' }],
      publishingStatus: 'Draft',
    };
    const post = await t.client.post('/api/v11/GeneralDescription', body);
    expect(post.status).toBe(403);
    expect(post.text).toBe('');
    expect((await t.client.put(`/api/v11/GeneralDescription/${homeCare.id}`, body)).status).toBe(403);
  });
});
