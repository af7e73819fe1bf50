import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPhoneChannel, aService, aWebPageChannel, startSim, type TestSim } from '../../test/support/sim.js';

type Obj = Record<string, unknown> & { id: string };

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

describe('channel reads and archive', () => {
  it('ServiceChannel/active shows drafts; archive → 404 everywhere, listed in archived/list', async () => {
    const draft = await post(
      '/ServiceChannel/WebPage',
      aWebPageChannel(org, 'Luonnoskanava', { publishingStatus: 'Draft' }),
    );
    expect((await t.call('GET', `/api/v11/ServiceChannel/${draft.id}`, undefined, null)).json).toEqual({
      errorMessage: `Service channel with id '${draft.id}' not found.`,
    });
    expect((await t.call('GET', `/api/v11/ServiceChannel/active/${draft.id}`)).json).toMatchObject({
      publishingStatus: 'Draft',
    });
    const ch = await post('/ServiceChannel/Phone', aPhoneChannel(org, 'Arkistoitava kanava'));
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
    const ch = await post('/ServiceChannel/Phone', aPhoneChannel(org, 'Lukittu kanava'));
    await t.call('POST', `/control/lock/${ch.id}`, { user: 'ui@kunta.fi' }, null);
    expect(
      (await t.call('PUT', `/api/v11/ServiceChannel/Phone/${ch.id}`, { publishingStatus: 'Published' })).json,
    ).toEqual({
      errorMessage: "Phone channel is locked by 'ui@kunta.fi'.",
    });
  });

  it('PUT to another channel type’s path → that type’s 404', async () => {
    const ch = await post('/ServiceChannel/Phone', aPhoneChannel(org, 'Väärä tyyppi'));
    expect(
      (await t.call('PUT', `/api/v11/ServiceChannel/WebPage/${ch.id}`, { publishingStatus: 'Published' }))
        .json,
    ).toEqual({
      errorMessage: `Web page channel with id '${ch.id}' not found.`,
    });
  });
});

describe('bodies and profiles', () => {
  it('invalid JSON → 400; empty body → RequestIsNull', async () => {
    const bad = await t.call('POST', '/api/v11/Service', '{"serviceNames": [');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json as object)).toEqual(['']);
    expect((await t.call('PUT', `/api/v11/Service/${org}`, '')).json).toEqual({
      RequestIsNull: ['The request must contain data.'],
    });
  });

  it('ptv34: duplicate sourceId on POST → 500 with the raw message', async () => {
    const p = await startSim({ profile: 'ptv34' });
    try {
      expect(
        (
          await p.call(
            'POST',
            '/api/v11/Service',
            aService(p.sim.organizationId, 'Eka', { sourceId: 'dup-1' }),
          )
        ).status,
      ).toBe(200);
      const r = await p.call(
        'POST',
        '/api/v11/Service',
        aService(p.sim.organizationId, 'Toka', { sourceId: 'dup-1' }),
      );
      expect(r).toMatchObject({
        status: 500,
        json: { errorMessage: "The external source 'dup-1' already exists. Please use update endpoint!" },
      });
    } finally {
      await p.close();
    }
  });
});

describe('control surface', () => {
  it('revoke all, stats, generate', async () => {
    const before = ((await t.login()).json as { ptvToken: string }).ptvToken;
    expect((await t.call('POST', '/control/revoke', undefined, null)).json).toEqual({ revoked: 'all' });
    expect((await t.call('POST', '/api/v11/Service', aService(org, 'Peruttu'), before)).status).toBe(401);
    // A token issued after the revocation second works.
    await new Promise((r) => setTimeout(r, 1100));
    const after = ((await t.login()).json as { ptvToken: string }).ptvToken;
    expect((await t.call('POST', '/api/v11/Service', aService(org, 'Uusi token'), after)).status).toBe(200);
    const gen = (await t.call('POST', '/control/generate', { count: 50 }, null)).json as {
      created: number;
      sampleIds: string[];
    };
    expect(gen.created).toBe(50);
    expect((await t.call('GET', `/api/v11/Service/${gen.sampleIds[0]}`, undefined, null)).status).toBe(200);
    const stats = (await t.call('GET', '/control/stats', undefined, null)).json as {
      entities: number;
      rssBytes: number;
    };
    expect(stats.entities).toBeGreaterThan(50);
    expect(stats.rssBytes).toBeGreaterThan(0);
  });
});

describe('control: throttle', () => {
  it('the next n API requests answer PTV 429 without Retry-After; logins and later requests are untouched', async () => {
    expect((await t.call('POST', '/control/throttle', { count: 2 }, null)).json).toEqual({ remaining: 2 });
    // The token endpoint is outside /api/v11: not throttled, and does not use up the count.
    const login = await t.login();
    expect(login.status).toBe(200);
    const token = (login.json as { ptvToken: string }).ptvToken;
    const first = await t.call('GET', `/api/v11/Organization/${org}`, undefined, null);
    const second = await t.call('POST', '/api/v11/Service', aService(org, 'Ei käsitelty'), token);
    expect([first.status, second.status]).toEqual([429, 429]);
    expect(first.text).toBe('Too many requests sent to server, try again later');
    expect(first.headers['retry-after']).toBeUndefined();
    expect((await t.call('GET', `/api/v11/Organization/${org}`, undefined, null)).status).toBe(200);
    // The throttled POST was not processed: the same body creates now.
    expect((await t.call('POST', '/api/v11/Service', aService(org, 'Ei käsitelty'), token)).status).toBe(200);
  });

  it('count 0 clears it; a bad count is a 400', async () => {
    await t.call('POST', '/control/throttle', { count: 5 }, null);
    await t.call('POST', '/control/throttle', { count: 0 }, null);
    expect((await t.call('GET', `/api/v11/Organization/${org}`, undefined, null)).status).toBe(200);
    expect((await t.call('POST', '/control/throttle', { count: -1 }, null)).status).toBe(400);
    expect((await t.call('POST', '/control/throttle', { count: 'x' }, null)).status).toBe(400);
  });
});
