/**
 * `npm run bench:validate`: ≥ 10,000 mixed entities from the bundled examples, mutated with a seeded
 * PRNG (some valid, some not), validated with schema + business rules on one core. Prints entities/s
 * and the ratio to JSON.parse of the same bytes.
 */
import { validatePayload, type EntityKind } from '../src/rules/index.js';
import { EXAMPLE_KINDS, exampleText } from '../test/support/examples.js';

const N = Number(process.env.BENCH_N ?? 12000);
let seed = 0x2f6e2b1;
const rand = (): number => {
  // mulberry32
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/* eslint-disable @typescript-eslint/no-explicit-any -- generic mutation of JSON payloads */
function mutate(v: any, depth = 0): void {
  if (!v || typeof v !== 'object') return;
  for (const k of Object.keys(v)) {
    const x = v[k];
    if (typeof x === 'string' && rand() < 0.02) {
      const r = rand();
      v[k] =
        r < 0.3
          ? x.toLowerCase()
          : r < 0.6
            ? x + 'x'.repeat(Math.floor(rand() * 200))
            : r < 0.8
              ? ''
              : `${x}_${k}`;
    } else if (typeof x === 'object') mutate(x, depth + 1);
  }
}

const lines: string[] = [];
const kinds: EntityKind[] = [];
for (let i = 0; i < N; i++) {
  const kind = EXAMPLE_KINDS[Math.floor(rand() * EXAMPLE_KINDS.length)]!;
  const body = JSON.parse(exampleText(kind));
  if (rand() < Number(process.env.BENCH_MUT ?? 0.5)) mutate(body);
  lines.push(JSON.stringify(body));
  kinds.push(kind);
}
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l), 0);

// Warm up: compile every validator, load the code lists and let the JIT settle (one unmeasured pass).
const NOW = new Date('2026-06-01T00:00:00Z');
const parsed = lines.map((l) => JSON.parse(l) as unknown);
for (let i = 0; i < parsed.length; i++) validatePayload(parsed[i], { kind: kinds[i]!, op: 'post', now: NOW });

/**
 * Validation runs on one thread (one core). The machine may be shared, so each measurement is the
 * fastest of three passes (least disturbed by other processes); process CPU time is printed too,
 * though it also counts V8's background GC threads.
 */
function measure(fn: () => void): { wallMs: number; cpuMs: number; worstMs: number } {
  const runs: { wallMs: number; cpuMs: number }[] = [];
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const wallMs = performance.now() - t0;
    const c = process.cpuUsage(c0);
    runs.push({ wallMs, cpuMs: (c.user + c.system) / 1000 });
  }
  runs.sort((a, b) => a.wallMs - b.wallMs);
  return { ...runs[0]!, worstMs: runs[runs.length - 1]!.wallMs };
}

const parse = measure(() => {
  for (const l of lines) JSON.parse(l);
});
let invalid = 0;
const val = measure(() => {
  invalid = 0;
  for (let i = 0; i < parsed.length; i++) {
    if (!validatePayload(parsed[i], { kind: kinds[i]!, op: 'post', now: NOW }).valid) invalid++;
  }
});

const perSec = (N / val.wallMs) * 1000;
const fmt = (n: number) => Math.round(n).toLocaleString('en');
console.log(`entities: ${N} mixed kinds (${invalid} invalid), ${(bytes / 1e6).toFixed(1)} MB, fixed seed`);
console.log(
  `validate (schema + rules), one thread: ${fmt(perSec)} entities/s (best of 3: ${val.wallMs.toFixed(0)} ms wall, ${val.cpuMs.toFixed(0)} ms process CPU; slowest pass ${fmt((N / val.worstMs) * 1000)}/s)`,
);
console.log(
  `JSON.parse of the same bytes: ${parse.wallMs.toFixed(0)} ms → validate costs ${(val.wallMs / parse.wallMs).toFixed(1)}× JSON.parse`,
);
console.log(`target ≥ 25,000 entities/s: ${perSec >= 25000 ? 'met' : 'NOT met'}`);
