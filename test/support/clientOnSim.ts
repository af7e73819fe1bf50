/**
 * The real simulator as the client tests' PTV: started with the control surface and recorded calls,
 * plus the few reads those tests assert on (logins, API calls, who holds a sourceId).
 */
import { request } from 'undici';
import type { FixtureContext } from '../../fixtures/index.js';
import { createSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';

export interface ClientTestSim {
  sim: Simulator;
  /** Login POSTs received. */
  logins(): number;
  /** /api/v11 requests received, optionally of one method. */
  apiCalls(method?: string): Simulator['calls'];
  /** Ids of the entities that hold this sourceId, from GET /control/state. */
  holders(sourceId: string): Promise<Array<{ id: string; status: string }>>;
  /** POST /control/revoke: every token issued so far stops working. */
  revokeAll(): Promise<void>;
  /** A fixture context for the simulator's organisation; the case id keeps sourceIds apart. */
  ctx(caseId: string): FixtureContext;
}

export async function startClientTestSim(options: SimulatorOptions = {}): Promise<ClientTestSim> {
  const sim = await createSimulator({ control: true, recordCalls: true, ...options });
  const control = async (method: 'GET' | 'POST', path: string): Promise<unknown> => {
    const res = await request(`${sim.controlUrl!}${path}`, { method });
    const text = await res.body.text();
    if (res.statusCode !== 200) throw new Error(`control ${path}: ${res.statusCode} ${text}`);
    return JSON.parse(text) as unknown;
  };
  return {
    sim,
    logins: () => sim.calls.filter((c) => c.path === '/api/auth/api-login').length,
    apiCalls: (method) =>
      sim.calls.filter((c) => c.path.startsWith('/api/v11/') && (!method || c.method === method)),
    async holders(sourceId) {
      const state = (await control('GET', '/state')) as {
        entities: Array<{ id: string; status: string; sourceIds: Array<{ sourceId: string }> }>;
      };
      return state.entities
        .filter((e) => e.sourceIds.some((s) => s.sourceId === sourceId))
        .map((e) => ({ id: e.id, status: e.status }));
    },
    async revokeAll() {
      await control('POST', '/revoke');
    },
    ctx: (caseId) => ({
      runId: 'client',
      seed: 7,
      referenceDate: '2026-06-01T00:00:00.000Z',
      organizationId: sim.organizationId,
      caseId,
    }),
  };
}
