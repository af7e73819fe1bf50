/**
 * `cleanup` and `readback` restart a simulator run's target from its `--sim-db`: the restarted
 * simulator must behave by the run's profile (run.json `simProfile`), not the default one. A
 * 3,000-character service description tells them apart: ptv34 allows 2,500, live2026 5,000.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aService } from '../../fixtures/index.js';
import { createPtvClient } from '../client/index.js';
import { apiPaths } from '../core/apiPaths.js';
import { createSimulator } from '../simulator/index.js';
import { fixtureFor } from '../../test/support/sim.js';
import { restartRunSimulator } from './restartRunSimulator.js';
import type { RunInfo } from './runInfo.js';

const dir = mkdtempSync(join(tmpdir(), 'ptvr-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const why = { message: 'used an in-memory simulator.', hint: 'use --sim-db' };

/** The status a restarted simulator answers a service with a 3,000-character description. */
async function longDescriptionStatus(info: RunInfo): Promise<number> {
  const sim = await restartRunSimulator(info, {}, why);
  const client = createPtvClient({
    apiUrl: sim.apiUrl,
    tokenUrl: sim.tokenUrl,
    authShape: 'cte',
    credentials: sim.credentials,
    runId: 'restart',
  });
  try {
    const body = aService(fixtureFor(sim.organizationId, 'LONG'));
    body.serviceDescriptions = body.serviceDescriptions.map((d) =>
      d.type === 'Description' ? { ...d, value: `${'Pitkä kuvaus. '.repeat(214)}Loppu.` } : d,
    );
    return (await client.post(apiPaths.service.post, body)).status;
  } finally {
    await client.close();
    await sim.close();
  }
}

describe('restartRunSimulator', () => {
  it("restarts with the run's behaviour profile from run.json", async () => {
    const simDb = join(dir, 'run.db');
    await (await createSimulator({ dbPath: simDb, profile: 'ptv34' })).close();
    const info: RunInfo = {
      runId: '20261127T200000Z-sim-0002',
      createdAt: '2026-11-27T20:00:00.000Z',
      toolVersion: '0.1.0',
      target: 'sim',
      apiUrl: 'http://127.0.0.1:1/api',
      tokenUrl: 'http://127.0.0.1:1/api/auth/api-login',
      authShape: 'cte',
      simDb,
      simProfile: 'ptv34',
    };
    expect(await longDescriptionStatus(info)).toBe(400);
    // live2026 takes it: the refusal above came from the profile run.json named.
    expect(await longDescriptionStatus({ ...info, simProfile: 'live2026' })).toBe(200);
  });

  it('an in-memory run left nothing to restart: PTVR_TARGET_UNREACHABLE with the reason', async () => {
    await expect(
      restartRunSimulator(
        {
          runId: 'r',
          createdAt: '',
          toolVersion: '',
          target: 'sim',
          apiUrl: '',
          tokenUrl: '',
          authShape: 'cte',
        },
        {},
        why,
      ),
    ).rejects.toMatchObject({ code: 'PTVR_TARGET_UNREACHABLE', hint: 'use --sim-db' });
  });
});
