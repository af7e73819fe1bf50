import { request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aService, type FixtureContext } from '../../../fixtures/index.js';
import { createSimulator, override, type OverrideReply, type Simulator } from '../index.js';

let sim: Simulator;
let token: string;
beforeAll(async () => {
  sim = await createSimulator({ control: true, recordCalls: true });
  const login = await call('POST', '/api/auth/api-login', sim.credentials, null);
  token = (login.json as { ptvToken: string }).ptvToken;
});
afterAll(() => sim.close());
afterEach(() => sim.reset());

async function call(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
  tok: string | null = token,
) {
  const res = await request(`${sim.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(tok && { authorization: `Bearer ${tok}` }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await res.body.text();
  const json = res.headers['content-type']?.includes('json') ? (JSON.parse(text) as unknown) : undefined;
  return { status: res.statusCode, text, json };
}

const ctx = (caseId: string): FixtureContext => ({
  runId: 'ovr',
  seed: 3,
  referenceDate: '2026-06-01T00:00:00.000Z',
  organizationId: sim.organizationId,
  caseId,
});

async function holdersOf(sourceId: string): Promise<string[]> {
  const state = (await call('GET', '/control/state', undefined, null)).json as {
    entities: Array<{ id: string; sourceIds: Array<{ sourceId: string }> }>;
  };
  return state.entities.filter((e) => e.sourceIds.some((s) => s.sourceId === sourceId)).map((e) => e.id);
}

describe('simulator overrides (in-process handle)', () => {
  it('answers instead of the simulator; a once override is used up, reset() removes the rest', async () => {
    sim.use(
      override('GET', '/api/v11/Service/{id}', () => ({ status: 503, json: { errorMessage: 'once' } }), {
        once: true,
      }),
    );
    sim.use(override('GET', '/api/v11/CodeList/GetLanguageCodes', () => ({ status: 418, text: 'teapot' })));
    const id = '00000000-0000-0000-0000-000000000001';
    expect((await call('GET', `/api/v11/Service/${id}`)).status).toBe(503);
    expect((await call('GET', `/api/v11/Service/${id}`)).status).toBe(404);
    expect(await call('GET', '/api/v11/CodeList/GetLanguageCodes')).toMatchObject({
      status: 418,
      text: 'teapot',
    });
    sim.reset();
    expect((await call('GET', '/api/v11/CodeList/GetLanguageCodes')).status).toBe(200);
  });

  it('next() runs the real write: a 503 after it leaves the entity stored; undefined lets the simulator answer', async () => {
    sim.use(
      override(
        'POST',
        '/api/v11/Service',
        async (_req, next) => {
          const real = await next();
          expect(real).toMatchObject({ status: 200 });
          return { status: 503, json: { errorMessage: 'after the write' } };
        },
        { once: true },
      ),
      override('GET', '/api/v11/Service/{id}', () => undefined),
    );
    const body = aService(ctx('OVR-01'));
    const res = await call('POST', '/api/v11/Service', body);
    expect(res.status).toBe(503);
    const [id] = await holdersOf(body.sourceId!);
    expect(id).toBeDefined();
    expect((await call('GET', `/api/v11/Service/${id}`)).status).toBe(200);
  });

  it("a 'reset' drops the connection, before or after the write", async () => {
    sim.use(
      override('POST', '/api/v11/Service', () => 'reset', { once: true }),
      override(
        'POST',
        '/api/v11/Service',
        async (_r, next): Promise<OverrideReply> => {
          await next();
          return 'reset';
        },
        { once: true },
      ),
    );
    const first = aService(ctx('OVR-02'));
    await expect(call('POST', '/api/v11/Service', first)).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    expect(await holdersOf(first.sourceId!)).toEqual([]);
    const second = aService(ctx('OVR-03'));
    await expect(call('POST', '/api/v11/Service', second)).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    expect(await holdersOf(second.sourceId!)).toHaveLength(1);
  });

  it('records every call in order with method, path, query, redacted headers and body', async () => {
    await call('GET', '/api/v11/Service/list/organization?organizationId=x&page=2');
    await call('POST', '/api/auth/api-login', sim.credentials, null);
    expect(sim.calls).toEqual([
      {
        method: 'GET',
        path: '/api/v11/Service/list/organization',
        query: { organizationId: 'x', page: '2' },
        headers: expect.objectContaining({ authorization: '[REDACTED]' }) as unknown,
        body: undefined,
      },
      {
        method: 'POST',
        path: '/api/auth/api-login',
        query: {},
        headers: expect.not.objectContaining({ authorization: expect.anything() as unknown }) as unknown,
        body: { username: sim.credentials.username, password: '[REDACTED]' },
      },
    ]);
  });
});
