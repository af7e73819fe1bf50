import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  aPhoneChannel,
  aPrintableFormChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  anOrganization,
} from '../../fixtures/index.js';
import { startClientTestSim, type ClientTestSim } from '../../test/support/clientOnSim.js';
import { lookupLoopback } from '../../test/support/mapHost.js';
import { createPtvClient, type PtvClient, type PtvClientOptions } from '../client/ptvClient.js';
import { readLedger } from '../client/ledger.js';
import { toV12Request } from '../rules/v12/toV12Request.js';
import type { V12Kind } from '../rules/v12/v12Kinds.js';
import { createSimulator } from '../simulator/index.js';
import { loadRouteMap, type LoadedRouteMap } from './loadRouteMap.js';
import type { V12ChannelType } from './routeMapSchema.js';
import { routeFor, v12Write } from './v12Write.js';

type Obj = Record<string, unknown>;
type Versions = Record<string, Obj>;

let t: ClientTestSim;
let dir: string;
const clients: PtvClient[] = [];
const map: LoadedRouteMap = loadRouteMap();

beforeAll(async () => {
  t = await startClientTestSim();
  dir = mkdtempSync(join(tmpdir(), 'ptvr-v12write-'));
});
afterAll(async () => {
  await t.sim.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

function client(extra: Partial<PtvClientOptions> = {}, sim = t.sim): PtvClient {
  const c = createPtvClient({
    apiUrl: sim.apiUrl,
    tokenUrl: sim.tokenUrl,
    authShape: 'cte',
    credentials: sim.credentials,
    ptvOrganizationId: sim.organizationId,
    runId: 'v12w',
    v12ApiUrl: sim.v12ApiUrl,
    apiKey: sim.apiKey,
    ledgerPath: join(dir, 'ledger.ndjson'),
    retry: { maxRetries: 0 },
    ...extra,
  });
  clients.push(c);
  return c;
}

const v12Body = (kind: V12Kind, v11: object): Obj => toV12Request(kind, v11).body;
const v12Get = async (c: PtvClient, path: string) => c.get<Obj>(path, { api: 'v12' });
const names = (body: Obj) =>
  Object.fromEntries(Object.entries(body.languageVersions as Versions).map(([l, v]) => [l, v.name]));

async function createService(c: PtvClient, caseId: string): Promise<string> {
  const r = await v12Write(c, map, 'service.create', { caseId }, v12Body('service', aService(t.ctx(caseId))));
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.id!;
}

describe('v12Write against the simulator (default, inferred route map)', () => {
  it('creates and fully replaces a service; both reads show it; the create is in the ledger', async () => {
    const c = client();
    const sent = v12Body('service', aService(t.ctx('SRV-01')));
    const created = await v12Write(c, map, 'service.create', { caseId: 'SRV-01' }, sent);
    expect(created).toMatchObject({ key: 'service.create', status: 200, ok: true, provisional: true });
    const id = created.id!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const v11 = await c.get<Obj>(`/api/v11/Service/${id}`);
    expect(v11.status).toBe(200);
    const fiName = (sent.languageVersions as Versions).fi!.name;
    expect(v11.body.serviceNames).toContainEqual(expect.objectContaining({ language: 'fi', value: fiName }));
    const v12 = await v12Get(c, `/api/v12/service/${id}`);
    expect(v12.status).toBe(200);
    expect(names(v12.body)).toEqual(names(sent));

    // PUT is a full replace: the en version and the keywords left out are gone on both sides.
    const next = structuredClone(sent);
    const lv = next.languageVersions as Versions;
    delete lv.en;
    next.serviceLanguages = ['fi', 'sv'];
    lv.fi!.name = `${String(lv.fi!.name)} uusi`;
    lv.fi!.freelyAssignedKeywords = [];
    const updated = await v12Write(c, map, 'service.update', { contentId: id, caseId: 'SRV-02' }, next);
    expect(updated).toMatchObject({ status: 200, ok: true, id });
    const after12 = await v12Get(c, `/api/v12/service/${id}`);
    expect(Object.keys(after12.body.languageVersions as Versions).sort()).toEqual(['fi', 'sv']);
    expect((after12.body.languageVersions as Versions).fi!.name).toBe(lv.fi!.name);
    expect((after12.body.languageVersions as Versions).fi!.freelyAssignedKeywords).toEqual([]);
    const after11 = await c.get<Obj>(`/api/v11/Service/${id}`);
    expect((after11.body.serviceNames as Obj[]).map((n) => n.language).sort()).toEqual(['fi', 'sv']);

    const ledger = readLedger(join(dir, 'ledger.ndjson')).filter((e) => e.id === id);
    expect(ledger).toEqual([
      expect.objectContaining({ event: 'created', objectType: 'Service', caseId: 'SRV-01', runId: 'v12w' }),
    ]);
  });

  const CHANNELS: [V12ChannelType, V12Kind, (caseId: string) => object][] = [
    ['EService', 'eservice-channel', (k) => anEChannel(t.ctx(k))],
    ['WebPage', 'webpage-channel', (k) => aWebPageChannel(t.ctx(k))],
    ['PrintableForm', 'printableform-channel', (k) => aPrintableFormChannel(t.ctx(k))],
    ['ServiceLocation', 'servicelocation-channel', (k) => aServiceLocation(t.ctx(k))],
    ['Telephone', 'telephone-channel', (k) => aPhoneChannel(t.ctx(k))],
  ];
  it.each(CHANNELS)(
    'creates and updates a %s channel, read back through v11 and v12',
    async (type, kind, build) => {
      const c = client();
      const sent = v12Body(kind, build(`CH-${type}-01`));
      const created = await v12Write(c, map, 'channel.create', { type, caseId: `CH-${type}-01` }, sent);
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      const id = created.id!;
      const v12 = await v12Get(c, `/api/v12/service-channel/${id}`);
      expect(v12.status).toBe(200);
      expect(names(v12.body)).toEqual(names(sent));
      expect(v12.body.serviceChannelType).toBe(type === 'Telephone' ? 'TelephoneService' : type);
      const v11 = await c.get<Obj>(`/api/v11/ServiceChannel/${id}`);
      expect(v11.status).toBe(200);

      const next = structuredClone(sent);
      (next.languageVersions as Versions).sv!.summary = 'Ny sammanfattning.';
      const updated = await v12Write(c, map, 'channel.update', { type, contentId: id }, next);
      expect(updated.status, JSON.stringify(updated.body)).toBe(200);
      const after = await v12Get(c, `/api/v12/service-channel/${id}`);
      expect((after.body.languageVersions as Versions).sv!.summary).toBe('Ny sammanfattning.');
      const entry = readLedger(join(dir, 'ledger.ndjson')).find((e) => e.id === id);
      expect(entry).toMatchObject({ event: 'created', objectType: 'ServiceChannel' });
    },
  );

  it('creates and updates a sub-organisation, read back through v11 and v12', async () => {
    const c = client();
    const sent = v12Body('sub-organization', anOrganization(t.ctx('ORG-01')));
    const created = await v12Write(c, map, 'organization.createSub', { caseId: 'ORG-01' }, sent);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const id = created.id!;
    const v12 = await v12Get(c, `/api/v12/organization/${id}`);
    expect(v12.body).toMatchObject({
      parentOrganizationContentId: t.sim.organizationId,
      businessId: sent.businessId,
    });
    const v11 = await c.get<Obj>(`/api/v11/Organization/${id}`);
    expect(v11.body.parentOrganizationId).toBe(t.sim.organizationId);

    const next = structuredClone(sent);
    (next.languageVersions as Versions).fi!.name = 'Uusi nimi';
    expect((await v12Write(c, map, 'organization.update', { contentId: id }, next)).status).toBe(200);
    expect(names((await v12Get(c, `/api/v12/organization/${id}`)).body).fi).toBe('Uusi nimi');
  });

  it('connects and disconnects a service and a channel; both reads follow', async () => {
    const c = client();
    const service = await createService(c, 'CON-01');
    const channel = await v12Write(
      c,
      map,
      'channel.create',
      { type: 'WebPage' },
      v12Body('webpage-channel', aWebPageChannel(t.ctx('CON-01'))),
    );
    const pair = { serviceContentId: service, channelContentId: channel.id! };
    const linked = await v12Write(c, map, 'connection.create', { caseId: 'CON-01' }, pair);
    expect(linked).toMatchObject({ status: 200, ok: true });
    expect((await v12Get(c, `/api/v12/connection/${service}/${channel.id!}`)).status).toBe(200);
    const v11 = await c.get<Obj>(`/api/v11/Service/${service}`);
    expect(JSON.stringify(v11.body.serviceChannels)).toContain(channel.id!);

    const removed = await v12Write(c, map, 'connection.delete', pair);
    expect(removed).toMatchObject({ status: 200, ok: true });
    expect((await v12Get(c, `/api/v12/connection/${service}/${channel.id!}`)).status).toBe(404);
    expect((await v12Write(c, map, 'connection.delete', pair)).status).toBe(404);
  });

  it('a bad body is 400 ProblemDetails naming the path; an unknown id is 404; nothing is stored', async () => {
    const c = client();
    const body = v12Body('service', aService(t.ctx('FMT-1')));
    (body.languageVersions as Versions).fi!.summary = ' Lupa';
    const bad = await v12Write(c, map, 'service.create', {}, body);
    expect(bad.ok).toBe(false);
    expect(bad.status).toBe(400);
    expect(bad.problem?.errors).toEqual([
      { path: '/languageVersions/fi/summary', message: expect.any(String) },
    ]);
    const unknown = await v12Write(
      c,
      map,
      'service.update',
      { contentId: '0b7c3f9e-1111-4222-8333-444455556666' },
      v12Body('service', aService(t.ctx('X'))),
    );
    expect(unknown.status).toBe(404);
    expect(unknown.problem).toMatchObject({ title: 'Not Found', reason: 'Unknown' });
  });

  it('a null route is PTVR_V12_ROUTE_UNAVAILABLE before any request', async () => {
    const c = client();
    expect(routeFor(map.map, 'archive')).toBeNull();
    const before = t.sim.calls.length;
    await expect(v12Write(c, map, 'archive', { contentId: 'x' })).rejects.toMatchObject({
      code: 'PTVR_V12_ROUTE_UNAVAILABLE',
    });
    expect(t.sim.calls.length).toBe(before);
  });

  it('the write needs the key and the login token the map names', async () => {
    const c = client();
    const body = v12Body('service', aService(t.ctx('AUTH-1')));
    const noToken = await c.request({ method: 'POST', path: '/api/v12/service', api: 'v12', body });
    expect(noToken.status).toBe(401);
    const noKey = await c.request({
      method: 'POST',
      path: '/api/v12/service',
      api: 'v12',
      body,
      auth: {
        v12Write: {
          keyHeader: 'x-other',
          token: { header: 'authorization', scheme: 'Bearer', value: 'login' },
        },
      },
    });
    expect(noKey.status).toBe(401);
  });
});

describe('v12Write with another route map', () => {
  it('a custom map with other paths and no token works without code changes', async () => {
    const custom = structuredClone(map.map);
    custom.status = 'published';
    custom.auth.token = { source: 'none' };
    custom.routes['service.createExternal'] = null;
    custom.routes['service.create'] = {
      ...custom.routes['service.create']!,
      path: '/api/v12/custom/services',
      success: [201],
    };
    const file = join(dir, 'routes.json');
    writeFileSync(file, JSON.stringify(custom));
    const sim = await createSimulator({ v12Routes: file });
    try {
      const loaded = loadRouteMap(file);
      const c = client({}, sim);
      const r = await v12Write(
        c,
        loaded,
        'service.create',
        {},
        v12Body('service', aService(t.ctx('CUSTOM'))),
      );
      expect(r).toMatchObject({ status: 201, ok: true, provisional: false });
      expect((await v12Get(c, `/api/v12/service/${r.id!}`)).status).toBe(200);
      // The default path is not served by this map.
      const old = await v12Write(c, map, 'service.create', {}, v12Body('service', aService(t.ctx('OLD'))));
      expect(old.status).toBe(404);
    } finally {
      await sim.close();
    }
  });
});

describe('v12Write with the token from PTV_V12_TOKEN', () => {
  it('sends the key and that token, never writes either to the evidence; unset is a coded error', async () => {
    const envMap: LoadedRouteMap = structuredClone(map);
    envMap.map.auth.token = { source: 'env:PTV_V12_TOKEN', header: 'authorization', scheme: 'Bearer' };
    const login = await client().request<{ ptvToken: string }>({
      method: 'POST',
      path: '/api/auth/api-login',
      body: t.sim.credentials,
      auth: 'none',
    });
    const token = login.body.ptvToken;
    const evidence = join(dir, 'evidence-env.ndjson');
    const c = client({ evidencePath: evidence });
    const saved = process.env.PTV_V12_TOKEN;
    try {
      delete process.env.PTV_V12_TOKEN;
      const body = v12Body('service', aService(t.ctx('ENV-1')));
      await expect(v12Write(c, envMap, 'service.create', {}, body)).rejects.toMatchObject({
        code: 'PTVR_V12_ROUTE_UNAVAILABLE',
      });
      process.env.PTV_V12_TOKEN = token;
      const r = await v12Write(c, envMap, 'service.create', {}, body);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    } finally {
      if (saved === undefined) delete process.env.PTV_V12_TOKEN;
      else process.env.PTV_V12_TOKEN = saved;
    }
    const text = readFileSync(evidence, 'utf8');
    expect(text).toContain('/api/v12/service');
    expect(text).not.toContain(token);
    expect(text).not.toContain(t.sim.apiKey);
  });
});

describe('v12Write production guard', () => {
  let listener: Server;
  let connections = 0;
  beforeAll(async () => {
    listener = createServer((s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => new Promise<void>((resolve) => listener.close(() => resolve())));

  it('refuses a v12 write to the production gateway before any socket', async () => {
    const port = (listener.address() as AddressInfo).port;
    const c = client({
      v12ApiUrl: `http://api-gw.palvelutietovaranto.suomi.fi:${port}`,
      lookup: lookupLoopback,
    });
    for (const key of ['service.create', 'connection.delete'] as const) {
      await expect(
        v12Write(
          c,
          map,
          key,
          { serviceContentId: 'a', channelContentId: 'b' },
          key === 'service.create' ? {} : undefined,
        ),
      ).rejects.toMatchObject({ code: 'PTVR_PRODUCTION_WRITE_REFUSED' });
    }
    expect(connections).toBe(0);
  });
});
