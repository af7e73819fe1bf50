/**
 * `npm run bench:observe`: what the observe proxy costs an integration. Median added latency per
 * request (proxy vs direct to the simulator, sequential, loopback) for a read and for a write, and
 * requests/s at 64 concurrent clients (PTV's per-user cap) with the error count. Simulator and proxy
 * each run in their own process so the load generator shares no event loop with them. Prints figures;
 * asserts nothing (quality bar: < 5 ms median added, 64 concurrent without error).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Pool } from 'undici';
import { aService as fixtureService } from '../fixtures/index.js';
import { FI_ONLY, fixtureFor } from '../test/support/sim.js';

// A Finnish-only service from the fixtures' builders, with the bench's own sourceId when given.
const aService = (org: string, name: string, extra: Record<string, unknown> = {}) => ({
  ...fixtureService(fixtureFor(org, name), undefined, FI_ONLY),
  ...extra,
});

const SEQUENTIAL = Number(process.env.BENCH_REQUESTS ?? 400);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENT = 64;
const ORG = '5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c01';

function child(args: string[]): { proc: ChildProcess; first: Promise<Record<string, string>> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const first = new Promise<Record<string, string>>((resolve) =>
    createInterface({ input: proc.stdout! }).once('line', (l) =>
      resolve(JSON.parse(l) as Record<string, string>),
    ),
  );
  return { proc, first };
}

const out = mkdtempSync(join(tmpdir(), 'ptvr-bench-observe-'));
const sim = child(['src/simulator/childServer.ts', JSON.stringify({ maxRequestsPerUser: 1024 })]);
const simInfo = await sim.first;
const proxy = child([
  'bench/observeChild.ts',
  JSON.stringify({ apiUrl: simInfo.url, tokenUrl: simInfo.tokenUrl, outDir: out }),
]);
const proxyInfo = await proxy.first;

const pools = {
  direct: new Pool(simInfo.url!, { connections: CONCURRENT, keepAliveTimeout: 10_000 }),
  proxy: new Pool(proxyInfo.apiUrl!, { connections: CONCURRENT, keepAliveTimeout: 10_000 }),
};
type Via = keyof typeof pools;

async function call(via: Via, method: 'GET' | 'POST' | 'PUT', path: string, token?: string, body?: unknown) {
  const r = await pools[via].request({
    method,
    path,
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await r.body.text();
  return { status: r.statusCode, json: text ? (JSON.parse(text) as unknown) : undefined };
}

const login = await call('proxy', 'POST', '/api/auth/api-login', undefined, {
  username: 'api@simulator.test',
  password: 'simulator',
});
const token = (login.json as { ptvToken: string }).ptvToken;
const created = await call(
  'proxy',
  'POST',
  '/api/v11/Service',
  token,
  aService(ORG, 'Bench', { sourceId: 'bench-1' }),
);
const serviceId = (created.json as { id: string }).id;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

async function sequential(via: Via, op: 'read' | 'write'): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t0 = performance.now();
    const r =
      op === 'read'
        ? await call(via, 'GET', `/api/v11/Service/active/${serviceId}`, token)
        : await call(via, 'PUT', `/api/v11/Service/${serviceId}`, token, aService(ORG, `Bench ${via} ${i}`));
    times.push(performance.now() - t0);
    if (r.status !== 200) throw new Error(`${via} ${op}: ${r.status}`);
  }
  return median(times);
}

async function throughput(via: Via): Promise<{ rps: number; errors: number }> {
  let done = 0;
  let errors = 0;
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENT }, async () => {
      while (performance.now() < end) {
        const r = await call(via, 'GET', `/api/v11/Service/active/${serviceId}`, token).catch(() => ({
          status: 0,
        }));
        if (r.status === 200) done += 1;
        else errors += 1;
      }
    }),
  );
  return { rps: done / SECONDS, errors };
}

const stopChildren = (): void => {
  proxy.proc.kill('SIGTERM');
  sim.proc.kill('SIGTERM');
};
// A failed measurement must not leave the two servers running (they keep this process alive).
try {
  // Warm both paths (JIT, keep-alive connections) before measuring.
  await sequential('direct', 'read');
  await sequential('proxy', 'read');
  const fmt = (n: number): string => n.toFixed(2);
  for (const op of ['read', 'write'] as const) {
    const direct = await sequential('direct', op);
    const viaProxy = await sequential('proxy', op);
    console.log(
      `${op === 'read' ? 'GET /Service/active/{id}' : 'PUT /Service/{id}     '}  median ${fmt(direct)} ms direct, ${fmt(viaProxy)} ms via observe: +${fmt(viaProxy - direct)} ms added (${SEQUENTIAL} sequential requests)`,
    );
  }
  const d = await throughput('direct');
  const p = await throughput('proxy');
  console.log(
    `${CONCURRENT} concurrent GETs for ${SECONDS} s: ${Math.round(d.rps)} req/s direct (${d.errors} errors), ${Math.round(p.rps)} req/s via observe (${p.errors} errors)`,
  );
} finally {
  await pools.direct.close();
  await pools.proxy.close();
  stopChildren();
  await new Promise((r) => proxy.proc.once('exit', r));
  rmSync(out, { recursive: true, force: true });
}
