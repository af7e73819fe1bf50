import { createConnection, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import { aService } from '../../fixtures/index.js';
import { startClientTestSim, type ClientTestSim } from '../../test/support/clientOnSim.js';
import { lookupLoopback } from '../../test/support/mapHost.js';
import { createPtvClient, type PtvClient } from './ptvClient.js';
import { productionGuardInterceptor } from './productionGuard.js';

// Production host names are resolved to 127.0.0.1, where a TCP relay in front of the simulator counts
// connections: a refused write must leave the count at zero, while a GET through the same client proves
// the mapping really reaches the simulator.
let t: ClientTestSim;
let relay: Server;
let connections = 0;
const sockets = new Set<Socket>();
let client: PtvClient | undefined;
beforeAll(async () => {
  t = await startClientTestSim();
  const target = Number(new URL(t.sim.url).port);
  relay = createServer((inbound) => {
    connections++;
    const outbound = createConnection(target, '127.0.0.1');
    for (const s of [inbound, outbound]) {
      sockets.add(s);
      s.on('error', () => s.destroy());
      s.on('close', () => sockets.delete(s));
    }
    inbound.pipe(outbound).pipe(inbound);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => relay.close(resolve));
  await t.sim.close();
});
beforeEach(() => {
  connections = 0;
});
afterEach(async () => {
  await client?.close();
  client = undefined;
  t.sim.reset();
});

const port = (): number => (relay.address() as AddressInfo).port;

function prodClient(apiHost: string, tokenHost = 'palveluhallinta.suomi.fi'): PtvClient {
  client = createPtvClient({
    apiUrl: `http://${apiHost}:${port()}`,
    tokenUrl: `http://${tokenHost}:${port()}/api/auth/api-login`,
    authShape: 'prod',
    credentials: t.sim.credentials,
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
      expect(connections).toBe(0);
      expect(t.sim.calls).toHaveLength(0);
      // The same client and host mapping do reach the simulator for a read.
      const res = await c.get('/api/v11/Service/0b7c3f9e-1111-4222-8333-444455556666', { auth: 'none' });
      expect(res.status).toBe(404);
      expect(connections).toBe(1);
    });
  }

  it('allows the Palveluhallinta login POST, but no other production login host', async () => {
    const c = prodClient('api.palvelutietovaranto.suomi.fi');
    expect((await c.token()).shape).toBe('ptvToken');
    expect(t.logins()).toBe(1);
    await c.close();
    const bad = prodClient('api.palvelutietovaranto.trn.suomi.fi', 'palvelutietovaranto.suomi.fi');
    await expect(bad.token()).rejects.toMatchObject({ code: 'PTVR_PRODUCTION_WRITE_REFUSED' });
    expect(t.logins()).toBe(1);
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
      expect(connections).toBe(0);
    } finally {
      await agent.close();
    }
  });

  it('writes to the CTE host are not refused', async () => {
    const c = prodClient('api.palvelutietovaranto.trn.suomi.fi', 'palvelutietovaranto.trn.suomi.fi');
    const body = aService(t.ctx('CTE-OK'));
    const res = await c.post('/api/v11/Service', body);
    expect(res.status, res.text).toBe(200);
    expect(connections).toBeGreaterThan(0);
  });
});
