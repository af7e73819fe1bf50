/**
 * The real simulator (127.0.0.1:0) and the real PtvClient logged in to it, for route tests that read
 * as an integration would: the client's login, paths and evidence, not a hand-made request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';
import { createPtvClient, type PtvClient } from '../../src/client/index.js';
import type { FixtureContext } from '../../fixtures/index.js';

export type Obj = Record<string, unknown> & { id: string };
export type Page<T = Obj> = { pageNumber: number; pageSize: number; pageCount: number; itemList: T[] | null };

export interface SimClient {
  sim: Simulator;
  client: PtvClient;
  /** Anonymous GET below /api/v11 (every V11 read route here is [AllowAnonymous]): status and body. */
  get(path: string): Promise<{ status: number; body: unknown }>;
  /** POST / PUT below /api/v11 with the managed token, expecting 200. */
  write(method: 'POST' | 'PUT', path: string, body: unknown): Promise<Obj>;
  /** A fixture context for the simulator's organisation. */
  ctx(caseId: string): FixtureContext;
  close(): Promise<void>;
}

export async function startSimClient(options: SimulatorOptions = {}): Promise<SimClient> {
  const sim = await createSimulator(options);
  const dir = mkdtempSync(join(tmpdir(), 'ptvr-simclient-'));
  const client = createPtvClient({
    apiUrl: sim.apiUrl,
    tokenUrl: sim.tokenUrl,
    authShape: 'cte',
    credentials: sim.credentials,
    ptvOrganizationId: sim.organizationId,
    runId: 'routes',
    evidencePath: join(dir, 'evidence.ndjson'),
    retry: { maxRetries: 0, minDelayMs: 1, maxDelayMs: 1 },
  });
  return {
    sim,
    client,
    async get(path) {
      const r = await client.get(`/api/v11${path}`, { auth: 'none' });
      return { status: r.status, body: r.body };
    },
    async write(method, path, body) {
      const r = await client.request({ method, path: `/api/v11${path}`, body });
      expect(r.status, r.text).toBe(200);
      return r.body as Obj;
    },
    ctx: (caseId) => ({
      runId: 'routes',
      seed: 7,
      referenceDate: '2026-06-01T00:00:00.000Z',
      organizationId: sim.organizationId,
      caseId,
    }),
    async close() {
      await client.close();
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
