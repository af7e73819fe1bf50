/**
 * The organisation parameters of the organisation-scoped V11 reads (routes/organizationIds.ts) with the
 * real client against the real simulator: CheckAndGetOrganizationIds
 * (ptv-release-3_4 src/PTV.Application.OpenApi/Controllers/EntityWithOrganizationBaseController.cs:84-152)
 * behind `GET /ServiceChannel` and `GET /Service|ServiceChannel/list/organization`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganization, aPhoneChannel, aService } from '../../../fixtures/index.js';
import { startSimClient, type Page, type SimClient } from '../../../test/support/simClient.js';

const UNKNOWN = '0e0e0e0e-1111-4222-8333-444444444444';
const OID = '1.2.246.10.2012566.10.1';
const SEEDED_CODE = '0201256-6';

let t: SimClient;
let org: string;
let sub: string;
let phone: string;
let subService: string;

beforeAll(async () => {
  t = await startSimClient();
  org = t.sim.organizationId;
  await t.write('PUT', `/Organization/${org}`, { oid: OID, publishingStatus: 'Published' });
  phone = (await t.write('POST', '/ServiceChannel/Phone', aPhoneChannel(t.ctx('orgparam phone')))).id;
  // A sub-organisation sharing the seeded business code, with a service of its own.
  sub = (
    await t.write(
      'POST',
      '/Organization',
      anOrganization(t.ctx('orgparam sub'), { businessCode: SEEDED_CODE }),
    )
  ).id;
  subService = (
    await t.write('POST', '/Service', aService({ ...t.ctx('orgparam sub service'), organizationId: sub }))
  ).id;
});
afterAll(() => t.close());

const expectAnswer = async (path: string, status: number, body: unknown) => {
  const r = await t.get(path);
  expect(r.status, path).toBe(status);
  expect(r.body, path).toEqual(body);
};

describe('GET /ServiceChannel (C/ServiceChannelBaseController.cs:94-117): parameters optional, checked when given', () => {
  it('organizationId, code or oid narrow the page to those organisations', async () => {
    for (const q of [`organizationId=${org}`, `code=${SEEDED_CODE}`, `oid=${OID}`]) {
      const p = (await t.get(`/ServiceChannel?${q}`)).body as Page;
      expect(
        p.itemList?.map((i) => i.id),
        q,
      ).toContain(phone);
    }
    const none = (await t.get(`/ServiceChannel?organizationId=${sub}`)).body as Page;
    expect(none).toMatchObject({ pageCount: 0, itemList: null });
  });

  it("the source's 400s and 404s", async () => {
    await expectAnswer(`/ServiceChannel?organizationId=${UNKNOWN}`, 404, {
      errorMessage: `Organization with id '${UNKNOWN}' not found.`,
    });
    await expectAnswer('/ServiceChannel?code=123', 400, {
      code: ["The field code must match the regular expression '^[0-9]{7}-[0-9]{1}$'."],
    });
    await expectAnswer('/ServiceChannel?code=1234567-1', 404, {
      errorMessage: "Organization with business code '1234567-1' not found.",
    });
    await expectAnswer('/ServiceChannel?oid=1_2', 400, {
      oid: ["The field oid must match the regular expression '^[A-Za-z0-9.-]*$'."],
    });
    await expectAnswer('/ServiceChannel?oid=1.2.3', 404, {
      errorMessage: "Organization with oid '1.2.3' not found.",
    });
    // Two at once: keyed by organizationId when it is one of them, else by code (:94-99).
    const twice = [
      "Only one of the organization related parameters 'organizationId', 'code' or 'oid' can be set at a time.",
    ];
    await expectAnswer(`/ServiceChannel?organizationId=${org}&oid=${OID}`, 400, { organizationId: twice });
    await expectAnswer(`/ServiceChannel?code=${SEEDED_CODE}&oid=${OID}`, 400, { code: twice });
    // The dates answer before the organisation is looked up (:96-107).
    await expectAnswer(`/ServiceChannel?organizationId=${UNKNOWN}&date=x`, 400, {
      date: ['The date parameter is invalid.'],
    });
  });
});

describe('GET /X/list/organization (C/ServiceBaseController.cs:140-161, C/ServiceChannelBaseController.cs:193-214)', () => {
  it('a business code several organisations share lists all of their services', async () => {
    const p = (await t.get(`/Service/list/organization?code=${SEEDED_CODE}`)).body as Page;
    expect(p.itemList?.map((i) => i.id)).toContain(subService);
    const own = (await t.get(`/Service/list/organization?organizationId=${org}`)).body as Page;
    expect(own.itemList?.map((i) => i.id) ?? []).not.toContain(subService);
    const byOid = (await t.get(`/ServiceChannel/list/organization?oid=${OID}`)).body as Page;
    expect(byOid.itemList?.map((i) => i.id)).toContain(phone);
  });

  it('the page is checked before the organisation; oid format and absence as on GET /ServiceChannel', async () => {
    await expectAnswer(`/Service/list/organization?organizationId=${UNKNOWN}&page=-1`, 400, {
      page: ['The page number cannot be negative value.'],
    });
    await expectAnswer('/ServiceChannel/list/organization?oid=a%20b', 400, {
      oid: ["The field oid must match the regular expression '^[A-Za-z0-9.-]*$'."],
    });
    await expectAnswer('/Service/list/organization?oid=9.9', 404, {
      errorMessage: "Organization with oid '9.9' not found.",
    });
  });
});

describe('GET /Organization/businesscode/{code} and /oid/{oid} (C/V11OrganizationController.cs:269-310)', () => {
  it('[ValidateRegEx("code", BusinessCode)]: a malformed code is 400, not 404', async () => {
    await expectAnswer('/Organization/businesscode/abc', 400, {
      code: ["The field code must match the regular expression '^[0-9]{7}-[0-9]{1}$'."],
    });
    // The same filter on /Organization/oid/{oid} (C/V11OrganizationController.cs:301).
    await expectAnswer('/Organization/oid/bad_oid', 400, {
      oid: ["The field oid must match the regular expression '^[A-Za-z0-9.-]*$'."],
    });
    const both = (await t.get(`/Organization/businesscode/${SEEDED_CODE}`)).body as { id: string }[];
    expect(both.map((o) => o.id).sort()).toEqual([org, sub].sort());
  });
});

describe('GET /Common/EntitiesByOrganization/{id} (V11CommonController.cs:91-112)', () => {
  it('404 unless the organisation is published; else its published services and channels', async () => {
    await expectAnswer(`/Common/EntitiesByOrganization/${UNKNOWN}`, 404, {
      errorMessage: `Organization with id '${UNKNOWN}' not found.`,
    });
    const draft = await t.write(
      'POST',
      '/Organization',
      anOrganization(t.ctx('orgparam draft'), { publishingStatus: 'Draft' }),
    );
    await expectAnswer(`/Common/EntitiesByOrganization/${draft.id}`, 404, {
      errorMessage: `Organization with id '${draft.id}' not found.`,
    });
    const own = (await t.get(`/Common/EntitiesByOrganization/${org.toUpperCase()}`)).body as Page;
    expect(own.itemList?.map((i) => i.id)).toContain(phone);
  });
});
