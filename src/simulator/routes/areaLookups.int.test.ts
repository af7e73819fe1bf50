/**
 * The V11 reads by area (routes/areaLookups.ts) with the real client against the real simulator:
 * the route filters' 400s, the controllers' 404s, which entities each area matches and the paging, each
 * case citing the ptv-release-3_4 source it follows (C = src/PTV.Application.OpenApi/Controllers,
 * U = src/PTV.Database.DataAccess/Utils/OpenApi).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganization, aPhoneChannel, aService } from '../../../fixtures/index.js';
import { startSimClient, type Obj, type Page, type SimClient } from '../../../test/support/simClient.js';

let t: SimClient;
let org: string;
const ids: Record<string, string> = {};

const LIMITED = (type: string, code: string) => ({
  areaType: 'LimitedType',
  areas: [{ type, areaCodes: [code] }],
});

beforeAll(async () => {
  t = await startSimClient();
  org = t.sim.organizationId;
  const service = async (key: string, over: Record<string, unknown>) => {
    ids[key] = (await t.write('POST', '/Service', aService(t.ctx(`area ${key}`), over))).id;
  };
  await service('helsinki', LIMITED('Municipality', '091'));
  await service('uusimaa', LIMITED('Region', '01'));
  await service('nationwide', { areaType: 'Nationwide', areas: [] });
  await service('exceptAland', { areaType: 'NationwideExceptAlandIslands', areas: [] });
  await service('espoo', LIMITED('Municipality', '049'));
  await service('draft', { ...LIMITED('Municipality', '091'), publishingStatus: 'Draft' });
  ids.phone = (
    await t.write(
      'POST',
      '/ServiceChannel/Phone',
      aPhoneChannel(t.ctx('area phone'), LIMITED('Municipality', '091')),
    )
  ).id;
  ids.regionOrg = (
    await t.write(
      'POST',
      '/Organization',
      anOrganization(t.ctx('area org'), { areaType: 'LimitedType', subAreaType: 'Region', areas: ['01'] }),
    )
  ).id;
});
afterAll(() => t.close());

const page = async (path: string) => {
  const r = await t.get(path);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as Page;
};
const idsOf = async (path: string) => ((await page(path)).itemList ?? []).map((i) => i.id).sort();
const named = (...keys: string[]) => keys.map((k) => ids[k]!).sort();

describe('route filters and controller checks (C/V11ServiceController.cs:482-496, C/ServiceBaseController.cs:315-336)', () => {
  it('[ValidateEnum("area", AreaTypeEnum)]: case-sensitive, 400 under "area" listing the enum names', async () => {
    const message = [
      "The field is invalid. Please use one of these: 'Municipality, Province, BusinessRegions, HospitalRegions'.",
    ];
    for (const base of ['/Service', '/ServiceChannel', '/Organization']) {
      for (const path of [`${base}/area/Region/code/01`, `${base}/list/area/municipality/code/091`]) {
        const r = await t.get(path);
        expect(r.status, path).toBe(400);
        expect(r.body, path).toEqual({ area: message });
      }
    }
    // The area filter runs first: a bad area and a bad code answer only the area.
    expect((await t.get('/Service/area/Foo/code/x')).body).toEqual({ area: message });
  });

  it('[ValidateRegEx("code", ValidationConsts.AreaCode)]: 400 under "code"', async () => {
    for (const code of ['abc', '1234567']) {
      const r = await t.get(`/ServiceChannel/area/Municipality/code/${code}`);
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ code: ["The field code must match the regular expression '^[0-9]{1,6}$'."] });
    }
  });

  it('404 for an unknown municipality or area (CodeService.cs:67-80, :180-192), worded per kind', async () => {
    const cases: [string, string][] = [
      ['/Service/area/Municipality/code/999', "Municipality with code '999' not found."],
      ['/Organization/list/area/Municipality/code/999', "Municipality with code '999' not found."],
      ['/ServiceChannel/area/Province/code/99', "Area Province with code '99' not found."],
      ['/Service/list/area/HospitalRegions/code/77', "Area HospitalRegions with code '77' not found."],
      // EnumDataTypeAttribute parses a number, so "1" passes the filter and then names no area type.
      ['/Service/area/1/code/01', "Area 1 with code '01' not found."],
    ];
    for (const [path, errorMessage] of cases) {
      const r = await t.get(path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).toEqual({ errorMessage });
    }
  });
});

describe('which entities an area matches (U/PagingHandlerBase.cs:109-290)', () => {
  it('a municipality: its own municipality areas and areas that contain it; published only', async () => {
    // Helsinki (091) is in Uusimaa (Province 01) in PTV's area data.
    expect(await idsOf('/Service/area/Municipality/code/091')).toEqual(named('helsinki', 'uusimaa'));
    expect(await idsOf('/Service/area/Municipality/code/049')).toEqual(named('espoo', 'uusimaa'));
    expect(await idsOf('/Service/area/Municipality/code/837')).toEqual([]);
  });

  it('includeWholeCountry adds Nationwide, and NationwideExceptAlandIslands outside Åland', async () => {
    expect(await idsOf('/Service/area/Municipality/code/091?includeWholeCountry=true')).toEqual(
      named('helsinki', 'uusimaa', 'nationwide', 'exceptAland'),
    );
    // Mariehamn (478) is in Åland: only the whole-country services.
    expect(await idsOf('/Service/area/Municipality/code/478?includeWholeCountry=true')).toEqual(
      named('nationwide'),
    );
    expect(await idsOf('/Service/area/Municipality/code/478')).toEqual([]);
  });

  it('an area: entities attached to that very area (a municipality inside it does not count)', async () => {
    expect(await idsOf('/Service/area/Province/code/01')).toEqual(named('uusimaa'));
    expect(await idsOf('/Service/area/Province/code/01?includeWholeCountry=true')).toEqual(
      named('uusimaa', 'nationwide', 'exceptAland'),
    );
    // Province 20 is Åland in PTV's area data (the Åland check, :292-300).
    expect(await idsOf('/Service/area/Province/code/20?includeWholeCountry=true')).toEqual(
      named('nationwide'),
    );
    expect(await idsOf('/Service/area/HospitalRegions/code/25')).toEqual([]);
  });

  it('channels by their areas (C/ServiceChannelBaseController.cs:296-316)', async () => {
    expect(await idsOf('/ServiceChannel/area/Municipality/code/091')).toEqual(named('phone'));
    expect(await idsOf('/ServiceChannel/area/Municipality/code/049')).toEqual([]);
  });

  it('organisations: a Municipality organisation by its municipality, others by their areas; items name the parent', async () => {
    const helsinki = (await page('/Organization/area/Municipality/code/091')).itemList!;
    expect(helsinki.map((i) => i.id).sort()).toEqual([org, ids.regionOrg].sort());
    expect(helsinki.find((i) => i.id === ids.regionOrg)).toMatchObject({ parentOrganizationId: org });
    expect(helsinki.find((i) => i.id === org)).toMatchObject({ parentOrganizationId: null });
    expect(await idsOf('/Organization/area/Province/code/01')).toEqual(named('regionOrg'));
    expect(await idsOf('/Organization/area/Municipality/code/049')).toEqual(named('regionOrg'));
  });
});

describe('paging and dates (U/EntitiesWithAllDataPagingHandler.cs:42-83, U/EntityPagingHandlerBase.cs:105)', () => {
  it('guid pages: 1000 a page, the date window applies, a bad date is 400', async () => {
    const p = await page('/Service/area/Municipality/code/091');
    expect(p).toMatchObject({ pageNumber: 1, pageSize: 1000, pageCount: 1 });
    expect(p.itemList!.find((i) => i.id === ids.helsinki)).toEqual({
      id: ids.helsinki,
      name: expect.any(String),
    });
    expect(await idsOf('/Service/area/Municipality/code/091?dateBefore=2000-01-01T00:00:00')).toEqual([]);
    const bad = await t.get('/Service/area/Municipality/code/091?date=2026-01-01');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ date: ['The date parameter is invalid.'] });
  });

  it('list/area: 100 full published objects a page, the same objects GET /{id} gives', async () => {
    const p = await page('/Service/list/area/Municipality/code/091');
    expect(p).toMatchObject({ pageNumber: 1, pageSize: 100, pageCount: 1 });
    const items = p.itemList!;
    expect(items.map((i) => i.id).sort()).toEqual(named('helsinki', 'uusimaa'));
    const one = await t.get(`/Service/${ids.helsinki}`);
    expect(items.find((i) => i.id === ids.helsinki)).toEqual(one.body as Obj);
    const orgs = (await page('/Organization/list/area/Province/code/01')).itemList!;
    expect(orgs.map((o) => o.id)).toEqual([ids.regionOrg]);
  });

  it('page 0 or below is an empty page, not a 400; past the end itemList is null', async () => {
    for (const path of [
      '/Service/area/Municipality/code/091',
      '/ServiceChannel/list/area/Municipality/code/091',
    ]) {
      const size = path.includes('/list/') ? 100 : 1000;
      expect(await page(`${path}?page=-1`)).toEqual({
        pageNumber: -1,
        pageSize: size,
        pageCount: 0,
        itemList: null,
      });
      expect(await page(`${path}?page=0`)).toEqual({
        pageNumber: 0,
        pageSize: size,
        pageCount: 0,
        itemList: null,
      });
      expect(await page(`${path}?page=2`)).toEqual({
        pageNumber: 2,
        pageSize: size,
        pageCount: 1,
        itemList: null,
      });
    }
  });
});
