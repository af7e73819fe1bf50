import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import { createPtvClient, type PtvClient } from './ptvClient.js';
import { productionGuardInterceptor } from './productionGuard.js';
import { startFakePtv, type FakePtv } from './testSupport/fakePtvServer.js';
import { lookupLoopback } from '../../test/support/mapHost.js';

// Production host names are resolved to a local server that counts TCP connections: a refused write
// must leave the count at zero, while a GET through the same client proves the mapping really reaches it.
let fake: FakePtv;
let client: PtvClient | undefined;
beforeEach(async () => {
  fake = await startFakePtv();
});
afterEach(async () => {
  await client?.close();
  client = undefined;
  await fake.close();
});

const port = (): string => new URL(fake.url).port;

function prodClient(apiHost: string, tokenHost = 'palveluhallinta.suomi.fi'): PtvClient {
  client = createPtvClient({
    apiUrl: `http://${apiHost}:${port()}`,
    tokenUrl: `http://${tokenHost}:${port()}/api/auth/api-login`,
    authShape: 'prod',
    credentials: { username: fake.username, password: fake.password },
    runId: 'guard',
    lookup: lookupLoopback,
    retry: { maxRetries: 0 },
  });
  return client;
}

describe('production guard', () => {
  for (const host of [
    'api.palvelutietovaranto.suomi.fi',
    'palvelutietovaranto.suomi.fi',
    'anything.else.suomi.fi',
    // Disguises from the adversarial trial (issue #18): trailing dots, case, %2e, full-width dots, v12.
    'api.palvelutietovaranto.suomi.fi..',
    'API.Palvelutietovaranto.SUOMI.fi...',
    'api%2epalvelutietovaranto%2esuomi%2efi',
    'api。palvelutietovaranto。suomi。fi',
    'api-gw.palvelutietovaranto.suomi.fi',
  ]) {
    it(`refuses POST and PUT to ${host} before any byte is sent, whatever the auth mode`, async () => {
      const c = prodClient(host);
      for (const call of [
        () => c.post('/api/v11/Service', { sourceId: 'x' }),
        () => c.put('/api/v11/Service/abc', { publishingStatus: 'Deleted' }),
        () =>
          c.request({ method: 'POST', path: '/api/v11/Connection', body: [], auth: 'none', retry: false }),
        () => c.request({ method: 'PUT', path: '/api/v11/Service/a', body: {}, auth: { bearer: 'x.y.z' } }),
      ]) {
        await expect(call()).rejects.toMatchObject({ code: 'PTVR_PRODUCTION_WRITE_REFUSED' });
      }
      expect(fake.connections).toBe(0);
      expect(fake.logins).toHaveLength(0);
      // The same client and host mapping do reach the server for a read.
      const res = await c.get('/api/v11/Service/none', { auth: 'none' });
      expect(res.status).toBe(404);
      expect(fake.connections).toBe(1);
    });
  }

  it('allows the Palveluhallinta login POST, but no other production login host', async () => {
    const c = prodClient('api.palvelutietovaranto.suomi.fi');
    expect((await c.token()).shape).toBe('ptvToken');
    expect(fake.logins).toHaveLength(1);
    await c.close();
    const bad = prodClient('api.palvelutietovaranto.trn.suomi.fi', 'palvelutietovaranto.suomi.fi');
    await expect(bad.token()).rejects.toMatchObject({ code: 'PTVR_PRODUCTION_WRITE_REFUSED' });
    expect(fake.logins).toHaveLength(1);
  });

  it('the dispatcher-level guard refuses a direct write through the agent without connecting', async () => {
    const agent = new Agent({ connect: { lookup: lookupLoopback } });
    const guarded = agent.compose(productionGuardInterceptor());
    try {
      await expect(
        guarded.request({
          origin: `http://api.palvelutietovaranto.suomi.fi:${port()}`,
          path: '/api/v11/Service',
          method: 'POST',
          body: '{}',
        }),
      ).rejects.toMatchObject({ code: 'PTVR_PRODUCTION_WRITE_REFUSED' });
      expect(fake.connections).toBe(0);
    } finally {
      await agent.close();
    }
  });

  it('writes to the CTE host are not refused', async () => {
    const c = prodClient('api.palvelutietovaranto.trn.suomi.fi', 'palvelutietovaranto.trn.suomi.fi');
    const res = await c.post('/api/v11/Service', { sourceId: 'cte-ok', publishingStatus: 'Draft' });
    expect(res.status).toBe(200);
  });
});
