/**
 * Regression tests for defects reported by the simulator's users: connections of archived items,
 * organisation areas in OUT shape, the `/active` guid lists and "revoke all" in the same second.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aPhoneChannel,
  aService,
  aSubOrganization,
  aWebPageChannel,
  startSim,
  type TestSim,
} from '../../test/support/sim.js';

type Obj = Record<string, unknown> & { id: string };
type Page = { pageNumber: number; pageSize: number; pageCount: number; itemList: { id: string }[] | null };

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
const put = async (path: string, body: unknown) => {
  const r = await t.call('PUT', `/api/v11${path}`, body);
  expect(r.status, r.text).toBe(200);
  return r.json as Obj;
};
const get = async (path: string) => {
  const r = await t.call('GET', `/api/v11${path}`);
  expect(r.status, r.text).toBe(200);
  return r.json as Obj;
};
const channelIdsOf = (s: Obj) =>
  ((s.serviceChannels ?? []) as { serviceChannel: { id: string } }[]).map((c) => c.serviceChannel.id);
const serviceIdsOf = (c: Obj) =>
  ((c.services ?? []) as { service: { id: string } }[]).map((x) => x.service.id);

describe('connections of archived items', () => {
  it('an archived channel leaves the service read, and a restore does not bring it back', async () => {
    const s = await post('/Service', aService(org, 'Arkistoyhteys'));
    const phone = await post('/ServiceChannel/Phone', aPhoneChannel(org, 'Arkistopuhelin'));
    const web = await post('/ServiceChannel/WebPage', aWebPageChannel(org, 'Pysyvä sivu'));
    const r = await t.call('POST', '/api/v11/Connection', [
      { serviceId: s.id, serviceChannelId: phone.id },
      { serviceId: s.id, serviceChannelId: web.id },
    ]);
    expect(r.status, r.text).toBe(200);
    expect(channelIdsOf(await get(`/Service/${s.id}`)).sort()).toEqual([phone.id, web.id].sort());

    await put(`/ServiceChannel/Phone/${phone.id}`, { publishingStatus: 'Deleted' });
    expect(channelIdsOf(await get(`/Service/${s.id}`))).toEqual([web.id]);
    expect(channelIdsOf(await get(`/Service/active/${s.id}`))).toEqual([web.id]);

    // PTV 3.4 deletes the connection on archive: restoring the channel leaves it unconnected.
    const restored = await put(`/ServiceChannel/Phone/${phone.id}`, aPhoneChannel(org, 'Arkistopuhelin'));
    expect(restored.services).toBeNull();
    expect(channelIdsOf(await get(`/Service/${s.id}`))).toEqual([web.id]);
    const state = (await t.call('GET', '/control/state', undefined, null)).json as {
      connections: { serviceId: string; channelId: string }[];
    };
    expect(state.connections.filter((c) => c.channelId === phone.id)).toEqual([]);
  });

  it('an archived service leaves the channel read (symmetric)', async () => {
    const kept = await post('/Service', aService(org, 'Jäävä palvelu'));
    const gone = await post('/Service', aService(org, 'Poistuva palvelu'));
    const web = await post('/ServiceChannel/WebPage', aWebPageChannel(org, 'Yhteinen sivu'));
    const r = await t.call('POST', '/api/v11/Connection', [
      { serviceId: kept.id, serviceChannelId: web.id },
      { serviceId: gone.id, serviceChannelId: web.id },
    ]);
    expect(r.status, r.text).toBe(200);
    expect(serviceIdsOf(await get(`/ServiceChannel/${web.id}`)).sort()).toEqual([kept.id, gone.id].sort());

    await put(`/Service/${gone.id}`, { publishingStatus: 'Deleted' });
    expect(serviceIdsOf(await get(`/ServiceChannel/${web.id}`))).toEqual([kept.id]);
  });
});

describe('organisation areas', () => {
  it('bare area codes (IN, §4.1) read back as OUT area objects (§10)', async () => {
    const o = await post(
      '/Organization',
      aSubOrganization(org, 'Alueellinen yhtymä', {
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

describe('GET /Service/active and /ServiceChannel/active', () => {
  it('guid page of Draft/Published/Modified items, archived ones left out; bearer required', async () => {
    const draft = await post('/Service', aService(org, 'Aktiivi luonnos', { publishingStatus: 'Draft' }));
    const published = await post('/Service', aService(org, 'Aktiivi julkaistu'));
    const archived = await post('/Service', aService(org, 'Aktiivi arkistoitu'));
    await put(`/Service/${archived.id}`, { publishingStatus: 'Deleted' });

    const page = (await get('/Service/active?date=2000-01-01T00:00:00&page=1')) as unknown as Page;
    expect(page).toMatchObject({ pageNumber: 1, pageSize: 1000, pageCount: 1 });
    const ids = page.itemList!.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([draft.id, published.id]));
    expect(ids).not.toContain(archived.id);
    expect(page.itemList!.find((i) => i.id === draft.id)).toEqual({
      id: draft.id,
      name: 'Aktiivi luonnos fi',
    });

    const none = (await get('/Service/active?dateBefore=2000-01-01T00:00:00')) as unknown as Page;
    expect(none).toMatchObject({ pageCount: 0, itemList: null });
    const bad = await t.call('GET', '/api/v11/Service/active?date=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ date: ['The date parameter is invalid.'] });
    expect(
      (await t.call('GET', '/api/v11/Service/active?date=2000-01-01T00:00:00', undefined, null)).status,
    ).toBe(401);
  });

  it('channels: drafts listed, archived left out', async () => {
    const draft = await post(
      '/ServiceChannel/Phone',
      aPhoneChannel(org, 'Luonnospuhelin', { publishingStatus: 'Draft' }),
    );
    const archived = await post('/ServiceChannel/Phone', aPhoneChannel(org, 'Poistopuhelin'));
    await put(`/ServiceChannel/Phone/${archived.id}`, { publishingStatus: 'Deleted' });
    const page = (await get('/ServiceChannel/active?date=2000-01-01T00:00:00')) as unknown as Page;
    const ids = page.itemList!.map((i) => i.id);
    expect(ids).toContain(draft.id);
    expect(ids).not.toContain(archived.id);
    expect((await t.call('GET', '/api/v11/ServiceChannel/active', undefined, null)).status).toBe(401);
  });
});

describe('POST /control/revoke (all)', () => {
  it('revokes tokens issued before the call; a token issued later in the same second stays valid', async () => {
    // A frozen clock puts the old token, the revoke and the new token in the same second.
    const frozen = new Date('2030-06-01T12:00:00.250Z');
    const s = await startSim({ clock: () => frozen });
    try {
      const draft = aService(s.sim.organizationId, 'Sama sekunti', { publishingStatus: 'Draft' });
      expect((await s.call('POST', '/api/v11/Service', draft)).status).toBe(200);
      expect((await s.call('POST', '/control/revoke', undefined, null)).json).toEqual({ revoked: 'all' });
      expect((await s.call('POST', '/api/v11/Service', draft)).status).toBe(401);

      const fresh = ((await s.login()).json as { ptvToken: string }).ptvToken;
      const second = aService(s.sim.organizationId, 'Uusi token', { publishingStatus: 'Draft' });
      const r = await s.call('POST', '/api/v11/Service', second, fresh);
      expect(r.status, r.text).toBe(200);
      expect((await s.call('GET', '/api/v11/Service/active', undefined, fresh)).status).toBe(200);

      // A second revoke-all catches the fresh token too.
      await s.call('POST', '/control/revoke', undefined, null);
      expect((await s.call('GET', '/api/v11/Service/active', undefined, fresh)).status).toBe(401);
    } finally {
      await s.close();
    }
  });

  it('the revocation survives a restart with --db; tokens issued after it stay valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-revoke-'));
    const dbPath = join(dir, 'sim.db');
    try {
      const a = await startSim({ dbPath });
      const old = a.token;
      await a.call('POST', '/control/revoke', undefined, null);
      const fresh = ((await a.login()).json as { ptvToken: string }).ptvToken;
      await a.close();
      const b = await startSim({ dbPath });
      try {
        expect((await b.call('GET', '/api/v11/Service/active', undefined, old)).status).toBe(401);
        expect((await b.call('GET', '/api/v11/Service/active', undefined, fresh)).status).toBe(200);
      } finally {
        await b.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
