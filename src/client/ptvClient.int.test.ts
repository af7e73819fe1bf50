import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { readLedger } from './ledger.js';
import { createPtvClient, type PtvClient, type PtvClientOptions } from './ptvClient.js';
import { startFakePtv, type Fault, type FakePtv } from './testSupport/fakePtvServer.js';

let fake: FakePtv;
let dir: string;
let client: PtvClient | undefined;

const evidence = (): EvidenceEntry[] =>
  readFileSync(join(dir, 'evidence.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as EvidenceEntry);

function make(extra: Partial<PtvClientOptions> = {}): PtvClient {
  client = createPtvClient({
    apiUrl: fake.url,
    tokenUrl: `${fake.url}/api/auth/api-login`,
    authShape: 'cte',
    credentials: { username: fake.username, password: fake.password },
    ptvOrganizationId: fake.organizationId,
    runId: 'run-1',
    evidencePath: join(dir, 'evidence.ndjson'),
    ledgerPath: join(dir, 'ledger.ndjson'),
    retry: { maxRetries: 4, minDelayMs: 1, maxDelayMs: 4 },
    ...extra,
  });
  return client;
}

/** Faults for the first n matching requests, then none. */
function faultsOnce(method: string, faults: Fault[]): (m: string) => Fault {
  const queue = [...faults];
  return (m) => (m === method ? (queue.shift() ?? 'none') : 'none');
}

const service = (sourceId?: string) => ({
  ...(sourceId && { sourceId }),
  publishingStatus: 'Published',
  mainResponsibleOrganization: fake.organizationId,
  serviceNames: [{ language: 'fi', value: 'Palvelu', type: 'Name' }],
});

beforeEach(async () => {
  fake = await startFakePtv({ username: 'custom.user@example.fi', password: 'pw-Sup3r-s3cret!' });
  dir = mkdtempSync(join(tmpdir(), 'ptvr-client-'));
});
afterEach(async () => {
  await client?.close();
  client = undefined;
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('createPtvClient against a fake PTV', () => {
  it('logs in once for concurrent callers and reports token info without the token', async () => {
    const c = make();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => c.get('/api/v11/Service/x', { auth: 'token' })),
    );
    expect(results.every((r) => r.status === 404)).toBe(true);
    expect(fake.logins).toHaveLength(1);
    const info = await c.token();
    expect(info).toMatchObject({
      shape: 'ptvToken',
      email: fake.username,
      organizationId: fake.organizationId,
    });
    expect(info.lifetimeSeconds).toBe(3600);
    expect(JSON.stringify(info)).not.toMatch(/eyJ/);
  });

  it('retries GET on 429 and 503 and records every attempt as evidence', async () => {
    const c = make();
    fake.fault = faultsOnce('GET', ['429', '503-before']);
    const res = await c.get('/api/v11/Service/none', { caseId: 'SRV-01' });
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
    fake.fault = () => '503-before';
    const res = await c.get('/api/v11/Service/none');
    expect(res.status).toBe(503);
    expect(res.attempts).toBe(3);
  });

  it('retry:false returns the first processed answer: a 5xx is kept, a 429 (not processed) is retried', async () => {
    const c = make();
    fake.fault = faultsOnce('GET', ['503-before']);
    const first = await c.get('/api/v11/Service/none', { retry: false });
    expect(first.status).toBe(503);
    expect(first.attempts).toBe(1);
    fake.fault = faultsOnce('GET', ['429', '429']);
    const res = await c.get('/api/v11/Service/none', { retry: false, caseId: 'T-429' });
    expect(res.status).toBe(404);
    expect(res.attempts).toBe(3);
    expect(
      evidence()
        .filter((e) => e.caseId === 'T-429')
        .map((e) => e.status),
    ).toEqual([429, 429, 404]);
  });

  it('a creating POST that meets a 429 is re-sent without a lookup (nothing was processed), once created', async () => {
    const c = make();
    fake.fault = faultsOnce('POST', ['429']);
    const res = await c.post<{ id: string }>('/api/v11/Service', service('svc-429'), { retry: false });
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(2);
    expect(res.recovered).toBeUndefined();
    expect(readLedger(join(dir, 'ledger.ndjson')).map((e) => e.sourceId)).toEqual(['svc-429']);
  });

  it('retries a PUT after a connection reset', async () => {
    const c = make();
    const created = await c.post<{ id: string }>('/api/v11/Service', service('svc-put'));
    fake.fault = faultsOnce('PUT', ['reset-before']);
    const res = await c.put(`/api/v11/Service/${created.body.id}`, { publishingStatus: 'Published', x: 1 });
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(2);
    expect(evidence().some((e) => e.error === 'ECONNRESET' || e.error === 'UND_ERR_SOCKET')).toBe(true);
  });

  it('on a 401 logs in again once and retries once', async () => {
    const c = make();
    await c.post('/api/v11/Service', service('svc-401'));
    fake.revokeAll();
    const res = await c.post('/api/v11/Service', service('svc-401b'));
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(2);
    expect(fake.logins).toHaveLength(2);
  });

  it('a 401 twice in a row is returned, not looped on', async () => {
    const c = make();
    const res = await c.get('/api/v11/Service/x', { auth: { bearer: 'not-a-valid-token' } });
    expect(res.status).toBe(401);
    expect(res.attempts).toBe(1);
  });

  it('POST 503 after the write: looks up by sourceId and returns the entity, no duplicate', async () => {
    const c = make();
    fake.fault = faultsOnce('POST', ['503-after']);
    const res = await c.post<{ id: string; sourceId: string }>('/api/v11/Service', service('svc-amb-1'), {
      caseId: 'SRV-02',
    });
    expect(res.status).toBe(200);
    expect(res.recovered).toBe(true);
    expect(res.body.sourceId).toBe('svc-amb-1');
    expect(fake.entities.filter((e) => e.sourceId === 'svc-amb-1')).toHaveLength(1);
    expect(fake.seen.filter((s) => s.method === 'POST')).toHaveLength(1);
    // The lookup reads are authenticated (sourceId is only visible to the same API user).
    expect(fake.seen.filter((s) => s.method === 'GET').every((s) => s.auth === 'valid')).toBe(true);
    const ledger = readLedger(join(dir, 'ledger.ndjson'));
    expect(ledger).toEqual([
      expect.objectContaining({ event: 'created', id: res.body.id, sourceId: 'svc-amb-1' }),
    ]);
  });

  it('POST 503 before the write: lookup misses, so it re-POSTs exactly once', async () => {
    const c = make();
    fake.fault = faultsOnce('POST', ['503-before']);
    const res = await c.post('/api/v11/Service', service('svc-amb-2'));
    expect(res.status).toBe(200);
    expect(res.recovered).toBeUndefined();
    expect(res.attempts).toBe(2);
    expect(fake.entities.filter((e) => e.sourceId === 'svc-amb-2')).toHaveLength(1);
  });

  it('POST reset after the write (channel): recovered through the channel list, across pages', async () => {
    const c = make();
    for (let i = 0; i < 5; i++) {
      await c.post('/api/v11/ServiceChannel/Phone', {
        sourceId: `ch-${i}`,
        organizationId: fake.organizationId,
        publishingStatus: 'Published',
      });
    }
    fake.fault = faultsOnce('POST', ['reset-after']);
    const res = await c.post<{ id: string }>('/api/v11/ServiceChannel/Phone', {
      sourceId: 'ch-amb',
      organizationId: fake.organizationId,
      publishingStatus: 'Published',
    });
    expect(res.recovered).toBe(true);
    expect(fake.entities.filter((e) => e.sourceId === 'ch-amb')).toHaveLength(1);
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
    fake.fault = faultsOnce('POST', ['503-after']);
    const res = await c.post('/api/v11/Organization', {
      sourceId: 'org-amb',
      parentOrganizationId: fake.organizationId,
      publishingStatus: 'Published',
    });
    expect(res.recovered).toBe(true);
    expect(fake.entities.filter((e) => e.sourceId === 'org-amb')).toHaveLength(1);
  });

  it('POST 429 is retried directly (PTV refuses before the write)', async () => {
    const c = make();
    fake.fault = faultsOnce('POST', ['429']);
    const res = await c.post('/api/v11/Service', service('svc-429'));
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(2);
    expect(fake.seen.filter((s) => s.method === 'GET')).toHaveLength(0);
  });

  it('POST without a sourceId is never retried after an ambiguous failure', async () => {
    const c = make();
    fake.fault = faultsOnce('POST', ['503-after']);
    const res = await c.post('/api/v11/Service', service());
    expect(res.status).toBe(503);
    expect(res.attempts).toBe(1);
    fake.fault = faultsOnce('POST', ['reset-after']);
    await expect(c.post('/api/v11/Service', service())).rejects.toMatchObject({
      code: 'PTVR_TARGET_UNREACHABLE',
    });
    expect(fake.seen.filter((s) => s.method === 'POST')).toHaveLength(2);
  });

  it('keeps in-flight requests at the configured concurrency', async () => {
    const c = make({ concurrency: 3 });
    await c.token();
    fake.delayMs = 20;
    await Promise.all(Array.from({ length: 12 }, () => c.get('/api/v11/Service/x')));
    expect(fake.maxInFlight).toBe(3);
  });

  it('writes created / archived / restored ledger lines', async () => {
    const c = make();
    const a = await c.post<{ id: string }>(
      '/api/v11/ServiceChannel/WebPage',
      {
        sourceId: 'wp-1',
        organizationId: fake.organizationId,
        publishingStatus: 'Published',
      },
      { caseId: 'CH-03' },
    );
    await c.put(`/api/v11/ServiceChannel/WebPage/${a.body.id}`, { publishingStatus: 'Published' });
    await c.put(`/api/v11/ServiceChannel/WebPage/${a.body.id}`, { publishingStatus: 'Deleted' });
    await c.put(`/api/v11/ServiceChannel/WebPage/${a.body.id}`, { publishingStatus: 'Published' });
    await c.post('/api/v11/Connection', [{ serviceId: 'x' }]);
    const events = readLedger(join(dir, 'ledger.ndjson')).map((e) => [
      e.event,
      e.objectType,
      e.channelType,
      e.runId,
    ]);
    expect(events).toEqual([
      ['created', 'ServiceChannel', 'WebPage', 'run-1'],
      ['archived', 'ServiceChannel', 'WebPage', 'run-1'],
      ['restored', 'ServiceChannel', 'WebPage', 'run-1'],
    ]);
  });

  it('bad credentials → PTVR_AUTH_FAILED naming the env vars; the login is in the evidence, redacted', async () => {
    const c = make({ credentials: { username: fake.username, password: 'wrong-password-123' } });
    const err = await c.post('/api/v11/Service', service('x')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PTVR_AUTH_FAILED' });
    expect((err as { hint: string }).hint).toMatch(/PTV_USERNAME.*PTV_PASSWORD/);
    const text = readFileSync(join(dir, 'evidence.ndjson'), 'utf8');
    expect(text).toContain('/api/auth/api-login');
    expect(text).not.toContain('wrong-password-123');
    expect(fake.seen).toHaveLength(0);
    // Refused credentials are final: twenty more requests, in parallel and after, send no login.
    const more = await Promise.allSettled(Array.from({ length: 20 }, () => c.get('/api/v11/Service/x')));
    expect(more.every((r) => r.status === 'rejected')).toBe(true);
    await expect(c.token()).rejects.toMatchObject({ code: 'PTVR_AUTH_FAILED' });
    expect(fake.logins).toHaveLength(1);
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
    await fake.close();
    fake = await startFakePtv({ tokenField: 'serviceToken' });
    const warnings: string[] = [];
    const c = make({ onWarning: (m) => warnings.push(m) });
    expect((await c.token()).shape).toBe('serviceToken');
    expect(warnings.join()).toMatch(/serviceToken, not ptvToken/);
  });

  it('an aborted signal stops a request mid-backoff with PTVR_INTERRUPTED', async () => {
    const ac = new AbortController();
    const c = make({ signal: ac.signal, retry: { maxRetries: 5, minDelayMs: 60_000, maxDelayMs: 60_000 } });
    fake.fault = () => '503-before';
    const pending = c.get('/api/v11/Service/x', { auth: 'none' });
    while (fake.seen.length === 0) await new Promise((r) => setTimeout(r, 5));
    ac.abort();
    await expect(pending).rejects.toMatchObject({ code: 'PTVR_INTERRUPTED' });
    expect(fake.seen).toHaveLength(1);
  });

  it('a headers timeout is retried for GET, then reported as unreachable with the undici code', async () => {
    // undici's timeout timers tick at about 1 s, so a 100 ms timeout fires after ~1 s.
    const c = make({ timeouts: { headersMs: 100 }, retry: { maxRetries: 1, minDelayMs: 1, maxDelayMs: 1 } });
    fake.delayMs = 2500;
    const err = await c.get('/api/v11/Service/x', { auth: 'none' }).catch((e: unknown) => e);
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
    fake.fault = faultsOnce('POST', ['503-after']);
    const res = await c.post('/api/v11/Connection', [{ serviceId: 'a', serviceChannelId: 'b' }]);
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(2);
    expect(fake.seen.filter((s) => s.method === 'GET')).toHaveLength(0);
  });

  it('ten parallel 401s after a revocation cause a single re-login', async () => {
    const c = make({ concurrency: 10 });
    await c.token();
    fake.revokeAll();
    fake.delayMs = 10;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        c.put(`/api/v11/Service/none-${i}`, { publishingStatus: 'Published' }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(404));
    expect(fake.logins).toHaveLength(2);
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
    fake.fault = faultsOnce('POST', ['503-after']);
    const res = await c.post<{ id: string }>('/api/v11/Service', service('svc-last'));
    expect(res.recovered).toBe(true);
    expect(res.attempts).toBe(1);
    expect(readLedger(join(dir, 'ledger.ndjson')).map((e) => e.id)).toEqual([res.body.id]);
  });
});
