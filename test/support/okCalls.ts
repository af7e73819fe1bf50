import { expect } from 'vitest';
import type { TestSim } from './sim.js';

export type Obj = Record<string, unknown> & { id: string };

/**
 * POST / PUT / GET under /api/v11 that expect 200 (PTV's answer in the failure message) and give the
 * JSON. `sim` is a getter because test files start their simulator in `beforeAll`.
 */
export function okCalls(sim: () => TestSim) {
  const call = async (method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<Obj> => {
    const r = await sim().call(method, `/api/v11${path}`, body);
    expect(r.status, r.text).toBe(200);
    return r.json as Obj;
  };
  return {
    post: (path: string, body: unknown) => call('POST', path, body),
    put: (path: string, body: unknown) => call('PUT', path, body),
    get: (path: string) => call('GET', path),
  };
}
