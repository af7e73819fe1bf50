/**
 * `npm run bench:sim`: requests/s of the simulator for a GET mix, a PUT mix and a refused-POST mix at
 * 16 concurrent clients, the simulator's CPU per request in each (its own process CPU time, which a
 * busy machine inflates less than wall time), and its RSS after loading 100,000 entities. The
 * simulator runs in a child process so the load generator does not share its event loop.
 * Target: ≥ 5,000 GET/s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Pool } from 'undici';
import {
  anEChannel,
  anOrganization,
  aPhoneChannel,
  aPrintableFormChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
} from '../fixtures/index.js';
import { fixtureFor, ONTOLOGY_TERM, SERVICE_CLASS, TARGET_GROUP } from '../test/support/sim.js';

const CLIENTS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 100_000);

const child = spawn(
  process.execPath,
  ['--import', 'tsx', 'src/simulator/childServer.ts', JSON.stringify({ control: true })],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const url = await new Promise<string>((resolve) => {
  createInterface({ input: child.stdout }).once('line', (l) =>
    resolve((JSON.parse(l) as { url: string }).url),
  );
});
let pool = new Pool(url, { connections: CLIENTS, keepAliveTimeout: 10_000 });

async function call(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; json: unknown }> {
  const r = await pool.request({
    method,
    path,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await r.body.text();
  return { status: r.statusCode, json: text ? JSON.parse(text) : undefined };
}

const token = (
  (await call('POST', '/api/auth/api-login', { username: 'api@simulator.test', password: 'simulator' }))
    .json as { ptvToken: string }
).ptvToken;
const org = '5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c01';
const REFUSED_PATHS = [
  '/api/v11/Organization',
  '/api/v11/Service',
  '/api/v11/ServiceChannel/EChannel',
  '/api/v11/ServiceChannel/Phone',
  '/api/v11/ServiceChannel/PrintableForm',
  '/api/v11/ServiceChannel/ServiceLocation',
  '/api/v11/ServiceChannel/WebPage',
];
const services: string[] = [];
const channels: string[] = [];
for (let i = 0; i < 100; i++) {
  services.push(
    (
      (await call('POST', '/api/v11/Service', aService(fixtureFor(org, `Bench ${i}`)), token)).json as {
        id: string;
      }
    ).id,
  );
  channels.push(
    (
      (
        await call(
          'POST',
          '/api/v11/ServiceChannel/Phone',
          aPhoneChannel(fixtureFor(org, `Bench ${i}`)),
          token,
        )
      ).json as {
        id: string;
      }
    ).id,
  );
}
await call(
  'POST',
  '/api/v11/Connection',
  services.map((s, i) => ({ serviceId: s, serviceChannelId: channels[i] })),
  token,
);

/** Timed requests only need the status: the body is drained, not parsed, to keep the client light. */
async function hit(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
  token?: string,
): Promise<number> {
  const r = await pool.request({
    method,
    path,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  await r.body.dump();
  return r.statusCode;
}

/** The simulator process's CPU time so far (GET /control/stats), in microseconds. */
async function simCpuMicros(): Promise<number | undefined> {
  const r = await call('GET', '/control/stats');
  return r.status === 200 ? (r.json as { cpuMicros: number }).cpuMicros : undefined;
}

async function measure(name: string, next: (i: number) => Promise<number>, expected = 200): Promise<void> {
  // One untimed second first, so JIT warm-up does not count against the first mix.
  const warm = Date.now() + 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; Date.now() < warm; i += CLIENTS) await next(i);
    }),
  );
  let done = 0;
  let failed = 0;
  const cpu0 = await simCpuMicros();
  const end = Date.now() + SECONDS * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; Date.now() < end; i += CLIENTS) {
        const status = await next(i);
        if (status === expected) done++;
        else failed++;
      }
    }),
  );
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu1 = await simCpuMicros();
  // The --db child has no control surface: no CPU figure there.
  const cpu =
    cpu0 !== undefined && cpu1 !== undefined
      ? `, simulator CPU ${((cpu1 - cpu0) / (done + failed)).toFixed(0)} µs/req`
      : '';
  console.log(
    `${name.padEnd(10)} ${(done / secs).toFixed(0).padStart(7)} req/s  (${done} ${expected}, ${failed} not ${expected}, ${CLIENTS} clients, ${secs.toFixed(1)} s${cpu})`,
  );
}

// GET mix: the read-back calls a readiness run makes (published, active and channel reads).
await measure('GET mix', async (i) => {
  const k = i % 3;
  const path =
    k === 0
      ? `/api/v11/Service/${services[i % 100]}`
      : k === 1
        ? `/api/v11/ServiceChannel/${channels[i % 100]}`
        : `/api/v11/Service/active/${services[i % 100]}`;
  return hit('GET', path, undefined, k === 2 ? token : undefined);
});
// The organisation read lists all its services and sub-organisations (here 100), so it is heavier.
await measure('GET org', async () => hit('GET', `/api/v11/Organization/${org}`));

const put = {
  publishingStatus: 'Published',
  serviceClasses: [SERVICE_CLASS],
  ontologyTerms: [ONTOLOGY_TERM],
  targetGroups: [TARGET_GROUP],
};
await measure('PUT mix', async (i) => {
  const k = i % 2;
  if (k === 0)
    return hit(
      'PUT',
      `/api/v11/Service/${services[i % 100]}`,
      { ...put, keywords: [{ language: 'fi', value: `k${i}` }] },
      token,
    );
  return hit(
    'PUT',
    `/api/v11/ServiceChannel/Phone/${channels[i % 100]}`,
    { publishingStatus: 'Published', isVisibleForAll: i % 3 === 0 },
    token,
  );
});

// Refused POSTs of whole bodies of every kind, the bulk of a readiness run's requests (its field
// cases): each is bound and fully validated, then answered 400 without being stored.
const refused = [
  anOrganization,
  aService,
  anEChannel,
  aPhoneChannel,
  aPrintableFormChannel,
  aServiceLocation,
  aWebPageChannel,
].flatMap((make, k) =>
  Array.from({ length: 10 }, (_, n) => {
    const body = { ...make(fixtureFor(org, `Refused ${k}.${n}`)), sourceId: 'not a valid source id!' };
    return { body, path: REFUSED_PATHS[k]! };
  }),
);
await measure(
  'POST 400',
  async (i) => {
    const r = refused[i % refused.length]!;
    return hit('POST', r.path, r.body, token);
  },
  400,
);

const before = (await call('GET', '/control/stats')).json as { rssBytes: number };
await call('POST', '/control/generate', { count: ENTITIES });
const after = (await call('GET', '/control/stats')).json as { entities: number; rssBytes: number };
console.log(
  `RSS        ${(after.rssBytes / 1048576).toFixed(0)} MiB after loading ${after.entities} entities (${(before.rssBytes / 1048576).toFixed(0)} MiB before)`,
);
await measure('GET@100k', async (i) => hit('GET', `/api/v11/Service/${services[i % 100]}`));

await pool.close();
child.kill('SIGTERM');

// The same PUT mix with --db: every write is committed (WAL, synchronous=FULL) before its 200.
const dir = mkdtempSync(join(tmpdir(), 'ptvr-bench-'));
const dbChild = spawn(
  process.execPath,
  ['--import', 'tsx', 'src/simulator/childServer.ts', JSON.stringify({ dbPath: join(dir, 'bench.db') })],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const dbUrl = await new Promise<string>((resolve) => {
  createInterface({ input: dbChild.stdout }).once('line', (l) =>
    resolve((JSON.parse(l) as { url: string }).url),
  );
});
pool = new Pool(dbUrl, { connections: CLIENTS, keepAliveTimeout: 10_000 });
const dbToken = (
  (await call('POST', '/api/auth/api-login', { username: 'api@simulator.test', password: 'simulator' }))
    .json as { ptvToken: string }
).ptvToken;
const dbServices: string[] = [];
for (let i = 0; i < 100; i++)
  dbServices.push(
    (
      (await call('POST', '/api/v11/Service', aService(fixtureFor(org, `Bench ${i}`)), dbToken)).json as {
        id: string;
      }
    ).id,
  );
await measure('PUT --db', async (i) =>
  hit(
    'PUT',
    `/api/v11/Service/${dbServices[i % 100]}`,
    { ...put, keywords: [{ language: 'fi', value: `k${i}` }] },
    dbToken,
  ),
);
await pool.close();
dbChild.kill('SIGTERM');
await new Promise((r) => dbChild.once('exit', r));
rmSync(dir, { recursive: true, force: true });
