import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  aConnection,
  aPhoneChannel,
  aService,
  aWebPageChannel,
  anOrganization,
} from '../../fixtures/index.js';
import { startClientTestSim, type ClientTestSim } from '../../test/support/clientOnSim.js';
import { API, delayed, fault, faultsOnce } from '../../test/support/simFaults.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { override } from '../simulator/index.js';
import { readLedger } from './ledger.js';
import { createPtvClient, type PtvClient, type PtvClientOptions } from './ptvClient.js';

let t: ClientTestSim;
let dir: string;
let client: PtvClient | undefined;
/** No such service: a well-formed id the simulator answers 404 for. */
const NONE = '0b7c3f9e-1111-4222-8333-444455556666';

const evidence = (): EvidenceEntry[] =>
  readFileSync(join(dir, 'evidence.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as EvidenceEntry);

function make(extra: Partial<PtvClientOptions> = {}): PtvClient {
  client = createPtvClient({
    apiUrl: t.sim.apiUrl,
    tokenUrl: t.sim.tokenUrl,
    authShape: 'cte',
    credentials: t.sim.credentials,
    ptvOrganizationId: t.sim.organizationId,
    runId: 'run-1',
    evidencePath: join(dir, 'evidence.ndjson'),
    ledgerPath: join(dir, 'ledger.ndjson'),
    retry: { maxRetries: 4, minDelayMs: 1, maxDelayMs: 4 },
    ...extra,
  });
  return client;
}

const service = (caseId: string) => aService(t.ctx(caseId));
const withoutSourceId = <T extends { sourceId?: string }>(body: T): Omit<T, 'sourceId'> => {
  const { sourceId: _drop, ...rest } = body;
  return rest;
};

beforeAll(async () => {
  t = await startClientTestSim({
    username: 'custom.user@example.fi',
    password: 'pw-Sup3r-s3cret!',
    tokenTtlSeconds: 3600,
  });
});
afterAll(() => t.sim.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ptvr-client-'));
});
afterEach(async () => {
  await client?.close();
  client = undefined;
  t.sim.reset();
  rmSync(dir, { recursive: true, force: true });
});

describe('createPtvClient against the simulator', () => {
  it('logs in once for concurrent callers and reports token info without the token', async () => {
    const c = make();
    const results = await Promise.all(Array.from({ length: 10 }, () => c.get(`/api/v11/Service/${NONE}`)));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(404));
    expect(t.logins()).toBe(1);
    const info = await c.token();
    expect(info).toMatchObject({
      shape: 'ptvToken',
      email: t.sim.credentials.username,
      organizationId: t.sim.organizationId,
    });
    expect(info.lifetimeSeconds).toBe(3600);
    expect(JSON.stringify(info)).not.toMatch(/eyJ/);
  });

  it('retries GET on 429 and 503 and records every attempt as evidence', async () => {
    const c = make();
    t.sim.use(...faultsOnce('GET', ['429', '503-before']));
    const res = await c.get(`/api/v11/Service/${NONE}`, { caseId: 'SRV-01' });
    expect(res.status).toBe(404);
    expect(res.attempts).toBe(3);
    const ev = evidence().filter((e) => e.caseId === 'SRV-01');
    expect(ev.map((e) => e.status)).toEqual([429, 503, 404]);
    expect(ev.map((e) => e.attempt)).toEqual([1, 2, 3]);
    expect(new Set(ev.map((e) => e.requestId)).size).toBe(1);
    expect(res.evidenceIds).toEqual(ev.map((e) => e.id));
  });

  it('gives up after maxRetries and returns the last 5xx (never throws on HTTP status)', async () => {
    const c = make({ retry: { maxRetries: 2, minDelayMs: 1, maxDelayMs: 2 } });
    t.sim.use(override('GET', API, fault('503-before')));
    const res = await c.get(`/api/v11/Service/${NONE}`);
    expect(res.status).toBe(503);
    expect(res.attempts).toBe(3);
  });

  it('retry:false returns the first processed answer: a 5xx is kept, a 429 (not processed) is retried', async () => {
    const c = make();
    t.sim.use(...faultsOnce('GET', ['503-before']));
    const first = await c.get(`/api/v11/Service/${NONE}`, { retry: false });
    expect(first.status).toBe(503);
    expect(first.attempts).toBe(1);
    t.sim.use(...faultsOnce('GET', ['429', '429']));
    const res = await c.get(`/api/v11/Service/${NONE}`, { retry: false, caseId: 'T-429' });
    expect(res.status).toBe(404);
    expect(res.attempts).toBe(3);
    expect(
      evidence()
        .filter((e) => e.caseId === 'T-429')
        .map((e) => e.status),
    ).toEqual([429, 429, 404]);
  });

  it('waits as long as a Retry-After asks, not just the back-off', async () => {
    const ac = new AbortController();
    const c = make({ signal: ac.signal });
    t.sim.use(
      override('GET', API, () => ({ status: 429, headers: { 'retry-after': '60' }, text: 'slow down' })),
    );
    const pending = c.get(`/api/v11/Service/${NONE}`);
    while (t.apiCalls('GET').length === 0) await sleep(5);
    // With a 1–4 ms back-off alone a second attempt would follow at once; Retry-After holds it back.
    await sleep(50);
    ac.abort();
    await expect(pending).rejects.toMatchObject({ code: 'PTVR_INTERRUPTED' });
    expect(t.apiCalls('GET')).toHaveLength(1);
  });

  it('a creating POST that meets a 429 is re-sent without a lookup (nothing was processed), once created', async () => {
    const c = make();
    t.sim.use(...faultsOnce('POST', ['429']));
    const body = service('SRV-429A');
    const res = await c.post<{ id: string }>('/api/v11/Service', body, { retry: false });
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(2);
    expect(res.recovered).toBeUndefined();
    expect(t.apiCalls('GET')).toHaveLength(0);
    expect(readLedger(join(dir, 'ledger.ndjson')).map((e) => e.sourceId)).toEqual([body.sourceId]);
  });

  it('retries a PUT after a connection reset', async () => {
    const c = make();
    const created = await c.post<{ id: string }>('/api/v11/Service', service('SRV-PUT'));
    t.sim.use(...faultsOnce('PUT', ['reset-before']));
    const res = await c.put(`/api/v11/Service/${created.body.id}`, { publishingStatus: 'Deleted' });
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(2);
    expect(evidence().some((e) => e.error === 'ECONNRESET' || e.error === 'UND_ERR_SOCKET')).toBe(true);
  });

  it('on a 401 logs in again once and retries once', async () => {
    const c = make();
    await c.post('/api/v11/Service', service('SRV-401A'));
    await t.revokeAll();
    const res = await c.post('/api/v11/Service', service('SRV-401B'));
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(2);
    expect(t.logins()).toBe(2);
  });

  it('a 401 twice in a row is returned, not looped on', async () => {
    const c = make();
    const res = await c.put(
      `/api/v11/Service/${NONE}`,
      { publishingStatus: 'Deleted' },
      { auth: { bearer: 'not-a-valid-token' } },
    );
    expect(res.status).toBe(401);
    expect(res.attempts).toBe(1);
  });

  it('POST 503 after the write: looks up by sourceId and returns the entity, no duplicate', async () => {
    const c = make();
    t.sim.use(...faultsOnce('POST', ['503-after']));
    const body = service('SRV-AMB1');
    const res = await c.post<{ id: string; sourceId: string }>('/api/v11/Service', body, {
      caseId: 'SRV-02',
    });
    expect(res.status).toBe(200);
    expect(res.recovered).toBe(true);
    expect(res.body.sourceId).toBe(body.sourceId);
    expect(await t.holders(body.sourceId!)).toEqual([{ id: res.body.id, status: 'Published' }]);
    expect(t.apiCalls('POST')).toHaveLength(1);
    // The lookup reads are authenticated (sourceId is only visible to the same API user).
    const reads = t.apiCalls('GET');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.headers.authorization === '[REDACTED]')).toBe(true);
    // Their evidence belongs to the recovered request's trail.
    expect(res.evidenceIds).toHaveLength(1 + reads.length);
    const ledger = readLedger(join(dir, 'ledger.ndjson'));
    expect(ledger).toEqual([
      expect.objectContaining({ event: 'created', id: res.body.id, sourceId: body.sourceId }),
    ]);
  });

  it('POST 503 before the write: lookup misses, so it re-POSTs exactly once', async () => {
    const c = make();
    t.sim.use(...faultsOnce('POST', ['503-before']));
    const body = service('SRV-AMB2');
    const res = await c.post('/api/v11/Service', body);
    expect(res.status).toBe(200);
    expect(res.recovered).toBeUndefined();
    expect(res.attempts).toBe(2);
    expect(await t.holders(body.sourceId!)).toHaveLength(1);
  });

  it('POST reset after the write (channel): recovered through the channel list', async () => {
    const c = make();
    for (const n of [1, 2, 3])
      await c.post('/api/v11/ServiceChannel/Phone', aPhoneChannel(t.ctx('CH-P'), {}, { n }));
    t.sim.use(...faultsOnce('POST', ['reset-after']));
    const body = aPhoneChannel(t.ctx('CH-AMB'));
    const res = await c.post<{ id: string }>('/api/v11/ServiceChannel/Phone', body);
    expect(res.recovered).toBe(true);
    expect(await t.holders(body.sourceId!)).toEqual([{ id: res.body.id, status: 'Published' }]);
    const last = readLedger(join(dir, 'ledger.ndjson')).at(-1);
    expect(last).toMatchObject({
      event: 'created',
      objectType: 'ServiceChannel',
      channelType: 'Phone',
      id: res.body.id,
    });
  });

  it('POST of a sub-organisation recovered through the parent subOrganizations', async () => {
    const c = make();
    t.sim.use(...faultsOnce('POST', ['503-after']));
    const body = anOrganization(t.ctx('ORG-AMB'));
    const res = await c.post<{ id: string }>('/api/v11/Organization', body);
    expect(res.recovered).toBe(true);
    expect(await t.holders(body.sourceId!)).toEqual([{ id: res.body.id, status: 'Published' }]);
  });

  it('POST without a sourceId is never retried after an ambiguous failure', async () => {
    const c = make();
    t.sim.use(...faultsOnce('POST', ['503-after']));
    const res = await c.post('/api/v11/Service', withoutSourceId(service('SRV-NOSID1')));
    expect(res.status).toBe(503);
    expect(res.attempts).toBe(1);
    t.sim.use(...faultsOnce('POST', ['reset-after']));
    await expect(c.post('/api/v11/Service', withoutSourceId(service('SRV-NOSID2')))).rejects.toMatchObject({
      code: 'PTVR_TARGET_UNREACHABLE',
    });
    expect(t.apiCalls('POST')).toHaveLength(2);
    expect(t.apiCalls('GET')).toHaveLength(0);
  });

  it('keeps in-flight requests at the configured concurrency', async () => {
    const c = make({ concurrency: 3 });
    await c.token();
    let inFlight = 0;
    let most = 0;
    t.sim.use(
      override('GET', API, async (_req, next) => {
        most = Math.max(most, ++inFlight);
        await sleep(20);
        inFlight--;
        return next();
      }),
    );
    await Promise.all(Array.from({ length: 12 }, () => c.get(`/api/v11/Service/${NONE}`)));
    expect(most).toBe(3);
  });

  it('writes created / archived / restored ledger lines; connections are not entities', async () => {
    const c = make();
    const path = '/api/v11/ServiceChannel/WebPage';
    const body = aWebPageChannel(t.ctx('CH-03'));
    const a = await c.post<{ id: string }>(path, body, { caseId: 'CH-03' });
    const svc = await c.post<{ id: string }>('/api/v11/Service', service('SRV-LEDGER'));
    const update = withoutSourceId(body);
    expect((await c.put(`${path}/${a.body.id}`, update)).status).toBe(200);
    expect((await c.put(`${path}/${a.body.id}`, { publishingStatus: 'Deleted' })).status).toBe(200);
    expect((await c.put(`${path}/${a.body.id}`, update)).status).toBe(200);
    const conn = await c.post('/api/v11/Connection', [
      aConnection(t.ctx('CON-L'), {
        serviceId: svc.body.id,
        serviceChannelId: a.body.id,
        channelType: 'WebPage',
      }),
    ]);
    expect(conn.status, conn.text).toBe(200);
    const events = readLedger(join(dir, 'ledger.ndjson')).map((e) => [e.event, e.objectType, e.channelType]);
    expect(events).toEqual([
      ['created', 'ServiceChannel', 'WebPage'],
      ['created', 'Service', undefined],
      ['archived', 'ServiceChannel', 'WebPage'],
      ['restored', 'ServiceChannel', 'WebPage'],
    ]);
    expect(readLedger(join(dir, 'ledger.ndjson')).every((e) => e.runId === 'run-1')).toBe(true);
  });

  it('writes the create intent journal: intent before the POST, resolved after a definite answer, open after a 5xx', async () => {
    const intentsPath = join(dir, 'intents.ndjson');
    const c = make({ intentsPath, retry: { maxRetries: 0 } });
    const ok = service('SRV-INT1');
    const seenBeforeSend: string[] = [];
    t.sim.use(
      override(
        'POST',
        '/api/v11/Service',
        () => {
          // The intent is on disk (fsynced) before the simulator sees the POST.
          seenBeforeSend.push(readFileSync(intentsPath, 'utf8'));
          return undefined;
        },
        { once: true },
      ),
    );
    await c.post('/api/v11/Service', ok, { caseId: 'SRV-INT' });
    expect(seenBeforeSend[0]).toContain(`"sourceId":"${ok.sourceId}"`);
    const open = withoutSourceId(service('SRV-INT2'));
    t.sim.use(...faultsOnce('POST', ['503-before']));
    const failed = { ...open, sourceId: 'client-int-open' };
    expect((await c.post('/api/v11/Service', failed, { retry: false })).status).toBe(503);
    await c.put(`/api/v11/Service/${NONE}`, { publishingStatus: 'Deleted' });
    const lines = readFileSync(intentsPath, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string; sourceId: string; caseId?: string; runId: string });
    expect(lines.map((l) => [l.event, l.sourceId, l.caseId])).toEqual([
      ['intent', ok.sourceId, 'SRV-INT'],
      ['resolved', ok.sourceId, undefined],
      ['intent', 'client-int-open', undefined],
    ]);
    expect(lines.every((l) => l.runId === 'run-1')).toBe(true);
  });

  it('names requests by the default case id and reports each final answer once', async () => {
    let current: string | undefined = 'STEP-7';
    const seen: Array<[string, number, number]> = [];
    const c = make({
      defaultCaseId: () => current,
      onResponse: (req, res) => seen.push([req.path, res.attempts, res.evidenceIds.length]),
    });
    t.sim.use(...faultsOnce('POST', ['503-after']));
    const body = service('SRV-STEP');
    const res = await c.post('/api/v11/Service', body);
    current = undefined;
    await c.get(`/api/v11/Service/${NONE}`, { caseId: 'OWN' });
    // The recovery lookups are part of the POST, not separate answers.
    expect(seen).toEqual([
      ['/api/v11/Service', 1, res.evidenceIds.length],
      [`/api/v11/Service/${NONE}`, 1, 1],
    ]);
    const cases = new Set(
      evidence()
        .filter((e) => e.caseId !== 'login')
        .map((e) => e.caseId),
    );
    expect(cases).toEqual(new Set(['STEP-7', 'OWN']));
  });

  it('bad credentials → PTVR_AUTH_FAILED naming the env vars; the login is in the evidence, redacted', async () => {
    const c = make({ credentials: { username: t.sim.credentials.username, password: 'wrong-password-123' } });
    const err = await c.post('/api/v11/Service', service('SRV-BAD')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PTVR_AUTH_FAILED' });
    expect((err as { hint: string }).hint).toMatch(/PTV_USERNAME.*PTV_PASSWORD/);
    const text = readFileSync(join(dir, 'evidence.ndjson'), 'utf8');
    expect(text).toContain('/api/auth/api-login');
    expect(text).not.toContain('wrong-password-123');
    expect(t.apiCalls()).toHaveLength(0);
    // Refused credentials are final: twenty more requests, in parallel and after, send no login.
    const more = await Promise.allSettled(
      Array.from({ length: 20 }, () => c.get(`/api/v11/Service/${NONE}`)),
    );
    expect(more.every((r) => r.status === 'rejected')).toBe(true);
    await expect(c.token()).rejects.toMatchObject({ code: 'PTVR_AUTH_FAILED' });
    expect(t.logins()).toBe(1);
  });

  it('a refused connection → PTVR_TARGET_UNREACHABLE with the cause kept', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const c = make({
      apiUrl: `http://127.0.0.1:${port}`,
      tokenUrl: `http://127.0.0.1:${port}/api/auth/api-login`,
    });
    const err = (await c.token().catch((e: unknown) => e)) as {
      code: string;
      cause: unknown;
      details: unknown;
    };
    expect(err.code).toBe('PTVR_TARGET_UNREACHABLE');
    expect(err.cause).toBeInstanceOf(Error);
    expect(err.details).toEqual({ code: 'ECONNREFUSED' });
  });

  it('warns when the login answers a different token field than the auth shape expects', async () => {
    t.sim.use(
      override('POST', '/api/auth/api-login', async (_req, next) => {
        const real = await next();
        if (real === 'reset') return real;
        const { ptvToken } = real.json as { ptvToken: string };
        return { ...real, json: { serviceToken: ptvToken } };
      }),
    );
    const warnings: string[] = [];
    const c = make({ onWarning: (m) => warnings.push(m) });
    expect((await c.token()).shape).toBe('serviceToken');
    expect(warnings.join()).toMatch(/serviceToken, not ptvToken/);
  });

  it('retries the login like a GET on 503 and a reset, in the same bounded loop', async () => {
    t.sim.use(
      override('POST', '/api/auth/api-login', fault('503-before'), { once: true }),
      override('POST', '/api/auth/api-login', fault('reset-before'), { once: true }),
    );
    const c = make();
    expect((await c.token()).shape).toBe('ptvToken');
    const logins = evidence().filter((e) => e.caseId === 'login');
    expect(logins.map((e) => [e.attempt, e.status ?? e.error])).toEqual([
      [1, 503],
      [2, expect.stringMatching(/ECONNRESET|UND_ERR_SOCKET/)],
      [3, 200],
    ]);
    await c.close();
    t.sim.use(override('POST', '/api/auth/api-login', fault('503-before')));
    const tired = make({ retry: { maxRetries: 2, minDelayMs: 1, maxDelayMs: 1 } });
    await expect(tired.token()).rejects.toMatchObject({ code: 'PTVR_AUTH_FAILED', details: { status: 503 } });
  });

  it('an aborted signal stops a request mid-backoff with PTVR_INTERRUPTED', async () => {
    const ac = new AbortController();
    const c = make({ signal: ac.signal, retry: { maxRetries: 5, minDelayMs: 60_000, maxDelayMs: 60_000 } });
    t.sim.use(override('GET', API, fault('503-before')));
    const pending = c.get(`/api/v11/Service/${NONE}`, { auth: 'none' });
    while (t.apiCalls().length === 0) await sleep(5);
    ac.abort();
    await expect(pending).rejects.toMatchObject({ code: 'PTVR_INTERRUPTED' });
    expect(t.apiCalls()).toHaveLength(1);
  });

  it('a headers timeout is retried for GET, then reported as unreachable with the undici code', async () => {
    // undici's timeout timers tick at about 1 s, so a 100 ms timeout fires after ~1 s.
    const c = make({ timeouts: { headersMs: 100 }, retry: { maxRetries: 1, minDelayMs: 1, maxDelayMs: 1 } });
    t.sim.use(delayed('GET', 2500));
    const err = await c.get(`/api/v11/Service/${NONE}`, { auth: 'none' }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'PTVR_TARGET_UNREACHABLE',
      details: { code: 'UND_ERR_HEADERS_TIMEOUT' },
    });
    expect(evidence().map((e) => [e.attempt, e.error])).toEqual([
      [1, 'UND_ERR_HEADERS_TIMEOUT'],
      [2, 'UND_ERR_HEADERS_TIMEOUT'],
    ]);
  });

  it('POST /Connection is an upsert and is retried like a PUT', async () => {
    const c = make();
    const svc = await c.post<{ id: string }>('/api/v11/Service', service('SRV-CON'));
    const ch = await c.post<{ id: string }>('/api/v11/ServiceChannel/Phone', aPhoneChannel(t.ctx('CH-CON')));
    t.sim.reset();
    t.sim.use(...faultsOnce('POST', ['503-after']));
    const res = await c.post('/api/v11/Connection', [
      aConnection(t.ctx('CON-01'), {
        serviceId: svc.body.id,
        serviceChannelId: ch.body.id,
        channelType: 'Phone',
      }),
    ]);
    expect(res.status, res.text).toBe(200);
    expect(res.attempts).toBe(2);
    expect(t.apiCalls('GET')).toHaveLength(0);
  });

  it('ten parallel 401s after a revocation cause a single re-login', async () => {
    const c = make({ concurrency: 10 });
    await c.token();
    await t.revokeAll();
    t.sim.use(delayed('PUT', 10));
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        c.put(`/api/v11/Service/0b7c3f9e-1111-4222-8333-00000000000${i}`, { publishingStatus: 'Deleted' }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(404));
    expect(t.logins()).toBe(2);
  });

  it('a DNS failure → PTVR_TARGET_UNREACHABLE (ENOTFOUND), and close() may be called twice', async () => {
    const c = make({
      apiUrl: 'http://no-such-host.invalid',
      tokenUrl: 'http://no-such-host.invalid/api/auth/api-login',
      lookup: (_h, _o, cb) =>
        (cb as unknown as (e: Error) => void)(
          Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
        ),
    });
    await expect(c.token()).rejects.toMatchObject({
      code: 'PTVR_TARGET_UNREACHABLE',
      details: { code: 'ENOTFOUND' },
    });
    await c.close();
    await c.close();
  });

  it('out of retries on a 5xx after the write: a last lookup still returns (and ledgers) the entity', async () => {
    const c = make({ retry: { maxRetries: 0, minDelayMs: 1, maxDelayMs: 1 } });
    t.sim.use(...faultsOnce('POST', ['503-after']));
    const res = await c.post<{ id: string }>('/api/v11/Service', service('SRV-LAST'));
    expect(res.recovered).toBe(true);
    expect(res.attempts).toBe(1);
    expect(readLedger(join(dir, 'ledger.ndjson')).map((e) => e.id)).toEqual([res.body.id]);
  });
});
