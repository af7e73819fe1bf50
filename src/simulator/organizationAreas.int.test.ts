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

const { post, put, get } = okCalls(() => t);
const HELSINKI_FI = { value: 'Helsinki', language: 'fi' };

describe('organisation areas', () => {
  // OpenApiOrganizationTranslator.cs:75-95 @ ptv-release-3_4: area municipalities are read back as ONE area.
  it('bare municipality codes (IN, §4.1) read back as one Municipality area listing them (§10)', async () => {
    const o = await post(
      '/Organization',
      anOrganization(fixtureFor(org, 'Alueellinen yhtymä'), {
        areaType: 'LimitedType',
        subAreaType: 'Municipality',
        areas: ['091', '049'],
      }),
    );
    const expected = [
      {
        type: 'Municipality',
        code: null,
        name: null,
        municipalities: [
          { code: '091', name: [HELSINKI_FI, { value: 'Helsingfors', language: 'sv' }] },
          {
            code: '049',
            name: [
              { value: 'Espoo', language: 'fi' },
              { value: 'Esbo', language: 'sv' },
            ],
          },
        ],
      },
    ];
    expect(o.areas).toEqual(expected);
    const read = await get(`/Organization/${o.id}`);
    expect(read.areaType).toBe('LimitedType');
    expect(read.areas).toEqual(expected);
  });

  // ptv-release-3_4 OpenApiOrganizationInTranslator.cs:104-113 and OpenApiOrganizationBaseTranslator.cs:80-101.
  it('a PUT to Municipality removes region areas and stores areaType Nationwide', async () => {
    const o = await post(
      '/Organization',
      anOrganization(fixtureFor(org, 'Maakunnallinen yhtymä'), {
        areaType: 'LimitedType',
        subAreaType: 'Region',
        areas: ['01'],
      }),
    );
    expect(o.areas).toHaveLength(1);
    await put(`/Organization/${o.id}`, {
      organizationType: 'Municipality',
      municipality: '091',
      publishingStatus: 'Published',
    });
    const read = await get(`/Organization/${o.id}`);
    expect(read.areas).toEqual([]);
    expect(read.areaType).toBe('Nationwide');
    expect(read.municipality).toMatchObject({ code: '091', name: expect.arrayContaining([HELSINKI_FI]) });
  });

  // OrganizationInTranslator :104-113 keeps OrganizationAreaMunicipalities; only other sub-area types go.
  it('a PUT to Municipality keeps areas of sub-area type Municipality', async () => {
    const o = await post(
      '/Organization',
      anOrganization(fixtureFor(org, 'Seudullinen yhtymä'), {
        areaType: 'LimitedType',
        subAreaType: 'Municipality',
        areas: ['091', '049'],
      }),
    );
    await put(`/Organization/${o.id}`, {
      organizationType: 'Municipality',
      municipality: '091',
      publishingStatus: 'Published',
    });
    const read = await get(`/Organization/${o.id}`);
    const areas = read.areas as { type: string; municipalities: { code: string }[] }[];
    expect(areas.map((a) => [a.type, a.municipalities.map((m) => m.code)])).toEqual([
      ['Municipality', ['091', '049']],
    ]);
  });

  // OrganizationService.cs:1502-1505: another organizationType drops the municipality.
  it('a PUT from Municipality to Organization removes the municipality', async () => {
    const { areaType: _a, ...rest } = anOrganization(fixtureFor(org, 'Kunnan liikelaitos'));
    const o = await post('/Organization', { ...rest, organizationType: 'Municipality', municipality: '049' });
    expect(o.areaType).toBe('Nationwide');
    expect(o.municipality).toMatchObject({ code: '049' });
    await put(`/Organization/${o.id}`, {
      organizationType: 'Organization',
      areaType: 'Nationwide',
      publishingStatus: 'Published',
    });
    const read = await get(`/Organization/${o.id}`);
    expect(read.municipality).toBeNull();
    expect(read.organizationType).toBe('Organization');
  });

  it('a PUT with a municipality but no organizationType is refused as PTV does (type null)', async () => {
    const o = await post('/Organization', anOrganization(fixtureFor(org, 'Tyypitön päivitys')));
    const r = await t.call('PUT', `/api/v11/Organization/${o.id}`, {
      municipality: '091',
      publishingStatus: 'Published',
    });
    expect(r.status).toBe(400);
    // OrganizationValidator.cs:118: the null type prints as nothing.
    expect(r.json).toEqual({ Municipality: ['No Municipality accepted when OrganizationType has value .'] });
  });
});
