/**
 * `npm run bench:validate:v12`: v12 write requests through `validateV12` on one core — the bundled
 * valid body of every kind and every FMT-V12 case body (each breaks one rule), cycled to N entities.
 * Prints entities/s against the ≥ 25,000/s goal of v12-migration.md §4.9.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/core/toolVersion.js';
import { generateFmtV12Cases, validateV12, V12_KINDS, type V12Kind } from '../src/rules/v12/index.js';

const N = Number(process.env.BENCH_N ?? 12000);
const bases = Object.fromEntries(
  V12_KINDS.map((k) => [
    k,
    JSON.parse(readFileSync(join(packageRoot(), 'fixtures', 'examples-v12', `${k}.json`), 'utf8')),
  ]),
);
const pool: { kind: V12Kind; body: unknown }[] = [
  ...V12_KINDS.map((kind) => ({ kind, body: bases[kind] })),
  ...generateFmtV12Cases(bases).map((c) => ({ kind: c.kind, body: c.body })),
];
// Every other entity a valid body, so the mix is about half valid.
const items = Array.from({ length: N }, (_, i) =>
  i % 2 === 0
    ? { kind: V12_KINDS[(i / 2) % V12_KINDS.length]!, body: bases[V12_KINDS[(i / 2) % V12_KINDS.length]!] }
    : pool[i % pool.length]!,
);
const lines = items.map((x) => JSON.stringify(x.body));
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l), 0);
const parsed = lines.map((l) => JSON.parse(l) as unknown);

// Warm up: compile every validator and let the JIT settle (one unmeasured pass).
for (let i = 0; i < N; i++) validateV12(parsed[i], { kind: items[i]!.kind, op: 'post' });

let invalid = 0;
const runs: number[] = [];
let cpuMs = Infinity;
for (let r = 0; r < 3; r++) {
  invalid = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i++)
    if (!validateV12(parsed[i], { kind: items[i]!.kind, op: 'post' }).valid) invalid++;
  runs.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  // The machine may be shared: process CPU time shows what the validation itself cost.
  cpuMs = Math.min(cpuMs, (c.user + c.system) / 1000);
}
runs.sort((a, b) => a - b);
const perSec = (N / runs[0]!) * 1000;
const fmt = (n: number) => Math.round(n).toLocaleString('en');
console.log(
  `entities: ${N} v12 requests of ${V12_KINDS.length} kinds (${invalid} invalid), ${(bytes / 1e6).toFixed(1)} MB`,
);
console.log(
  `validateV12, one thread: ${fmt(perSec)} entities/s (best of 3: ${runs[0]!.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms process CPU; slowest ${fmt((N / runs[2]!) * 1000)}/s)`,
);
console.log(`target ≥ 25,000 entities/s: ${perSec >= 25000 ? 'met' : 'NOT met'}`);
