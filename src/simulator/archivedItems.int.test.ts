/** Archiving: connections of archived items, channel reads after archive, archived lists, locks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPhoneChannel, aService, aWebPageChannel } from '../../fixtures/index.js';
import { fixtureFor, startSim, type TestSim } from '../../test/support/sim.js';
import { okCalls, type Obj } from '../../test/support/okCalls.js';

let t: TestSim;
let org: string;
beforeAll(async () => {
  t = await startSim();
  org = t.sim.organizationId;
});
afterAll(() => t.close());

const { post, put, get } = okCalls(() => t);
const channelIdsOf = (s: Obj) =>
  ((s.serviceChannels ?? []) as { serviceChannel: { id: string } }[]).map((c) => c.serviceChannel.id);
const serviceIdsOf = (c: Obj) =>
  ((c.services ?? []) as { service: { id: string } }[]).map((x) => x.service.id);

describe('connections of archived items', () => {
  // ptv-release-3_4: archiving keeps the connection (CommonService.cs:1625-1635, "connection data …
  // is not removed"); reads list published partners only (ServiceService.cs:1211-1245).
  it('an archived channel leaves the service read, and a restore brings it back', async () => {
    const s = await post('/Service', aService(fixtureFor(org, 'Arkistoyhteys')));
    const phone = await post('/ServiceChannel/Phone', aPhoneChannel(fixtureFor(org, 'Arkistopuhelin')));
    const web = await post('/ServiceChannel/WebPage', aWebPageChannel(fixtureFor(org, 'Pysyvä sivu')));
    const r = await t.call('POST', '/api/v11/Connection', [
      { serviceId: s.id, serviceChannelId: phone.id },
      { serviceId: s.id, serviceChannelId: web.id },
    ]);
    expect(r.status, r.text).toBe(200);
    expect(channelIdsOf(await get(`/Service/${s.id}`)).sort()).toEqual([phone.id, web.id].sort());

    await put(`/ServiceChannel/Phone/${phone.id}`, { publishingStatus: 'Deleted' });
    expect(channelIdsOf(await get(`/Service/${s.id}`))).toEqual([web.id]);
    expect(channelIdsOf(await get(`/Service/active/${s.id}`))).toEqual([web.id]);
    const state = (await t.call('GET', '/control/state', undefined, null)).json as {
      connections: { serviceId: string; channelId: string }[];
    };
    expect(state.connections.filter((c) => c.channelId === phone.id)).toEqual([
      expect.objectContaining({ serviceId: s.id, channelId: phone.id }),
    ]);

    const restored = await put(
      `/ServiceChannel/Phone/${phone.id}`,
      aPhoneChannel(fixtureFor(org, 'Arkistopuhelin')),
    );
    expect(serviceIdsOf(restored)).toEqual([s.id]);
    expect(channelIdsOf(await get(`/Service/${s.id}`)).sort()).toEqual([phone.id, web.id].sort());
  });

  it('an archived service leaves the channel read and comes back when restored', async () => {
    const kept = await post('/Service', aService(fixtureFor(org, 'Jäävä palvelu')));
    const gone = await post('/Service', aService(fixtureFor(org, 'Poistuva palvelu')));
    const web = await post('/ServiceChannel/WebPage', aWebPageChannel(fixtureFor(org, 'Yhteinen sivu')));
    const r = await t.call('POST', '/api/v11/Connection', [
      { serviceId: kept.id, serviceChannelId: web.id },
      { serviceId: gone.id, serviceChannelId: web.id },
    ]);
    expect(r.status, r.text).toBe(200);
    expect(serviceIdsOf(await get(`/ServiceChannel/${web.id}`)).sort()).toEqual([kept.id, gone.id].sort());

    await put(`/Service/${gone.id}`, { publishingStatus: 'Deleted' });
    expect(serviceIdsOf(await get(`/ServiceChannel/${web.id}`))).toEqual([kept.id]);
    await put(`/Service/${gone.id}`, aService(fixtureFor(org, 'Poistuva palvelu')));
    expect(serviceIdsOf(await get(`/ServiceChannel/${web.id}`)).sort()).toEqual([kept.id, gone.id].sort());
  });
});

describe('channel reads and archive', () => {
  it('ServiceChannel/active shows drafts; archive → 404 everywhere, listed in archived/list', async () => {
    const draft = await post(
      '/ServiceChannel/WebPage',
      aWebPageChannel(fixtureFor(org, 'Luonnoskanava'), { publishingStatus: 'Draft' }),
    );
    expect((await t.call('GET', `/api/v11/ServiceChannel/${draft.id}`, undefined, null)).json).toEqual({
      errorMessage: `Service channel with id '${draft.id}' not found.`,
    });
    expect((await t.call('GET', `/api/v11/ServiceChannel/active/${draft.id}`)).json).toMatchObject({
      publishingStatus: 'Draft',
    });
    const ch = await post('/ServiceChannel/Phone', aPhoneChannel(fixtureFor(org, 'Arkistoitava kanava')));
    expect(
      (await t.call('PUT', `/api/v11/ServiceChannel/Phone/${ch.id}`, { publishingStatus: 'Deleted' })).status,
    ).toBe(200);
    expect((await t.call('GET', `/api/v11/ServiceChannel/active/${ch.id}`)).status).toBe(404);
    const list = await t.call(
      'GET',
      `/api/v11/ServiceChannel/archived/list?archivingType=Manual&organizationId=${org}&take=10`,
      undefined,
      null,
    );
    expect(list.json).toEqual([
      {
        id: ch.id,
        organizationId: org,
        type: 'Phone',
        archivingDate: expect.any(String),
        names: expect.any(Array),
      },
    ]);
    const archived = (await t.call('GET', '/api/v11/ServiceChannel?status=Archived', undefined, null))
      .json as { itemList: Obj[] };
    expect(archived.itemList.map((i) => i.id)).toEqual([ch.id]);
  });

  it('archived/list parameter validation', async () => {
    const r = await t.call(
      'GET',
      '/api/v11/Service/archived/list?archivingType=Sometimes&take=500',
      undefined,
      null,
    );
    expect(r.status).toBe(400);
    expect(Object.keys(r.json as object).sort()).toEqual(['archivingType', 'organizationId', 'take']);
  });

  it('a locked channel: "<Kind> channel is locked by"', async () => {
    const ch = await post('/ServiceChannel/Phone', aPhoneChannel(fixtureFor(org, 'Lukittu kanava')));
    await t.call('POST', `/control/lock/${ch.id}`, { user: 'ui@kunta.fi' }, null);
    expect(
      (await t.call('PUT', `/api/v11/ServiceChannel/Phone/${ch.id}`, { publishingStatus: 'Published' })).json,
    ).toEqual({
      errorMessage: "Phone channel is locked by 'ui@kunta.fi'.",
    });
  });

  it('PUT to another channel type’s path → that type’s 404', async () => {
    const ch = await post('/ServiceChannel/Phone', aPhoneChannel(fixtureFor(org, 'Väärä tyyppi')));
    expect(
      (await t.call('PUT', `/api/v11/ServiceChannel/WebPage/${ch.id}`, { publishingStatus: 'Published' }))
        .json,
    ).toEqual({
      errorMessage: `Web page channel with id '${ch.id}' not found.`,
    });
  });
});
