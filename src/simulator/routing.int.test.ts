import { afterEach, describe, expect, it } from 'vitest';
import { aPhoneChannel, aService } from '../../fixtures/index.js';
import {
  FI_ONLY,
  fixtureFor,
  startSim,
  type Call,
  type TestSim,
  SERVICE_CLASS,
  TARGET_GROUP,
  ONTOLOGY_TERM,
} from '../../test/support/sim.js';

let t: TestSim | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});
type Obj = Record<string, unknown> & { id: string };

describe('routing', () => {
  it('unknown routes 404 empty; removed versions answer PTV’s text; wrong method 405', async () => {
    t = await startSim();
    expect(await t.call('GET', '/api/v11/NoSuchThing', undefined, null)).toMatchObject({
      status: 404,
      text: '',
    });
    const v7 = await t.call('GET', '/api/v7/Service', undefined, null);
    expect(v7.status).toBe(404);
    expect(v7.text).toBe(
      `This version is not supported! Please check supported versions from swagger: ${t.sim.url}/swagger/ui.`,
    );
    expect((await t.call('GET', '/api/v8/Service', undefined, null)).text).toBe('');
    expect((await t.call('PUT', '/api/v11/Service', {}, null)).status).toBe(405);
    // control routes do not exist unless enabled
    const off = await startSim({ control: false });
    expect((await off.call('GET', '/control/state', undefined, null)).status).toBe(404);
    await off.close();
  });

  it('query validation messages (§2.7)', async () => {
    t = await startSim();
    const q = async (p: string) => (await t!.call('GET', p, undefined, null)).json;
    expect(await q('/api/v11/Service/not-a-guid')).toEqual({
      id: ['Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).'],
    });
    expect(await q('/api/v11/Service?date=2026-01-01')).toEqual({ date: ['The date parameter is invalid.'] });
    expect(await q('/api/v11/Service?page=-1')).toEqual({
      page: ['The page number cannot be negative value.'],
    });
    expect(await q('/api/v11/Service?status=Foo')).toEqual({ status: ['The status is invalid.'] });
    expect(
      await q(`/api/v11/Service/list/organization?organizationId=${t.sim.organizationId}&code=0201256-6`),
    ).toEqual({
      organizationId: [
        "Only one of the organization related parameters 'organizationId', 'code' or 'oid' can be set at a time.",
      ],
    });
    expect(await q('/api/v11/Service/list/organization')).toEqual({
      organizationId: [
        "One of the organization related parameters 'organizationId', 'code' or 'oid' has to be set.",
      ],
    });
    expect(
      (await t.call('GET', '/api/v11/Service/00000000-0000-0000-0000-000000000000', undefined, null)).status,
    ).toBe(500);
  });

  it('paging envelope, date windows, list/organization, EntitiesByOrganization', async () => {
    let now = Date.parse('2026-11-26T10:00:00Z');
    t = await startSim({ clock: () => new Date(now) });
    const org = t.sim.organizationId;
    const ids: string[] = [];
    const bodies = [0, 1, 2].map((i) => aService(fixtureFor(org, `Sivutus ${i}`)));
    for (const body of bodies) {
      now += 60_000;
      ids.push(((await t.call('POST', '/api/v11/Service', body)).json as Obj).id);
    }
    const chBody = aPhoneChannel(fixtureFor(org, 'Sivutus kanava'));
    const ch = (await t.call('POST', '/api/v11/ServiceChannel/Phone', chBody)).json as Obj;
    const all = (await t.call('GET', '/api/v11/Service', undefined, null)).json as Obj;
    expect(all).toMatchObject({ pageNumber: 1, pageSize: 1000, pageCount: 1 });
    expect((all.itemList as Obj[]).map((i) => i.id)).toEqual(ids);
    const firstName = bodies[0]!.serviceNames.find((n) => n.language === 'fi')!.value;
    expect((all.itemList as Obj[])[0]).toEqual({ id: ids[0], name: firstName });
    expect((await t.call('GET', '/api/v11/Service?page=0', undefined, null)).json).toEqual({
      pageNumber: 0,
      pageSize: 1000,
      pageCount: 0,
      itemList: null,
    });
    expect(
      ((await t.call('GET', '/api/v11/Service?page=2', undefined, null)).json as Obj).itemList,
    ).toBeNull();
    const windowed = (
      await t.call(
        'GET',
        '/api/v11/Service?date=2026-11-26T10:01:30&dateBefore=2026-11-26T10:03:00',
        undefined,
        null,
      )
    ).json as Obj;
    expect((windowed.itemList as Obj[]).map((i) => i.id)).toEqual([ids[1]]);
    const full = (
      await t.call('GET', `/api/v11/Service/list/organization?organizationId=${org}`, undefined, null)
    ).json as Obj;
    expect(full).toMatchObject({ pageSize: 100, pageCount: 1 });
    expect((full.itemList as Obj[])[0]).toHaveProperty('serviceNames');
    const byCode = (await t.call('GET', '/api/v11/Service/list/organization?code=0201256-6', undefined, null))
      .json as Obj;
    expect((byCode.itemList as Obj[]).length).toBe(3);
    const channels = (
      await t.call('GET', `/api/v11/ServiceChannel/list/organization?organizationId=${org}`, undefined, null)
    ).json as Obj;
    expect((channels.itemList as Obj[])[0]).toMatchObject({ id: ch.id, serviceChannelType: 'Phone' });
    expect(((await t.call('GET', '/api/v11/ServiceChannel', undefined, null)).json as Obj).itemList).toEqual([
      { id: ch.id, name: chBody.serviceChannelNames.find((n) => n.language === 'fi')!.value },
    ]);
    const ents = (await t.call('GET', `/api/v11/Common/EntitiesByOrganization/${org}`, undefined, null))
      .json as Obj;
    expect(ents.itemList).toEqual([
      ...ids.map((id, i) => ({ id, type: bodies[i]!.type, modified: expect.any(String) })),
      { id: ch.id, type: 'Phone', modified: expect.any(String) },
    ]);
    // A connection change in the window makes the service match the date filter without bumping modified.
    now += 3600_000;
    await t.call('POST', '/api/v11/Connection', [{ serviceId: ids[0], serviceChannelId: ch.id }]);
    const after = (await t.call('GET', '/api/v11/Service?date=2026-11-26T10:30:00', undefined, null))
      .json as Obj;
    expect((after.itemList as Obj[]).map((i) => i.id)).toEqual([ids[0]]);
  });

  it('code lists', async () => {
    t = await startSim();
    const m = (await t.call('GET', '/api/v11/CodeList/GetMunicipalityCodes', undefined, null)).json as Obj[];
    expect(m.find((x) => x.code === '091')).toBeDefined();
    const p = (await t.call('GET', '/api/v11/CodeList/GetPostalCodes?page=1', undefined, null)).json as Obj;
    expect(p).toMatchObject({ pageNumber: 1, pageSize: 1000 });
    expect((await t.call('GET', '/api/v11/CodeList/GetCountryCodes', undefined, null)).json).toContainEqual({
      code: 'FI',
      names: [],
    });
    expect((await t.call('GET', '/api/v11/CodeList/GetLanguageCodes', undefined, null)).json).toContainEqual({
      code: 'fi',
      names: [],
    });
    expect(
      ((await t.call('GET', '/api/v11/CodeList/GetAreaCodes/type/Province', undefined, null)).json as Obj[])
        .length,
    ).toBeGreaterThan(10);
  });
});

describe('concurrency cap and faults', () => {
  /**
   * Fires `n` requests with the hold on and releases them once every one was either held in flight or
   * answered: which ones the cap refused is decided by the simulator's count, never by latency.
   */
  async function fillCap(n: number, token: string | null): Promise<Call[]> {
    await t!.call('POST', '/control/hold', { on: true }, null);
    let answered = 0;
    const calls = Array.from({ length: n }, () =>
      t!.call('GET', '/api/v11/Service', undefined, token).then((c) => {
        answered++;
        return c;
      }),
    );
    for (;;) {
      const { held } = (await t!.call('GET', '/control/stats', undefined, null)).json as { held: number };
      if (held + answered === n) break;
      await new Promise((r) => setImmediate(r));
    }
    await t!.call('POST', '/control/hold', { on: false }, null);
    return Promise.all(calls);
  }

  it('more than 64 in flight for one user → 429 text/plain, no Retry-After', async () => {
    t = await startSim();
    const calls = await fillCap(70, t.token);
    const limited = calls.filter((c) => c.status === 429);
    expect(limited.length).toBe(6);
    expect(calls.filter((c) => c.status === 200).length).toBe(64);
    expect(limited[0]!.text).toBe('Too many requests sent to server, try again later');
    expect(limited[0]!.headers['content-type']).toMatch(/^text\/plain/);
    expect(limited[0]!.headers['retry-after']).toBeUndefined();
  });

  it('anonymous callers: 128 in flight per IP', async () => {
    t = await startSim();
    const calls = await fillCap(132, null);
    expect(calls.filter((c) => c.status === 429).length).toBe(4);
  });

  it('anonymous limit is per X-Forwarded-For client; the total cap applies to everyone', async () => {
    t = await startSim({ latency: { ms: 300 }, maxAnonymousRequestsPerIp: 2, maxRequestsTotal: 5 });
    const { request } = await import('undici');
    const get = (ip: string) =>
      request(`${t!.sim.url}/api/v11/Service`, { headers: { 'x-forwarded-for': `${ip}, 10.0.0.1` } }).then(
        async (r) => {
          await r.body.dump();
          return r.statusCode;
        },
      );
    const statuses = await Promise.all([
      get('1.1.1.1'),
      get('1.1.1.1'),
      get('1.1.1.1'),
      get('2.2.2.2'),
      get('2.2.2.2'),
      get('3.3.3.3'),
      get('4.4.4.4'),
    ]);
    // Per-IP cap 2: the third request from 1.1.1.1 is refused whatever the arrival order.
    expect(statuses.slice(0, 3).filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s === 200).length).toBe(5);
  });

  it('CORS: any origin; OPTIONS preflight 204', async () => {
    t = await startSim();
    const r = await t.call('GET', `/api/v11/Organization/${t.sim.organizationId}`, undefined, null);
    expect(r.headers['access-control-allow-origin']).toBe('*');
    const { request } = await import('undici');
    const pre = await request(`${t.sim.url}/api/v11/Service`, { method: 'OPTIONS' });
    await pre.body.dump();
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-methods']).toContain('PUT');
  });

  it('faults are deterministic with --seed and never hit the login endpoint', async () => {
    const pattern = async () => {
      const s = await startSim({ faults: { '5xx': 0.3, '429': 0.2 }, seed: 42 });
      const out: number[] = [];
      for (let i = 0; i < 20; i++) out.push((await s.call('GET', '/api/v11/Service')).status);
      for (let i = 0; i < 10; i++) expect((await s.login()).status).toBe(200);
      await s.close();
      return out;
    };
    const a = await pattern();
    expect(a).toEqual(await pattern());
    expect(a).toContain(500);
    expect(a).toContain(429);
    expect(a).toContain(200);
  });

  it('a 5xx on POST happens before or after the write (ambiguous POST)', async () => {
    t = await startSim({ faults: { '5xx': 1 }, seed: 7 });
    const org = t.sim.organizationId;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push(
        (await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, `Epäselvä ${i}`)))).status,
      );
    expect(new Set(statuses)).toEqual(new Set([500]));
    const state = (await t.call('GET', '/control/state', undefined, null)).json as { entities: Obj[] };
    const stored = state.entities.filter((e) => e.objectType === 'Service').length;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(8);
  });

  it('reset fault drops the connection', async () => {
    t = await startSim({ faults: { reset: 1 } });
    await expect(t.call('GET', '/api/v11/Service')).rejects.toThrow();
  });
});

describe('deliberate defects', () => {
  const PUB = {
    publishingStatus: 'Published',
    serviceClasses: [SERVICE_CLASS],
    ontologyTerms: [ONTOLOGY_TERM],
    targetGroups: [TARGET_GROUP],
  };
  it('archive-ignored: 200 Deleted but still readable', async () => {
    t = await startSim({ defects: ['archive-ignored'] });
    const s = (
      await t.call('POST', '/api/v11/Service', aService(fixtureFor(t.sim.organizationId, 'Ei arkistoidu')))
    ).json as Obj;
    expect(
      (await t.call('PUT', `/api/v11/Service/${s.id}`, { publishingStatus: 'Deleted' })).json,
    ).toMatchObject({ publishingStatus: 'Deleted' });
    expect((await t.call('GET', `/api/v11/Service/${s.id}`, undefined, null)).status).toBe(200);
  });

  it('truncate-long-names: 200 with a truncated name instead of 400', async () => {
    t = await startSim({ defects: ['truncate-long-names'] });
    const long = 'N'.repeat(150);
    const body = aService(
      fixtureFor(t.sim.organizationId, 'x'),
      { serviceNames: [{ type: 'Name', language: 'fi', value: long }] },
      FI_ONLY,
    );
    const r = await t.call('POST', '/api/v11/Service', body);
    expect(r.status).toBe(200);
    expect((r.json as { serviceNames: { value: string }[] }).serviceNames[0]!.value.length).toBe(100);
    const honest = await startSim();
    expect((await honest.call('POST', '/api/v11/Service', body)).status).toBe(400);
    await honest.close();
  });

  it('drop-connection: success string, nothing stored', async () => {
    t = await startSim({ defects: ['drop-connection'] });
    const org = t.sim.organizationId;
    const s = (await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'Pudotettu')))).json as Obj;
    const c = (
      await t.call('POST', '/api/v11/ServiceChannel/Phone', aPhoneChannel(fixtureFor(org, 'Pudotettu')))
    ).json as Obj;
    const r = await t.call('POST', '/api/v11/Connection', [{ serviceId: s.id, serviceChannelId: c.id }]);
    expect((r.json as string[])[0]).toContain('added or updated');
    expect(
      ((await t.call('GET', `/api/v11/Service/${s.id}`, undefined, null)).json as Obj).serviceChannels,
    ).toBeNull();
  });

  it('ignore-field-change: PUT 200 but descriptions unchanged', async () => {
    t = await startSim({ defects: ['ignore-field-change'] });
    const org = t.sim.organizationId;
    // In fi only: the PUT below sends the descriptions in fi.
    const s = (
      await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'Muuttumaton'), {}, FI_ONLY))
    ).json as Obj;
    const changed = [
      { type: 'Summary', language: 'fi', value: 'Uusi tiivistelmä' },
      { type: 'Description', language: 'fi', value: 'Uusi pidempi kuvaus palvelusta.' },
    ];
    const r = await t.call('PUT', `/api/v11/Service/${s.id}`, { ...PUB, serviceDescriptions: changed });
    expect(r.status, r.text).toBe(200);
    const got = (await t.call('GET', `/api/v11/Service/${s.id}`, undefined, null)).json as Obj;
    expect(got.serviceDescriptions).toEqual(s.serviceDescriptions);
  });
});
