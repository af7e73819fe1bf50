/**
 * The V11 lookup reads (routes/lookups.ts) against the real simulator: lists by guids, organisation
 * page / business code / OID, channels by type, services by channel, with PTV 3.4's 400 / 404 / empty
 * answers (each case names the source it follows).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganization, aPhoneChannel, aService, aWebPageChannel } from '../../fixtures/index.js';
import { fixtureFor, startSim, type TestSim } from '../../test/support/sim.js';

type Obj = Record<string, unknown> & { id: string };
type Page = { pageNumber: number; pageSize: number; pageCount: number; itemList: Obj[] | null };
const UNKNOWN = '0e0e0e0e-1111-4222-8333-444444444444';
const GUID_ERR = 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).';

let t: TestSim;
let org: string;
beforeAll(async () => {
  t = await startSim();
  org = t.sim.organizationId;
});
afterAll(() => t.close());

const write = async (method: 'POST' | 'PUT', path: string, body: unknown) => {
  const r = await t.call(method, `/api/v11${path}`, body);
  expect(r.status, r.text).toBe(200);
  return r.json as Obj;
};
/** Anonymous GET (every route here is [AllowAnonymous]). */
const anon = (path: string) => t.call('GET', `/api/v11${path}`, undefined, null);

describe('GET /X/list?guids= (ServiceBaseController.cs:149-176 and siblings)', () => {
  it('published items of the ids given, unknown and draft ids skipped, duplicates once', async () => {
    const a = await write('POST', '/Service', aService(fixtureFor(org, 'Lista A')));
    const b = await write('POST', '/Service', aService(fixtureFor(org, 'Lista B')));
    const draft = await write(
      'POST',
      '/Service',
      aService(fixtureFor(org, 'Lista luonnos'), { publishingStatus: 'Draft' }),
    );
    const r = await anon(`/Service/list?guids=${a.id}, ${b.id.toUpperCase()},${draft.id},${UNKNOWN},${a.id}`);
    expect(r.status, r.text).toBe(200);
    const items = r.json as Obj[];
    expect(items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    expect(items.find((i) => i.id === a.id)).toEqual((await anon(`/Service/${a.id}`)).json);
  });

  it('none found is 200 [] (live 2026: services 404 "Services not found."); a missing or bad guid is 400 under "guids"', async () => {
    for (const base of ['/Service', '/ServiceChannel', '/Organization']) {
      const none = await anon(`${base}/list?guids=${UNKNOWN}`);
      // in-api-v11 §9 [LIVE ptv-mcp, 2026-09]; the ptv34 profile keeps 3.4's 200 [] (test/fidelity corpus).
      if (base === '/Service') {
        expect(none.status, base).toBe(404);
        expect(none.json).toEqual({ errorMessage: 'Services not found.' });
      } else {
        expect(none.status, base).toBe(200);
        expect(none.json).toEqual([]);
      }
      const missing = await anon(`${base}/list`);
      expect(missing.status).toBe(400);
      expect(missing.json).toEqual({ guids: ['Property guids is required.'] });
      const bad = await anon(`${base}/list?guids=${UNKNOWN},nope`);
      expect(bad.status).toBe(400);
      expect(bad.json).toEqual({ guids: [GUID_ERR] });
    }
  });

  it('channels and organisations: each list returns only its own kind', async () => {
    const phone = await write(
      'POST',
      '/ServiceChannel/Phone',
      aPhoneChannel(fixtureFor(org, 'Listapuhelin')),
    );
    const chans = (await anon(`/ServiceChannel/list?guids=${phone.id},${org}`)).json as Obj[];
    expect(chans.map((c) => c.id)).toEqual([phone.id]);
    const orgs = (await anon(`/Organization/list?guids=${phone.id},${org}`)).json as Obj[];
    expect(orgs.map((o) => o.id)).toEqual([org]);
    expect(orgs[0]).toEqual((await anon(`/Organization/${org}`)).json);
  });
});

describe('organisation lookups (V11OrganizationController.cs)', () => {
  it('GET /Organization: guid page of published organisations; bad status or page is 400', async () => {
    const page = (await anon('/Organization')).json as Page;
    expect(page).toMatchObject({ pageNumber: 1, pageSize: 1000, pageCount: 1 });
    expect(page.itemList).toContainEqual({ id: org, name: 'Simulaattorin kunta' });
    const empty = (await anon('/Organization?dateBefore=2000-01-01T00:00:00')).json as Page;
    expect(empty).toMatchObject({ pageCount: 0, itemList: null });
    const status = await anon('/Organization?status=Draft');
    expect(status.status).toBe(400);
    expect(status.json).toEqual({ status: ['The status is invalid.'] });
    const neg = await anon('/Organization?page=-1');
    expect(neg.status).toBe(400);
    expect(neg.json).toEqual({ page: ['The page number cannot be negative value.'] });
  });

  it('GET /Organization/businesscode/{code}: every published organisation with it, 404 when none', async () => {
    const sub = await write('POST', '/Organization', anOrganization(fixtureFor(org, 'Y-tunnus')));
    await write('PUT', `/Organization/${sub.id}`, {
      publishingStatus: 'Published',
      businessCode: '0201256-6',
    });
    const r = await anon('/Organization/businesscode/0201256-6');
    expect(r.status, r.text).toBe(200);
    expect((r.json as Obj[]).map((o) => o.id).sort()).toEqual([org, sub.id].sort());
    const none = await anon('/Organization/businesscode/1234567-1');
    expect(none.status).toBe(404);
    expect(none.json).toEqual({ errorMessage: "Organizations with code '1234567-1' not found." });
  });

  it('GET /Organization/oid/{oid}: the one organisation, 404 when none', async () => {
    const oid = '1.2.246.10.2012566.10.7';
    const sub = await write('POST', '/Organization', {
      ...anOrganization(fixtureFor(org, 'Oidillinen')),
      oid,
    });
    const r = await anon(`/Organization/oid/${oid}`);
    expect(r.status, r.text).toBe(200);
    expect((r.json as Obj).id).toBe(sub.id);
    const none = await anon('/Organization/oid/1.2.3');
    expect(none.status).toBe(404);
    expect(none.json).toEqual({ errorMessage: "Organization with OID '1.2.3' not found." });
  });
});

describe('channels by type and services by channel', () => {
  it('GET /ServiceChannel/type/{type}: published channels of that type only; unknown type is a 400', async () => {
    const phone = await write(
      'POST',
      '/ServiceChannel/Phone',
      aPhoneChannel(fixtureFor(org, 'Tyyppipuhelin')),
    );
    const web = await write(
      'POST',
      '/ServiceChannel/WebPage',
      aWebPageChannel(fixtureFor(org, 'Tyyppisivu')),
    );
    const draft = await write(
      'POST',
      '/ServiceChannel/Phone',
      aPhoneChannel(fixtureFor(org, 'Tyyppiluonnos'), { publishingStatus: 'Draft' }),
    );
    const r = await anon('/ServiceChannel/type/Phone');
    expect(r.status, r.text).toBe(200);
    const ids = (r.json as Page).itemList!.map((i) => i.id);
    expect(ids).toContain(phone.id);
    expect(ids).not.toContain(web.id);
    expect(ids).not.toContain(draft.id);
    const enumErr = {
      type: [
        "The field is invalid. Please use one of these: 'EChannel, WebPage, PrintableForm, Phone, ServiceLocation'.",
      ],
    };
    for (const bad of ['Fax', 'webpage']) {
      const r400 = await anon(`/ServiceChannel/type/${bad}`);
      expect(r400.status, bad).toBe(400);
      expect(r400.json).toEqual(enumErr);
    }
    expect((await anon('/ServiceChannel/type/Phone?date=eilen')).status).toBe(400);
  });

  it('GET /ServiceChannel/organization/{id}[/type/{type}]: published channels of a published organisation', async () => {
    const phone = await write('POST', '/ServiceChannel/Phone', aPhoneChannel(fixtureFor(org, 'Orgpuhelin')));
    const web = await write('POST', '/ServiceChannel/WebPage', aWebPageChannel(fixtureFor(org, 'Orgsivu')));
    const all = ((await anon(`/ServiceChannel/organization/${org.toUpperCase()}`)).json as Page).itemList!;
    expect(all.map((i) => i.id)).toEqual(expect.arrayContaining([phone.id, web.id]));
    const phones = (await anon(`/ServiceChannel/organization/${org}/type/Phone`)).json as Page;
    expect(phones.itemList!.map((i) => i.id)).toContain(phone.id);
    expect(phones.itemList!.map((i) => i.id)).not.toContain(web.id);
    const unknown = await anon(`/ServiceChannel/organization/${UNKNOWN}`);
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ errorMessage: `Organization with id '${UNKNOWN}' not found.` });
    const bad = await anon('/ServiceChannel/organization/x1');
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ organizationId: [GUID_ERR] });
    expect((await anon(`/ServiceChannel/organization/${org}/type/Fax`)).status).toBe(400);
  });

  it('GET /Service/type/{type}: published services of the type; unknown type 400 with the open API values', async () => {
    const permit = await write(
      'POST',
      '/Service',
      aService(fixtureFor(org, 'Lupa'), { type: 'PermitOrObligation' }),
    );
    const plain = await write('POST', '/Service', aService(fixtureFor(org, 'Tavallinen')));
    const ids = ((await anon('/Service/type/PermitOrObligation')).json as Page).itemList!.map((i) => i.id);
    expect(ids).toContain(permit.id);
    expect(ids).not.toContain(plain.id);
    const bad = await anon('/Service/type/Permit');
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      type: [
        "The field is invalid. Please use one of these: 'Service, PermitOrObligation, ProfessionalQualification'.",
      ],
    });
  });

  it('GET /Service/serviceChannel/{id}: published services connected to it; 404 unknown, 400 bad guid', async () => {
    const s = await write('POST', '/Service', aService(fixtureFor(org, 'Kanavan palvelu')));
    const other = await write('POST', '/Service', aService(fixtureFor(org, 'Kytkemätön palvelu')));
    const phone = await write(
      'POST',
      '/ServiceChannel/Phone',
      aPhoneChannel(fixtureFor(org, 'Kanavapuhelin')),
    );
    const lone = await write('POST', '/ServiceChannel/Phone', aPhoneChannel(fixtureFor(org, 'Yksinäinen')));
    await write('POST', '/Connection', [{ serviceId: s.id, serviceChannelId: phone.id }]);

    const page = (await anon(`/Service/serviceChannel/${phone.id}`)).json as Page;
    expect(page).toMatchObject({ pageNumber: 1, pageSize: 1000, pageCount: 1 });
    expect(page.itemList!.map((i) => i.id)).toEqual([s.id]);
    expect(page.itemList!.map((i) => i.id)).not.toContain(other.id);
    expect((await anon(`/Service/serviceChannel/${lone.id}`)).json).toMatchObject({
      pageCount: 0,
      itemList: null,
    });
    const unknown = await anon(`/Service/serviceChannel/${UNKNOWN}`);
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ errorMessage: `Service channel with id '${UNKNOWN}' not found.` });
    const bad = await anon('/Service/serviceChannel/123');
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ serviceChannelId: [GUID_ERR] });
  });
});

describe('GET /ServiceCollection (V11ServiceCollectionController.cs:102-113)', () => {
  it('guid page of published collections; archived=true lists the archived ones instead', async () => {
    const collection = (name: string) => ({
      organizationId: org,
      serviceCollectionNames: [{ language: 'fi', value: name }],
      serviceCollectionDescriptions: [{ type: 'Description', language: 'fi', value: `${name}: kuvaus` }],
      publishingStatus: 'Published',
    });
    const kept = await write('POST', '/ServiceCollection', collection('Pysyvä kokoelma'));
    const gone = await write('POST', '/ServiceCollection', collection('Arkistoitu kokoelma'));
    await write('PUT', `/ServiceCollection/${gone.id}`, { publishingStatus: 'Deleted' });
    const page = (await anon('/ServiceCollection')).json as Page;
    expect(page).toMatchObject({ pageNumber: 1, pageSize: 1000 });
    expect(page.itemList).toContainEqual({ id: kept.id, name: 'Pysyvä kokoelma' });
    expect(page.itemList!.map((i) => i.id)).not.toContain(gone.id);
    const archived = (await anon('/ServiceCollection?archived=true')).json as Page;
    expect(archived.itemList!.map((i) => i.id)).toEqual([gone.id]);
    expect((await anon('/ServiceCollection?date=nyt')).status).toBe(400);
  });
});

describe('GET /ServiceCollection/organization (ServiceCollectionBaseController.cs:130-151)', () => {
  it('published collections of the organisation as items (no sourceId), published members only', async () => {
    const member = await write('POST', '/Service', aService(fixtureFor(org, 'Kokoelman jäsen')));
    const gone = await write('POST', '/Service', aService(fixtureFor(org, 'Kokoelmasta poistuva')));
    const c = await write('POST', '/ServiceCollection', {
      organizationId: org,
      serviceCollectionNames: [{ language: 'fi', value: 'Organisaation kokoelma' }],
      serviceCollectionDescriptions: [{ type: 'Description', language: 'fi', value: 'Kuvaus' }],
      services: [member.id, gone.id],
      publishingStatus: 'Published',
      sourceId: 'org-coll-1',
    });
    expect((c.services as Obj[]).length).toBe(2);
    await write('PUT', `/Service/${gone.id}`, { publishingStatus: 'Deleted' });
    for (const query of [`organizationId=${org}`, 'code=0201256-6']) {
      const r = await anon(`/ServiceCollection/organization?${query}`);
      expect(r.status, r.text).toBe(200);
      const page = r.json as Page;
      expect(page).toMatchObject({ pageNumber: 1, pageSize: 100, pageCount: 1 });
      const item = page.itemList!.find((i) => i.id === c.id)!;
      expect(Object.keys(item).sort()).toEqual(
        [
          'id',
          'serviceCollectionNames',
          'serviceCollectionDescriptions',
          'services',
          'serviceChannels',
        ].sort(),
      );
      expect((item.services as Obj[]).map((s) => s.id)).toEqual([member.id]);
    }
  });

  it("400 without or with both parameters and for a malformed code; 404 for an organisation that isn't there", async () => {
    const cases: [string, number, unknown][] = [
      [
        '',
        400,
        {
          organizationId: [
            "One of the organization related parameters 'organizationId', 'code' or 'oid' has to be set.",
          ],
        },
      ],
      [
        `?organizationId=${org}&code=0201256-6`,
        400,
        {
          organizationId: [
            "Only one of the organization related parameters 'organizationId', 'code' or 'oid' can be set at a time.",
          ],
        },
      ],
      [
        '?code=123',
        400,
        { code: ["The field code must match the regular expression '^[0-9]{7}-[0-9]{1}$'."] },
      ],
      ['?code=1234567-1', 404, { errorMessage: "Organization with business code '1234567-1' not found." }],
      [`?organizationId=${UNKNOWN}`, 404, { errorMessage: `Organization with id '${UNKNOWN}' not found.` }],
      [`?organizationId=${org}&page=-1`, 400, { page: ['The page number cannot be negative value.'] }],
    ];
    for (const [query, status, body] of cases) {
      const r = await anon(`/ServiceCollection/organization${query}`);
      expect(r.status, query).toBe(status);
      expect(r.json, query).toEqual(body);
    }
  });
});
