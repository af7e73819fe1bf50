import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import type { ChannelType } from '../core/ledgerEntry.js';
import { liveEntities, readLedger } from './ledger.js';
import { createPtvClient, type PtvClient } from './ptvClient.js';
import { startFakePtv, type Fault, type FakePtv } from './testSupport/fakePtvServer.js';

// Fault test on the client's own fake PTV (faults before or after the write, seeded), so every branch
// of the retry/recovery logic is reached deterministically. The simulator variant of this flow lives
// in faults.sim.int.test.ts.
let fake: FakePtv;
let dir: string;
let client: PtvClient;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  fake = await startFakePtv({ username: 'fault.user@example.fi', password: 'fault-pw-991' });
  dir = mkdtempSync(join(tmpdir(), 'ptvr-faults-'));
  const rnd = mulberry32(42);
  let requests = 0;
  // 5xx=0.1, 429=0.05, reset=0.01; 5xx and resets land before or after the write at random.
  fake.fault = (): Fault => {
    if (++requests === 25) fake.revokeAll(); // token revocation mid-flow
    const r = rnd();
    const after = rnd() < 0.5;
    if (r < 0.01) return after ? 'reset-after' : 'reset-before';
    if (r < 0.06) return '429';
    if (r < 0.16) return after ? '503-after' : '503-before';
    return 'none';
  };
  client = createPtvClient({
    apiUrl: fake.url,
    tokenUrl: `${fake.url}/api/auth/api-login`,
    authShape: 'cte',
    credentials: { username: fake.username, password: fake.password },
    ptvOrganizationId: fake.organizationId,
    runId: 'faults',
    evidencePath: join(dir, 'evidence.ndjson'),
    ledgerPath: join(dir, 'ledger.ndjson'),
    retry: { maxRetries: 8, minDelayMs: 1, maxDelayMs: 4 },
    concurrency: 4,
  });
});
afterAll(async () => {
  await client.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

it('a create / modify / archive flow completes under faults with no duplicate and every attempt in evidence', async () => {
  const org = fake.organizationId;
  const channels: ChannelType[] = ['EChannel', 'Phone', 'WebPage', 'PrintableForm', 'ServiceLocation'];
  const created: Array<{ path: string; id: string }> = [];
  let recovered = 0;
  const post = async (path: string, body: Record<string, unknown>) => {
    const res = await client.post<{ id: string }>(
      path,
      { ...body, publishingStatus: 'Published' },
      { caseId: `C-${body.sourceId as string}` },
    );
    expect(res.status, `${path} ${res.text}`).toBe(200);
    if (res.recovered) recovered++;
    created.push({ path, id: res.body.id });
  };
  await post('/api/v11/Organization', { sourceId: 'f-org', parentOrganizationId: org });
  for (let i = 0; i < 6; i++)
    await post('/api/v11/Service', { sourceId: `f-svc-${i}`, mainResponsibleOrganization: org });
  await Promise.all(
    channels.map((t, i) =>
      post(`/api/v11/ServiceChannel/${t}`, { sourceId: `f-ch-${i}`, organizationId: org }),
    ),
  );

  for (const c of created) {
    const res = await client.put(`${c.path}/${c.id}`, { publishingStatus: 'Published', changed: true });
    expect(res.status).toBe(200);
  }
  for (const c of created.reverse()) {
    const res = await client.put(`${c.path}/${c.id}`, { publishingStatus: 'Deleted' });
    expect(res.status).toBe(200);
  }

  // No duplicate entity: one per sourceId, all archived.
  const sids = fake.entities.map((e) => e.sourceId);
  expect(sids).toHaveLength(12);
  expect(new Set(sids).size).toBe(12);
  expect(fake.entities.every((e) => e.publishingStatus === 'Deleted')).toBe(true);

  // Faults really happened, including the re-login and at least one recovered POST.
  const evidence = readFileSync(join(dir, 'evidence.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as EvidenceEntry);
  const api = evidence.filter((e) => e.url.includes('/api/v11/'));
  expect(fake.logins.length).toBeGreaterThanOrEqual(2);
  expect(api.some((e) => e.status === 429)).toBe(true);
  expect(api.some((e) => e.status === 503)).toBe(true);
  expect(recovered).toBeGreaterThanOrEqual(1);
  // Every attempt the server saw is in the evidence, numbered 1..n per logical request.
  expect(api).toHaveLength(fake.seen.length);
  const byRequest = new Map<string, number[]>();
  for (const e of api) byRequest.set(e.requestId, [...(byRequest.get(e.requestId) ?? []), e.attempt]);
  for (const attempts of byRequest.values()) expect(attempts).toEqual(attempts.map((_, i) => i + 1));
  expect(new Set(evidence.map((e) => e.id)).size).toBe(evidence.length);

  // The ledger knows everything was created and archived.
  const ledger = readLedger(join(dir, 'ledger.ndjson'));
  expect(ledger.filter((e) => e.event === 'created')).toHaveLength(12);
  expect(liveEntities(ledger)).toEqual([]);
});
