import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aService, aServiceLocation, anEChannel, type FixtureContext } from '../../../../fixtures/index.js';
import { runCli } from '../../../cli/main.js';
import { toV12Request } from '../../../rules/v12/toV12Request.js';
import { DEFAULT_ROUTE_MAP_FILE } from '../../../v12/loadRouteMap.js';
import { createSimulator, type Simulator } from '../../index.js';

type Obj = Record<string, unknown>;

// The simulator's own v12 write surface, spoken to over raw HTTP: the gateway key, the login token
// the default map asks for, the ProblemDetails bodies, and the v11 side of the same state.
let sim: Simulator;
let token: string;
const dir = mkdtempSync(join(tmpdir(), 'ptvr-simv12w-'));
const ctx = (caseId: string): FixtureContext => ({
  runId: 'simv12w',
  seed: 3,
  referenceDate: '2026-06-01T00:00:00.000Z',
  organizationId: sim.organizationId,
  caseId,
});

beforeAll(async () => {
  sim = await createSimulator();
  const res = await request(sim.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(sim.credentials),
  });
  token = ((await res.body.json()) as { ptvToken: string }).ptvToken;
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  headers: Record<string, string> = { 'x-api-key': sim.apiKey, authorization: `Bearer ${token}` },
  base = sim.url,
): Promise<{ status: number; json: Obj; headers: Record<string, unknown> }> {
  const res = await request(`${base}${path}`, {
    method,
    headers: { ...headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await res.body.text();
  return { status: res.statusCode, json: text ? (JSON.parse(text) as Obj) : {}, headers: res.headers };
}

describe('simulator v12 writes (bundled inferred route map)', () => {
  it('gate: no key → 401, key without the login token → 401, both ProblemDetails; nothing stored', async () => {
    const count = async () => {
      const r = await call(
        'GET',
        `/api/v11/Service/list/organization?organizationId=${sim.organizationId}`,
        undefined,
        {},
      );
      expect(r.status).toBe(200);
      return Array.isArray(r.json.itemList) ? r.json.itemList.length : 0;
    };
    const before = await count();
    const body = toV12Request('service', aService(ctx('G'))).body;
    const noKey = await call('POST', '/api/v12/service', body, { authorization: `Bearer ${token}` });
    expect(noKey).toMatchObject({ status: 401, json: { title: 'Unauthorized', status: 401 } });
    const noToken = await call('POST', '/api/v12/service', body, { 'x-api-key': sim.apiKey });
    expect(noToken).toMatchObject({ status: 401, json: { title: 'Unauthorized', status: 401 } });
    expect(await count()).toBe(before);
    expect((await call('POST', '/api/v12/service', body)).status).toBe(200);
    expect(await count()).toBe(before + 1);
  });

  it('schema: 400 ProblemDetails with one errors[] entry per problem, JSON-pointer paths', async () => {
    const body = toV12Request('service', aService(ctx('S'))).body;
    delete (body.languageVersions as Record<string, Obj>).fi!.alternativeName;
    body.publishingStatus = 'Published';
    const r = await call('POST', '/api/v12/service', body);
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ title: 'Bad Request', status: 400, type: 'about:blank' });
    expect((r.json.errors as Obj[]).map((e) => e.path).sort()).toEqual([
      '/languageVersions/fi/alternativeName',
      '/publishingStatus',
    ]);
  });

  it('a v12 create reads back through v11 and v12; a v11 update shows on v12; a v12 PUT on v11', async () => {
    const body = toV12Request('servicelocation-channel', aServiceLocation(ctx('L'))).body;
    const created = await call('POST', '/api/v12/service-channel/service-location', body);
    expect(created.status).toBe(200);
    const id = String(created.json.contentId);
    expect(created.headers.location).toBe(`/api/v12/service-channel/${id}`);
    expect(created.json.serviceChannelType).toBe('ServiceLocation');

    const v11 = await call('GET', `/api/v11/ServiceChannel/${id}`, undefined, {});
    expect(v11.status).toBe(200);
    expect(v11.json.serviceChannelNames).toContainEqual(
      expect.objectContaining({
        language: 'sv',
        value: (body.languageVersions as Record<string, Obj>).sv!.name,
      }),
    );
    // The v12 PUT's new street shows on the v11 read of the same entity.
    const next = structuredClone(body) as Obj & { location: { streetAddresses: Obj[] } };
    next.location.streetAddresses[0]!.addressDetail = '99 B';
    expect((await call('PUT', `/api/v12/service-channel/service-location/${id}`, next)).status).toBe(200);
    const after = await call('GET', `/api/v11/ServiceChannel/${id}`, undefined, {});
    expect(JSON.stringify(after.json.addresses)).toContain('"streetNumber":"99 B"');
  });

  it("v11's own rules do not judge a v12 write: a service without producers (v11 needs one) is stored", async () => {
    const body = toV12Request('service', aService(ctx('P'))).body;
    body.producers = {
      selfProducedProducers: { organizations: [] },
      procuredProducers: { organizations: [], other: [] },
      otherProducers: { organizations: [], other: [] },
    };
    const r = await call('POST', '/api/v12/service', body);
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(r.json.producers).toMatchObject({ selfProducedProducers: { organizations: [] } });
  });

  it('a body with externalId takes the external-id route on the same path; v11 shows it as the sourceId', async () => {
    const v11 = aService(ctx('E'));
    const body = toV12Request('service', v11, { externalId: true }).body;
    const r = await call('POST', '/api/v12/service', body);
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    // The owner's v11 GET shows the sourceId the externalId became [INF].
    const read = await call('GET', `/api/v11/Service/${String(r.json.contentId)}`, undefined, {
      authorization: `Bearer ${token}`,
    });
    expect(read.status).toBe(200);
    expect(read.json.sourceId).toBe(body.externalId);
  });

  it('a v12 PUT on a v11-written channel keeps what v12 cannot send (WCAG level, statement, hours)', async () => {
    const v11 = anEChannel(ctx('W'));
    const bearer = { authorization: `Bearer ${token}` };
    const created = await call('POST', '/api/v11/ServiceChannel/EChannel', v11, bearer);
    expect(created.status, JSON.stringify(created.json)).toBe(200);
    const id = String(created.json.id);
    const body = toV12Request('eservice-channel', v11).body;
    (body.languageVersions as Record<string, Obj>).fi!.summary = 'Uusi tiivistelmä.';
    expect((await call('PUT', `/api/v12/service-channel/e-service/${id}`, body)).status).toBe(200);
    const read = await call('GET', `/api/v11/ServiceChannel/${id}`, undefined, {});
    expect(JSON.stringify(read.json)).toContain('Uusi tiivistelmä.');
    const fi = (read.json.accessibilityClassification as Obj[]).find((a) => a.language === 'fi');
    expect(fi).toMatchObject({
      wcagLevel: 'LevelA',
      accessibilityStatementWebPage: v11.accessibilityClassification[0]!.accessibilityStatementWebPage,
    });
    expect((read.json.serviceHours as unknown[]).length).toBe(v11.serviceHours!.length);
  });

  it('unknown or mistyped ids are 404 ProblemDetails with reason', async () => {
    const body = toV12Request('service', aService(ctx('U'))).body;
    const none = await call('PUT', '/api/v12/service/0b7c3f9e-1111-4222-8333-444455556666', body);
    expect(none).toMatchObject({ status: 404, json: { title: 'Not Found', reason: 'Unknown' } });
    // A service id on a channel route: not a channel of that type.
    const s = await call('POST', '/api/v12/service', body);
    const loc = toV12Request('servicelocation-channel', aServiceLocation(ctx('U2'))).body;
    const wrong = await call(
      'PUT',
      `/api/v12/service-channel/service-location/${String(s.json.contentId)}`,
      loc,
    );
    expect(wrong.status).toBe(404);
    const gone = await call(
      'DELETE',
      `/api/v12/connection/${String(s.json.contentId)}/0b7c3f9e-1111-4222-8333-444455556666`,
    );
    expect(gone).toMatchObject({ status: 404, json: { reason: 'Unknown' } });
  });
});

describe('simulate --v12-routes', () => {
  it('serves the named map: its path works, the bundled path does not, the banner names the file', async () => {
    const map = JSON.parse(readFileSync(DEFAULT_ROUTE_MAP_FILE, 'utf8')) as {
      routes: Record<string, Obj | null>;
      auth: { token: Obj };
    };
    map.routes['service.create']!.path = '/api/v12/services/new';
    map.routes['service.createExternal'] = null;
    map.auth.token = { source: 'none' };
    writeFileSync(join(dir, 'routes.json'), JSON.stringify(map));
    let out = '';
    const ac = new AbortController();
    const done = runCli(['simulate', '--port', '0', '--v12-routes', 'routes.json'], {
      io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => undefined } },
      signal: ac.signal,
      env: {},
      cwd: dir,
    });
    for (let i = 0; i < 300 && !out.includes('Stop with'); i++) await sleep(10);
    try {
      expect(out).toContain('v12 writes:    routes.json');
      const base = /API base URL:\s+(\S+)/.exec(out)![1]!;
      const body = toV12Request('service', aService(ctx('C'))).body;
      const key = { 'x-api-key': 'simulator-api-key' };
      expect((await call('POST', '/api/v12/services/new', body, key, base)).status).toBe(200);
      expect((await call('POST', '/api/v12/service', body, key, base)).status).toBe(404);
    } finally {
      ac.abort();
    }
    expect(await done).toBe(0);
  });

  it('a broken map is PTVR_ROUTE_MAP_INVALID, exit 2, before listening', async () => {
    writeFileSync(join(dir, 'bad.json'), '{"status":"inferred"}');
    let err = '';
    const code = await runCli(['simulate', '--port', '0', '--v12-routes', 'bad.json'], {
      io: { stdout: { write: () => undefined }, stderr: { write: (s: string) => (err += s) } },
      signal: new AbortController().signal,
      env: {},
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(err).toMatch(/^PTVR_ROUTE_MAP_INVALID: /);
  });
});
