/**
 * The adaptive limit against the real simulator and the real client, driven by the control surface (no
 * timing): a throttle makes the first wave of attempts answer 429, the hold keeps everything that gets
 * through in flight, so what the simulator holds is exactly what the limiter lets out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type TestSim } from '../../test/support/sim.js';
import { createPtvClient, type PtvClient } from './ptvClient.js';

let t: TestSim;
let client: PtvClient;

beforeAll(async () => {
  t = await startSim({ host: '127.0.0.1', port: 0 });
  client = createPtvClient({
    apiUrl: t.sim.url,
    tokenUrl: `${t.sim.url}/api/auth/api-login`,
    authShape: 'cte',
    credentials: t.sim.credentials,
    runId: 'limiter-int',
    concurrency: 8,
    retry: { minDelayMs: 1, maxDelayMs: 5 },
  });
  await client.token();
});

afterAll(async () => {
  await client?.close();
  await t?.close();
});

const held = async (): Promise<number> =>
  ((await t.call('GET', '/control/stats', undefined, null)).json as { held: number }).held;

async function until(what: string, ok: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`never reached: ${what}`);
}

describe('adaptive concurrency on 429', () => {
  it('a 429 halves the limit; held requests never exceed it; clean answers raise it again', async () => {
    expect(client.inFlight.limit).toBe(8);
    // One 429 (one request alone, so exactly one): the limit halves, the retry succeeds.
    await t.call('POST', '/control/throttle', { count: 1 }, null);
    expect((await client.get('/api/v11/Organization?page=1')).status).toBe(200);
    expect(client.inFlight.limit).toBe(4);
    // 16 at once with the hold on: the simulator holds what the limiter lets out, the rest wait here.
    await t.call('POST', '/control/hold', { on: true }, null);
    const all = Array.from({ length: 16 }, () => client.get('/api/v11/Organization?page=1'));
    await until(
      'every call held or queued',
      async () => client.inFlight.active + client.inFlight.pending === 16 && (await held()) === 4,
    );
    expect(client.inFlight.active).toBe(4);
    expect(client.inFlight.limit).toBe(4);
    await t.call('POST', '/control/hold', { on: false }, null);
    const answers = await Promise.all(all);
    expect(answers.map((a) => a.status)).toEqual(new Array(16).fill(200));
    // 17 clean answers from limit 4: +1 after 4, +1 after 5 more, +1 after 6 more; 2 toward the next.
    expect(client.inFlight.limit).toBe(7);
    expect(client.inFlight.max).toBe(8);
  });

  it('a provoked 429 (provoked429) is retried with back-off but leaves the limit as it was', async () => {
    const before = client.inFlight.limit;
    await t.call('POST', '/control/throttle', { count: 1, method: 'GET', path: '/api/v11/Service' }, null);
    const res = await client.get('/api/v11/Service', { auth: 'none', provoked429: true });
    expect([res.status, res.attempts]).toEqual([200, 2]);
    expect(client.inFlight.limit).toBe(before);
    // The same 429 unmarked halves it.
    await t.call('POST', '/control/throttle', { count: 1, method: 'GET', path: '/api/v11/Service' }, null);
    expect((await client.get('/api/v11/Service', { auth: 'none' })).attempts).toBe(2);
    expect(client.inFlight.limit).toBe(Math.max(1, Math.floor(before / 2)));
  });
});
