import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { createSimulator } from '../simulator/index.js';
import type { Simulator } from '../simulator/options.js';
import { createPtvClient, type PtvClient } from './ptvClient.js';
import { startForwardProxy, type ForwardProxy } from '../../test/support/forwardProxy.js';

const PROXY_VARS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'];
let saved: Record<string, string | undefined>;
let proxy: ForwardProxy;
let sim: Simulator;
let dir: string;
let client: PtvClient | undefined;

function setProxyEnv(vars: Record<string, string>): void {
  for (const k of PROXY_VARS) delete process.env[k];
  Object.assign(process.env, vars);
}

function clientFor(apiUrl: string, tokenUrl: string): PtvClient {
  client = createPtvClient({
    apiUrl,
    tokenUrl,
    authShape: 'cte',
    credentials: sim.credentials,
    ptvOrganizationId: sim.organizationId,
    runId: 'proxy-run',
    evidencePath: join(dir, 'evidence.ndjson'),
    ledgerPath: join(dir, 'ledger.ndjson'),
    retry: { maxRetries: 0, minDelayMs: 1, maxDelayMs: 1 },
  });
  return client;
}

const evidence = (): EvidenceEntry[] =>
  readFileSync(join(dir, 'evidence.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as EvidenceEntry);

beforeEach(async () => {
  saved = Object.fromEntries(PROXY_VARS.map((k) => [k, process.env[k]]));
  proxy = await startForwardProxy();
  sim = await createSimulator({ host: '127.0.0.1', port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'ptvr-proxy-'));
});
afterEach(async () => {
  await client?.close();
  client = undefined;
  await sim.close();
  await proxy.close();
  rmSync(dir, { recursive: true, force: true });
  for (const k of PROXY_VARS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe('HTTP_PROXY / HTTPS_PROXY / NO_PROXY', () => {
  it('sends the token login and every API request through HTTP_PROXY (NO_PROXY empty)', async () => {
    // Loopback targets are usually in NO_PROXY; empty it so the simulator on 127.0.0.1 is proxied too.
    setProxyEnv({ HTTP_PROXY: proxy.url, NO_PROXY: '' });
    const c = clientFor(sim.apiUrl, sim.tokenUrl);
    const org = await c.get(`/api/v11/Organization/${sim.organizationId}`);
    expect(org.status).toBe(200);
    const anon = await c.get('/api/v11/Service', { auth: 'none' });
    expect(anon.status).toBe(200);
    const entries = evidence();
    expect(entries.some((e) => e.url === sim.tokenUrl && e.method === 'POST')).toBe(true);
    // Every attempt the client recorded went through the proxy, in absolute form, and nothing else did.
    expect(proxy.seen).toEqual(entries.map((e) => ({ method: e.method, target: e.url })));
  });

  it('connects directly to hosts listed in NO_PROXY', async () => {
    setProxyEnv({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
    const c = clientFor(sim.apiUrl, sim.tokenUrl);
    expect((await c.get(`/api/v11/Organization/${sim.organizationId}`)).status).toBe(200);
    expect(evidence().length).toBeGreaterThan(0);
    expect(proxy.seen).toEqual([]);
  });

  it('reaches loopback directly when NO_PROXY is not set at all (the embedded simulator)', async () => {
    setProxyEnv({ HTTP_PROXY: proxy.url });
    const c = clientFor(sim.apiUrl, sim.tokenUrl);
    expect((await c.get(`/api/v11/Organization/${sim.organizationId}`)).status).toBe(200);
    expect(proxy.seen).toEqual([]);
  });

  it('tunnels https through HTTPS_PROXY with CONNECT (the proxy is asked before any DNS lookup)', async () => {
    setProxyEnv({ HTTPS_PROXY: proxy.url, NO_PROXY: '' });
    const c = clientFor(
      'https://api.palvelutietovaranto.trn.suomi.fi',
      'https://palvelutietovaranto.trn.suomi.fi/api/auth/api-login',
    );
    // The test proxy refuses tunnels off loopback (403): the request fails, but only after the proxy saw it.
    await expect(c.get('/api/v11/Service', { auth: 'none', retry: false })).rejects.toThrow();
    expect(proxy.seen).toEqual([{ method: 'CONNECT', target: 'api.palvelutietovaranto.trn.suomi.fi:443' }]);
  });
});
