/**
 * Every fixture kind posted to the real simulator with the real client reads back equal through the
 * IN→OUT mapping, in both simulator profiles; and a deliberately truncating simulator is caught.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
import { createPtvClient, type PtvClient } from '../client/index.js';
import { createSimulator, type SimDefect, type Simulator } from '../simulator/index.js';
import type { RuleProfile } from '../rules/index.js';
import { compareConnection, compareEntity, findConnectionItem, type ReadBackKind } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'ptvr-readback-'));
const open: { sim: Simulator; client: PtvClient }[] = [];
afterAll(async () => {
  for (const o of open) {
    await o.client.close();
    await o.sim.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function start(profile: RuleProfile, defects: SimDefect[] = []) {
  const sim = await createSimulator({ port: 0, control: true, profile, defects });
  const client = createPtvClient({
    apiUrl: sim.apiUrl,
    tokenUrl: sim.tokenUrl,
    authShape: 'cte',
    credentials: sim.credentials,
    ptvOrganizationId: sim.organizationId,
    runId: `readback-${profile}`,
    ledgerPath: join(dir, `ledger-${profile}-${defects.join()}.ndjson`),
  });
  open.push({ sim, client });
  const ctx = (caseId: string): FixtureContext => ({
    runId: `20261126T120000Z-sim-${profile}`,
    seed: 42,
    referenceDate: '2026-11-26T00:00:00.000Z',
    organizationId: sim.organizationId,
    caseId,
  });
  return { sim, client, ctx };
}

const kinds: [ReadBackKind, string, (c: FixtureContext) => object][] = [
  ['organization', '/api/v11/Organization', (c) => anOrganization(c)],
  ['service', '/api/v11/Service', (c) => aService(c)],
  ['echannel', '/api/v11/ServiceChannel/EChannel', (c) => anEChannel(c)],
  ['phone', '/api/v11/ServiceChannel/Phone', (c) => aPhoneChannel(c)],
  ['webpage', '/api/v11/ServiceChannel/WebPage', (c) => aWebPageChannel(c)],
  ['printableform', '/api/v11/ServiceChannel/PrintableForm', (c) => aPrintableFormChannel(c)],
  ['servicelocation', '/api/v11/ServiceChannel/ServiceLocation', (c) => aServiceLocation(c)],
];

const readPath = (kind: ReadBackKind, id: string) =>
  kind === 'organization'
    ? `/api/v11/Organization/${id}`
    : kind === 'service'
      ? `/api/v11/Service/${id}`
      : `/api/v11/ServiceChannel/${id}`;

describe.each(['live2026', 'ptv34'] as const)('fixtures round-trip through the simulator (%s)', (profile) => {
  it('every kind is accepted (200) and reads back equal, field by field', async () => {
    const { client, ctx } = await start(profile);
    for (const [kind, post, build] of kinds) {
      const body = build(ctx(`RB-${kind}`));
      const res = await client.post<{ id: string }>(post, body);
      expect(res.status, `${kind}: ${res.text.slice(0, 400)}`).toBe(200);
      const read = await client.get(readPath(kind, res.body.id));
      expect(read.status).toBe(200);
      const cmp = compareEntity(kind, body, read.body);
      expect(cmp.findings, kind).toEqual([]);
      // The comparison really covered the content, not just a couple of scalars.
      expect(cmp.fields.length, kind).toBeGreaterThanOrEqual(6);
    }
  });

  it('connection additional information reads back from the service and the channel', async () => {
    const { client, ctx } = await start(profile);
    const c = ctx('RB-CON');
    const s = await client.post<{ id: string }>('/api/v11/Service', aService(c));
    const ch = await client.post<{ id: string }>(
      '/api/v11/ServiceChannel/ServiceLocation',
      aServiceLocation(c),
    );
    const conn = aConnection(c, {
      serviceId: s.body.id,
      serviceChannelId: ch.body.id,
      channelType: 'ServiceLocation',
    });
    const res = await client.post<string[]>('/api/v11/Connection', [conn]);
    expect(res.status).toBe(200);
    expect(res.body[0]).toMatch(/added or updated\.$/);
    const svc = await client.get(`/api/v11/Service/${s.body.id}`);
    expect(
      compareConnection(conn, findConnectionItem(svc.body, 'service', ch.body.id), 'x').findings,
    ).toEqual([]);
    const chan = await client.get(`/api/v11/ServiceChannel/${ch.body.id}`);
    expect(
      compareConnection(conn, findConnectionItem(chan.body, 'channel', s.body.id), 'x').findings,
    ).toEqual([]);
  });
});

describe('the comparison catches a lying simulator', () => {
  it('truncate-long-names: a 120-character name comes back cut, as a ServiceNames mismatch', async () => {
    const { client, ctx } = await start('live2026', ['truncate-long-names']);
    const body = aService(ctx('RB-TRUNC'));
    body.serviceNames[0]!.value = `${body.serviceNames[0]!.value} ${'pitkä nimi '.repeat(10)}`.slice(0, 120);
    const res = await client.post<{ id: string }>('/api/v11/Service', body);
    expect(res.status).toBe(200);
    const read = await client.get(`/api/v11/Service/${res.body.id}`);
    const cmp = compareEntity('service', body, read.body);
    expect(cmp.findings.map((f) => [f.path, f.rule])).toEqual([['ServiceNames', 'readback.mismatch']]);
  });
});
