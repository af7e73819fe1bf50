/** The simulator’s control surface: revoke all (also across a restart), stats, generate, throttle. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aService } from '../../fixtures/index.js';
import { fixtureFor, startSim, type TestSim } from '../../test/support/sim.js';

let t: TestSim;
let org: string;
beforeAll(async () => {
  t = await startSim();
  org = t.sim.organizationId;
});
afterAll(() => t.close());

describe('POST /control/revoke (all)', () => {
  it('revokes tokens issued before the call; a token issued later in the same second stays valid', async () => {
    // A frozen clock puts the old token, the revoke and the new token in the same second.
    const frozen = new Date('2030-06-01T12:00:00.250Z');
    const s = await startSim({ clock: () => frozen });
    try {
      const draft = aService(fixtureFor(s.sim.organizationId, 'Sama sekunti'), { publishingStatus: 'Draft' });
      expect((await s.call('POST', '/api/v11/Service', draft)).status).toBe(200);
      expect((await s.call('POST', '/control/revoke', undefined, null)).json).toEqual({ revoked: 'all' });
      expect((await s.call('POST', '/api/v11/Service', draft)).status).toBe(401);

      const fresh = ((await s.login()).json as { ptvToken: string }).ptvToken;
      const second = aService(fixtureFor(s.sim.organizationId, 'Uusi token'), { publishingStatus: 'Draft' });
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

describe('control surface', () => {
  it('revoke all, stats, generate', async () => {
    const before = ((await t.login()).json as { ptvToken: string }).ptvToken;
    expect((await t.call('POST', '/control/revoke', undefined, null)).json).toEqual({ revoked: 'all' });
    expect(
      (await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'Peruttu')), before)).status,
    ).toBe(401);
    // A token issued after the revocation second works.
    await new Promise((r) => setTimeout(r, 1100));
    const after = ((await t.login()).json as { ptvToken: string }).ptvToken;
    expect(
      (await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'Uusi token')), after)).status,
    ).toBe(200);
    const cpuBefore = ((await t.call('GET', '/control/stats', undefined, null)).json as { cpuMicros: number })
      .cpuMicros;
    const gen = (await t.call('POST', '/control/generate', { count: 50 }, null)).json as {
      created: number;
      sampleIds: string[];
    };
    expect(gen.created).toBe(50);
    expect((await t.call('GET', `/api/v11/Service/${gen.sampleIds[0]}`, undefined, null)).status).toBe(200);
    const stats = (await t.call('GET', '/control/stats', undefined, null)).json as {
      entities: number;
      rssBytes: number;
      cpuMicros: number;
    };
    expect(stats.entities).toBeGreaterThan(50);
    expect(stats.rssBytes).toBeGreaterThan(0);
    // The process's CPU time so far: positive and never decreasing (bench:sim reads it per mix).
    expect(cpuBefore).toBeGreaterThan(0);
    expect(stats.cpuMicros).toBeGreaterThanOrEqual(cpuBefore);
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
    const second = await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'Ei käsitelty')), token);
    expect([first.status, second.status]).toEqual([429, 429]);
    expect(first.text).toBe('Too many requests sent to server, try again later');
    expect(first.headers['retry-after']).toBeUndefined();
    expect((await t.call('GET', `/api/v11/Organization/${org}`, undefined, null)).status).toBe(200);
    // The throttled POST was not processed: the same body creates now.
    expect(
      (await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'Ei käsitelty')), token)).status,
    ).toBe(200);
  });

  it('scoped to a method and path, it meets only those requests and leaves the others alone', async () => {
    expect(
      (await t.call('POST', '/control/throttle', { count: 1, method: 'get', path: '/api/v11/Service' }, null))
        .json,
    ).toEqual({ remaining: 1, method: 'GET', path: '/api/v11/Service' });
    const token = ((await t.login()).json as { ptvToken: string }).ptvToken;
    // Another route, and the same path with another method, pass and do not use up the count.
    expect((await t.call('GET', `/api/v11/Organization/${org}`, undefined, null)).status).toBe(200);
    expect(
      (await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'Rajattu')), token)).status,
    ).toBe(200);
    const scoped = await t.call('GET', '/api/v11/service?page=1', undefined, null);
    expect(scoped.status).toBe(429);
    expect(scoped.text).toBe('Too many requests sent to server, try again later');
    expect((await t.call('GET', '/api/v11/Service', undefined, null)).status).toBe(200);
    // Unscoped again, it meets any request.
    await t.call('POST', '/control/throttle', { count: 1 }, null);
    expect((await t.call('GET', `/api/v11/Organization/${org}`, undefined, null)).status).toBe(429);
  });

  it('refuses a method without a path, a path with a query, a method that is not one', async () => {
    for (const body of [
      { count: 1, method: 'GET' },
      { count: 1, path: '/api/v11/Service' },
      { count: 1, method: 'GET', path: '/api/v11/Service?page=1' },
      { count: 1, method: 'GET', path: 'api/v11/Service' },
      { count: 1, method: 'G E T', path: '/api/v11/Service' },
      { count: 1, method: 7, path: '/api/v11/Service' },
    ])
      expect((await t.call('POST', '/control/throttle', body, null)).status, JSON.stringify(body)).toBe(400);
  });

  it('count 0 clears it; a bad count is a 400', async () => {
    await t.call('POST', '/control/throttle', { count: 5 }, null);
    await t.call('POST', '/control/throttle', { count: 0 }, null);
    expect((await t.call('GET', `/api/v11/Organization/${org}`, undefined, null)).status).toBe(200);
    expect((await t.call('POST', '/control/throttle', { count: -1 }, null)).status).toBe(400);
    expect((await t.call('POST', '/control/throttle', { count: 'x' }, null)).status).toBe(400);
  });
});
