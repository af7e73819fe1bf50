import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { Agent, request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { aService } from '../../fixtures/index.js';
import { fixtureFor, startSim } from '../../test/support/sim.js';

const dir = mkdtempSync(join(tmpdir(), 'ptvr-sim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--db persistence', () => {
  it('state, sourceIds and connections survive a clean restart', async () => {
    const db = join(dir, 'restart.db');
    const a = await startSim({ dbPath: db });
    const org = a.sim.organizationId;
    const s = (
      await a.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'Pysyvä'), { sourceId: 'keep-1' }))
    ).json as { id: string };
    await a.call('PUT', `/api/v11/Service/${s.id}`, { publishingStatus: 'Deleted' });
    await a.close();
    const b = await startSim({ dbPath: db });
    expect((await b.call('GET', `/api/v11/Service/${s.id}`, undefined, null)).status).toBe(404);
    const list = (await b.call('GET', '/api/v11/Service?status=Archived', undefined, null)).json as {
      itemList: { id: string }[];
    };
    expect(list.itemList.map((i) => i.id)).toEqual([s.id]);
    // The sourceId mapping survived too: a new POST with it is refused.
    expect(
      (await b.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'Uusi'), { sourceId: 'keep-1' })))
        .status,
    ).toBe(400);
    await b.close();
  });

  it('an unwritable database path is a coded error', async () => {
    await expect(startSim({ dbPath: join(dir, 'no', 'such', 'dir', 'x.db') })).rejects.toMatchObject({
      code: 'PTVR_DB',
    });
  });
});

function startChild(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/simulator/childServer.ts', JSON.stringify({ dbPath })],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', (line) => resolve({ child, url: (JSON.parse(line) as { url: string }).url }));
    child.once('exit', (code) => reject(new Error(`child exited ${code}`)));
  });
}

describe('crash safety (kill -9 during a write burst)', () => {
  it.each([0, 60, 250])(
    'every acknowledged write survives a kill %i ms into the burst; integrity_check ok',
    async (killAfterMs) => {
      const db = join(dir, `crash-${killAfterMs}.db`);
      const { child, url } = await startChild(db);
      const agent = new Agent({ keepAliveTimeout: 10, connections: 32 });
      const login = await request(`${url}/api/auth/api-login`, {
        method: 'POST',
        dispatcher: agent,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'api@simulator.test', password: 'simulator' }),
      });
      const token = ((await login.body.json()) as { ptvToken: string }).ptvToken;
      const org = '5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c01';
      const acked: { id: string; sourceId: string }[] = [];
      let stop = false;
      const worker = async (w: number) => {
        for (let i = 0; !stop; i++) {
          const sourceId = `crash-${w}-${i}`;
          try {
            const r = await request(`${url}/api/v11/Service`, {
              method: 'POST',
              dispatcher: agent,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify(aService(fixtureFor(org, `Kaatuminen ${w}-${i}`), { sourceId })),
            });
            const body = (await r.body.json()) as { id: string };
            if (r.statusCode === 200) acked.push({ id: body.id, sourceId });
          } catch {
            return; // connection died with the process
          }
        }
      };
      const workers = Array.from({ length: 8 }, (_, w) => worker(w));
      // Kill only once writes are flowing, so every run has acknowledged writes to check.
      while (acked.length < 5) await sleep(5);
      await sleep(killAfterMs);
      child.kill('SIGKILL');
      stop = true;
      await Promise.all(workers);
      await agent.close();
      await new Promise((r) =>
        child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r),
      );

      const check = new Database(db);
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
      const again = await startSim({ dbPath: db });
      try {
        const state = (await again.call('GET', '/control/state', undefined, null)).json as {
          entities: { id: string; sourceIds: { sourceId: string }[] }[];
        };
        expect(acked.length).toBeGreaterThanOrEqual(5);
        const byId = new Map(state.entities.map((e) => [e.id, e]));
        for (const a of acked) {
          expect(byId.get(a.id)?.sourceIds.map((s) => s.sourceId)).toEqual([a.sourceId]);
        }
        // No duplicate entity per sourceId.
        const sids = state.entities.flatMap((e) => e.sourceIds.map((s) => s.sourceId));
        expect(new Set(sids).size).toBe(sids.length);
      } finally {
        await again.close();
      }
    },
  );
});
