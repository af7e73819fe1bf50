import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  aPhoneChannel,
  aPrintableFormChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  anOrganization,
  type FixtureContext,
} from '../../fixtures/index.js';
import { startClientTestSim, type ClientTestSim } from '../../test/support/clientOnSim.js';
import { API, fault, type Fault } from '../../test/support/simFaults.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import type { ChannelType } from '../core/ledgerEntry.js';
import { createPrng } from '../simulator/prng.js';
import { override } from '../simulator/index.js';
import { archivePathFor, liveEntities, readLedger } from './ledger.js';
import { createPtvClient, type PtvClient } from './ptvClient.js';

// Seeded faults chosen per request by an override, landing before *or after* the write (the
// simulator's own fault injection resets only before it), and a token revocation mid-flow, so every
// branch of the retry / recovery logic is reached deterministically. faults.sim.int.test.ts runs the
// same kind of flow on the simulator's own fault injection.
/** A fixture body: what the flow needs of it is its sourceId. */
type Body = { sourceId?: string };

let t: ClientTestSim;
let dir: string;
let client: PtvClient;
let requests = 0;

beforeAll(async () => {
  t = await startClientTestSim({ username: 'fault.user@example.fi', password: 'fault-pw-991' });
  dir = mkdtempSync(join(tmpdir(), 'ptvr-faults-'));
  const rnd = createPrng(42);
  // 5xx=0.1, 429=0.05, reset=0.01; 5xx and resets land before or after the write at random.
  t.sim.use(
    override('*', API, async (req, next) => {
      if (++requests === 25) await t.revokeAll(); // token revocation mid-flow
      const r = rnd();
      const after = rnd() < 0.5;
      let f: Fault | undefined;
      if (r < 0.01) f = after ? 'reset-after' : 'reset-before';
      else if (r < 0.06) f = '429';
      else if (r < 0.16) f = after ? '503-after' : '503-before';
      return f ? fault(f)(req, next) : undefined;
    }),
  );
  client = createPtvClient({
    apiUrl: t.sim.apiUrl,
    tokenUrl: t.sim.tokenUrl,
    authShape: 'cte',
    credentials: t.sim.credentials,
    ptvOrganizationId: t.sim.organizationId,
    runId: 'faults',
    evidencePath: join(dir, 'evidence.ndjson'),
    ledgerPath: join(dir, 'ledger.ndjson'),
    retry: { maxRetries: 8, minDelayMs: 1, maxDelayMs: 4 },
    concurrency: 4,
  });
});
afterAll(async () => {
  await client.close();
  await t.sim.close();
  rmSync(dir, { recursive: true, force: true });
});

it('a create / modify / archive flow completes under faults with no duplicate and every attempt in evidence', async () => {
  const channels: Array<[ChannelType, (c: FixtureContext) => Body]> = [
    ['EChannel', (c) => anEChannel(c)],
    ['Phone', (c) => aPhoneChannel(c)],
    ['WebPage', (c) => aWebPageChannel(c)],
    ['PrintableForm', (c) => aPrintableFormChannel(c)],
    ['ServiceLocation', (c) => aServiceLocation(c)],
  ];
  const created: Array<{
    path: string;
    body: Body;
    ref: Parameters<typeof archivePathFor>[0];
    sourceId: string;
  }> = [];
  let recovered = 0;
  const post = async (path: string, body: Body, ref: Omit<Parameters<typeof archivePathFor>[0], 'id'>) => {
    const res = await client.post<{ id: string }>(path, body, { caseId: `C-${body.sourceId}` });
    expect(res.status, `${path} ${res.text}`).toBe(200);
    if (res.recovered) recovered++;
    created.push({ path, body, ref: { ...ref, id: res.body.id }, sourceId: body.sourceId! });
  };
  await post('/api/v11/Organization', anOrganization(t.ctx('F-ORG')), { objectType: 'Organization' });
  for (let n = 1; n <= 6; n++)
    await post('/api/v11/Service', aService(t.ctx('F-SVC'), undefined, { n }), { objectType: 'Service' });
  await Promise.all(
    channels.map(([type, build]) =>
      post(`/api/v11/ServiceChannel/${type}`, build(t.ctx(`F-CH-${type}`)), {
        objectType: 'ServiceChannel',
        channelType: type,
      }),
    ),
  );

  // Modify: PUT replaces what it is sent, so resend the whole body (without the sourceId).
  for (const c of created) {
    const { sourceId: _sid, ...body } = c.body;
    const res = await client.put(archivePathFor(c.ref), body);
    expect(res.status, res.text).toBe(200);
  }
  for (const c of [...created].reverse()) {
    const res = await client.put(archivePathFor(c.ref), { publishingStatus: 'Deleted' });
    expect(res.status, res.text).toBe(200);
  }

  // No duplicate entity: one per sourceId, all archived.
  expect(created).toHaveLength(12);
  for (const c of created) {
    expect(await t.holders(c.sourceId), c.sourceId).toEqual([{ id: c.ref.id, status: 'Deleted' }]);
  }

  // Faults really happened, including the re-login and at least one recovered POST.
  const evidence = readFileSync(join(dir, 'evidence.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as EvidenceEntry);
  const api = evidence.filter((e) => e.url.includes('/api/v11/'));
  expect(t.logins()).toBeGreaterThanOrEqual(2);
  expect(api.some((e) => e.status === 429)).toBe(true);
  expect(api.some((e) => e.status === 503)).toBe(true);
  expect(recovered).toBeGreaterThanOrEqual(1);
  // Every attempt the simulator saw is in the evidence, numbered 1..n per logical request.
  expect(api).toHaveLength(t.apiCalls().length);
  const byRequest = new Map<string, number[]>();
  for (const e of api) byRequest.set(e.requestId, [...(byRequest.get(e.requestId) ?? []), e.attempt]);
  for (const attempts of byRequest.values()) expect(attempts).toEqual(attempts.map((_, i) => i + 1));
  expect(new Set(evidence.map((e) => e.id)).size).toBe(evidence.length);

  // The ledger knows everything was created and archived.
  const ledger = readLedger(join(dir, 'ledger.ndjson'));
  expect(ledger.filter((e) => e.event === 'created')).toHaveLength(12);
  expect(liveEntities(ledger)).toEqual([]);
});
