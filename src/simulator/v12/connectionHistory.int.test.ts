/**
 * The v12 copy delay of connections survives a restart from the simulator's database (`--sim-db`):
 * `readback` and `cleanup` restart the run's simulator (src/engine/restartRunSimulator.ts), and a
 * connection changed just before must still show its previous version on v12 until the delay passes.
 * Time is the simulator's injected clock, moved by the test: no waiting, no race.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aConnection, aService, anEChannel } from '../../../fixtures/index.js';
import { createPtvClient, type PtvClient } from '../../client/index.js';
import { apiPaths } from '../../core/apiPaths.js';
import { fixtureFor } from '../../../test/support/sim.js';
import { createSimulator, type Simulator } from '../index.js';

const dir = mkdtempSync(join(tmpdir(), 'ptvr-v12-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DELAY = 60_000;
let now = Date.parse('2026-11-27T10:00:00.000Z');
const clock = () => new Date(now);

async function start(db: string): Promise<{ sim: Simulator; client: PtvClient }> {
  const sim = await createSimulator({ seed: 5, dbPath: db, v12DelayMs: DELAY, clock });
  const client = createPtvClient({
    apiUrl: sim.apiUrl,
    tokenUrl: sim.tokenUrl,
    authShape: 'cte',
    credentials: sim.credentials,
    runId: 'v12hist',
    v12ApiUrl: sim.v12ApiUrl,
    apiKey: sim.apiKey,
  });
  return { sim, client };
}

/** The Finnish description of the connection as v12 shows it now, or the status when it shows none. */
async function v12Description(client: PtvClient, serviceId: string, channelId: string) {
  const res = await client.request({
    method: 'GET',
    path: `/api/v12/connection/${serviceId}/${channelId}`,
    api: 'v12',
  });
  if (res.status !== 200) return res.status;
  return (res.body as { languageVersions: { fi?: { description: string | null } } }).languageVersions.fi
    ?.description;
}

describe('v12 connection history across a restart from --sim-db', () => {
  it('a connection changed before the restart shows its previous version until the delay has passed', async () => {
    const db = join(dir, 'sim.db');
    const first = await start(db);
    const ctx = fixtureFor(first.sim.organizationId, 'HIST');
    const created = async (path: string, body: unknown) => {
      const r = await first.client.post<{ id: string }>(path, body);
      expect(r.status, r.text).toBe(200);
      return r.body.id;
    };
    const serviceId = await created(apiPaths.service.post, aService(ctx));
    const channelId = await created(apiPaths.channel.post('EChannel'), anEChannel(ctx));
    const connect = async (text: string) => {
      const body = aConnection(ctx, { serviceId, serviceChannelId: channelId, channelType: 'EChannel' });
      body.description = [{ type: 'Description', language: 'fi', value: text }];
      const r = await first.client.post(apiPaths.connection.post, [body]);
      expect(r.status, r.text).toBe(200);
    };
    await connect('Ensimmäinen versio yhteyden kuvauksesta.');
    now += DELAY + 1_000;
    expect(await v12Description(first.client, serviceId, channelId)).toBe(
      'Ensimmäinen versio yhteyden kuvauksesta.',
    );
    await connect('Toinen versio yhteyden kuvauksesta.');
    // Not copied yet: v12 still shows the first version.
    expect(await v12Description(first.client, serviceId, channelId)).toBe(
      'Ensimmäinen versio yhteyden kuvauksesta.',
    );
    await first.client.close();
    await first.sim.close();

    now += 1_000;
    const second = await start(db);
    try {
      // Restarted from the db: the history came along, so the copy is still the previous version.
      expect(await v12Description(second.client, serviceId, channelId)).toBe(
        'Ensimmäinen versio yhteyden kuvauksesta.',
      );
      now += DELAY;
      expect(await v12Description(second.client, serviceId, channelId)).toBe(
        'Toinen versio yhteyden kuvauksesta.',
      );
    } finally {
      await second.client.close();
      await second.sim.close();
    }
  });
});
