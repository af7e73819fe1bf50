import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aConnection,
  aPhoneChannel,
  aPrintableFormChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  anOrganization,
  type FixtureContext,
} from '../../fixtures/index.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import type { ChannelType } from '../core/ledgerEntry.js';
import { createSimulator, type Simulator } from '../simulator/index.js';
import { archivePathFor, liveEntities, readLedger } from './ledger.js';
import { createPtvClient, type PtvClient } from './ptvClient.js';

// The acceptance flow against the real simulator: faults 5xx=0.1, 429=0.05, reset=0.01 (5xx before or
// after the write, seeded) and token revocations mid-flow. The simulator's
// own state (GET /control/state) must hold exactly one entity per sourceId.
// Two scenarios: the exact rates (a reset at 1 % may or may not fall on this flow's ~150
// requests, so it is not demanded there), and heavier rates that must show a reset and an
// ambiguous POST failure. Both must end with exactly one entity per sourceId.
const scenarios = [
  {
    name: 'faults 5xx=0.1,429=0.05,reset=0.01',
    seed: 8,
    faults: { '5xx': 0.1, '429': 0.05, reset: 0.01 },
    mustReset: false,
  },
  {
    name: 'faults 5xx=0.3,429=0.05,reset=0.1',
    seed: 1,
    faults: { '5xx': 0.3, '429': 0.05, reset: 0.1 },
    mustReset: true,
  },
];

describe.each(scenarios)('$name', (scenario) => {
  let sim: Simulator;
  let dir: string;
  let client: PtvClient;
  let recovered = 0;

  beforeAll(async () => {
    // Token revocation: each token is revoked after 12 authenticated uses (by jti). The control surface's
    // revoke-all is not used because it also revokes a token issued in the same second, which would
    // defeat the single re-login.
    sim = await createSimulator({
      control: true,
      seed: scenario.seed,
      faults: scenario.faults,
      revokeTokensAfter: 12,
    });
    dir = mkdtempSync(join(tmpdir(), 'ptvr-simfaults-'));
    client = createPtvClient({
      apiUrl: sim.apiUrl,
      tokenUrl: sim.tokenUrl,
      authShape: 'cte',
      credentials: sim.credentials,
      ptvOrganizationId: sim.organizationId,
      runId: 'simfaults',
      evidencePath: join(dir, 'evidence.ndjson'),
      ledgerPath: join(dir, 'ledger.ndjson'),
      // At the heavy rates 45 % of attempts fail, so 9 failures in a row (8 retries) end one request in
      // ~1,300 — about one flow in ten with its lookups. 16 retries make it ~1 in 800,000 per request.
      retry: { maxRetries: 16, minDelayMs: 1, maxDelayMs: 8 },
      concurrency: 4,
    });
  });
  afterAll(async () => {
    await client?.close();
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function control(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    // The control surface is outside /api/v11: no faults, no auth.
    const res = await request(`${sim.controlUrl!}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await res.body.text();
    expect(res.statusCode, text).toBe(200);
    return text ? JSON.parse(text) : undefined;
  }

  it('create / connect / modify / archive completes under faults and a revocation, with no duplicate entity', async () => {
    const ctx = (caseId: string): FixtureContext => ({
      runId: 'simfaults',
      seed: 11,
      referenceDate: '2026-06-01T00:00:00.000Z',
      organizationId: sim.organizationId,
      caseId,
    });
    const created: Array<{
      objectType: 'Organization' | 'Service' | 'ServiceChannel';
      channelType?: ChannelType;
      id: string;
      sourceId: string;
    }> = [];
    const create = async (path: string, body: { sourceId?: string }, caseId: string) => {
      const res = await client.post<{ id: string; sourceId: string }>(path, body, { caseId });
      expect(res.status, `${caseId} ${res.text}`).toBe(200);
      if (res.recovered) recovered++;
      return res;
    };

    const org = await create('/api/v11/Organization', anOrganization(ctx('ORG-01')), 'ORG-01');
    created.push({ objectType: 'Organization', id: org.body.id, sourceId: org.body.sourceId });
    const services: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const s = await create('/api/v11/Service', aService(ctx('SRV-01'), undefined, { n }), 'SRV-01');
      services.push(s.body.id);
      created.push({ objectType: 'Service', id: s.body.id, sourceId: s.body.sourceId });
    }
    const builders: Array<[ChannelType, (c: FixtureContext) => { sourceId?: string }]> = [
      ['EChannel', (c) => anEChannel(c)],
      ['Phone', (c) => aPhoneChannel(c)],
      ['WebPage', (c) => aWebPageChannel(c)],
      ['PrintableForm', (c) => aPrintableFormChannel(c)],
      ['ServiceLocation', (c) => aServiceLocation(c)],
    ];
    const channels = await Promise.all(
      builders.map(async ([type, build]) => {
        const res = await create(`/api/v11/ServiceChannel/${type}`, build(ctx(`CH-${type}`)), `CH-${type}`);
        created.push({
          objectType: 'ServiceChannel',
          channelType: type,
          id: res.body.id,
          sourceId: res.body.sourceId,
        });
        return { type, id: res.body.id };
      }),
    );

    const conn = await client.post<string[]>(
      '/api/v11/Connection',
      channels.map((c) =>
        aConnection(ctx('CON-01'), { serviceId: services[0]!, serviceChannelId: c.id, channelType: c.type }),
      ),
      { caseId: 'CON-01' },
    );
    expect(conn.status, conn.text).toBe(200);
    expect(conn.body.every((m) => m.includes('added or updated'))).toBe(true);

    // Modify (a PUT with a changed field) then archive everything, newest first (organisation last).
    for (const [i, id] of services.entries()) {
      // PUT replaces what it is sent: resend the full service with one field changed.
      const { sourceId: _sid, ...body } = aService(
        ctx('SRV-01'),
        { fundingType: 'MarketFunded' },
        { n: i + 1 },
      );
      const res = await client.put(`/api/v11/Service/${id}`, body, { caseId: 'SRV-02' });
      expect(res.status, res.text).toBe(200);
      expect((res.body as { fundingType?: string }).fundingType).toBe('MarketFunded');
    }
    for (const c of [...created].reverse()) {
      const res = await client.put(archivePathFor(c), { publishingStatus: 'Deleted' }, { caseId: 'ARCHIVE' });
      expect(res.status, `${c.objectType} ${res.text}`).toBe(200);
    }

    const state = (await control('GET', '/state')) as {
      entities: Array<{ id: string; status: string; sourceIds: Array<{ sourceId: string }> }>;
    };
    for (const c of created) {
      const holders = state.entities.filter((e) => e.sourceIds.some((s) => s.sourceId === c.sourceId));
      expect(
        holders.map((h) => h.id),
        c.sourceId,
      ).toEqual([c.id]);
      expect(holders[0]!.status).toBe('Deleted');
    }
    expect(new Set(created.map((c) => c.id)).size).toBe(created.length);

    const evidence = readFileSync(join(dir, 'evidence.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as EvidenceEntry);
    // The faults really happened: throttling, server errors, a reset, a revoked token, a recovered POST.
    expect(evidence.some((e) => e.status === 429)).toBe(true);
    expect(evidence.some((e) => e.status !== undefined && e.status >= 500)).toBe(true);
    if (scenario.mustReset) {
      // Which POST meets a fault after its write depends on arrival order under concurrency, so the
      // recovery itself is proven deterministically in ptvClient.int.test.ts / faults.int.test.ts; here
      // the ambiguous POST failures must have happened and still left no duplicate (checked above).
      expect(evidence.some((e) => e.error !== undefined)).toBe(true);
      const ambiguousPosts = evidence.filter(
        (e) =>
          e.method === 'POST' &&
          !e.url.endsWith('/api-login') &&
          (e.error !== undefined || (e.status ?? 0) >= 500),
      );
      expect(ambiguousPosts.length + recovered).toBeGreaterThanOrEqual(1);
    }
    expect(evidence.filter((e) => e.url.endsWith('/api/auth/api-login')).length).toBeGreaterThanOrEqual(2);
    expect(evidence.some((e) => e.status === 401)).toBe(true);
    const byRequest = new Map<string, number[]>();
    for (const e of evidence) byRequest.set(e.requestId, [...(byRequest.get(e.requestId) ?? []), e.attempt]);
    for (const attempts of byRequest.values()) expect(attempts).toEqual(attempts.map((_, i) => i + 1));
    const ledger = readLedger(join(dir, 'ledger.ndjson'));
    expect(ledger.filter((e) => e.event === 'created')).toHaveLength(created.length);
    expect(liveEntities(ledger)).toEqual([]);
  });
});
