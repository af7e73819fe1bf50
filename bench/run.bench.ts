/**
 * `npm run bench:run`: full runs of the CLI (dist/, built first by the npm script) against the embedded
 * simulator, each its own child process of this one: at 0 ms injected latency without PDF and with
 * the PDF, and at 100 ms without PDF. Prints wall times, the latency ratio wall(100)/wall(0), the
 * longest chain of requests that did not overlap (from the 100 ms run's evidence) and so the least the
 * latency costs, the peak RSS of each Node process (cli, vitest worker; Chromium not counted), and
 * each run's phase breakdown (PTVR_PHASE_TIMES). Asserts nothing; prints the quality bars (no PDF
 * ≤ 5 s, with PDF ≤ 8 s, ratio ≤ 1.5, RSS ≤ 250 MB) and the load average, which the wall times scale with.
 * BENCH_CONCURRENCY (default: the run's default) and BENCH_LATENCY_MS (default 100) change the runs;
 * BENCH_PDF=0 leaves out the PDF run (a ratio at another concurrency needs only the other two). The
 * slow run's longest chain is printed by case and per suite (bench/runChain.ts): what to cut next.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvidenceEntry } from '../src/core/evidenceEntry.js';
import type { Phase } from '../src/engine/phaseTimes.js';
import { formatChains, longestChain } from './runChain.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = join(root, 'dist/src/bin.js');
const probe = join(root, 'bench/rssProbe.mjs');
const LATENCY = Number(process.env.BENCH_LATENCY_MS ?? 100);
const CONCURRENCY = process.env.BENCH_CONCURRENCY;
const WITH_PDF = process.env.BENCH_PDF !== '0';
if (!existsSync(bin)) throw new Error(`${bin} is missing: npm run build first`);

interface Measured {
  label: string;
  exit: number | null;
  wallMs: number;
  phases: Phase[];
  rss: { role: string; maxRssKb: number; cpuMs: number }[];
  chain: number;
  requests: number;
  summary: string;
  /** The longest chain by case and each suite's (formatChains). */
  chains: string[];
}

const work = mkdtempSync(join(tmpdir(), 'ptvr-bench-run-'));

async function run(label: string, args: string[]): Promise<Measured> {
  const out = join(work, label.replace(/\W+/g, '-'));
  const phasesFile = join(work, `${label.replace(/\W+/g, '-')}.phases.json`);
  const rssFile = join(work, `${label.replace(/\W+/g, '-')}.rss.ndjson`);
  const argv = [bin, 'run', '--out', out, '--reporter', 'line', ...args];
  if (CONCURRENCY) argv.push('--concurrency', CONCURRENCY);
  const t0 = performance.now();
  let tail = '';
  const exit = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, argv, {
      cwd: work,
      env: {
        ...process.env,
        PTVR_PHASE_TIMES: phasesFile,
        PTVR_BENCH_RSS: rssFile,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${probe}`.trim(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (d: Buffer): void => void (tail = (tail + d.toString()).slice(-2000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', done);
  });
  const wallMs = performance.now() - t0;
  const [runId] = existsSync(out) ? readdirSync(out).filter((d) => !d.includes('.')) : [];
  const evidencePath = runId ? join(out, runId, 'evidence.ndjson') : '';
  const evidence = existsSync(evidencePath)
    ? readFileSync(evidencePath, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as EvidenceEntry)
    : [];
  const phases = existsSync(phasesFile)
    ? (JSON.parse(readFileSync(phasesFile, 'utf8')) as { phases: Phase[] }).phases
    : [];
  const samples = existsSync(rssFile)
    ? readFileSync(rssFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { pid: number; role: string; maxRssKb: number; cpuMs: number })
    : [];
  // The probe samples; the last line of each process is its final figure.
  const rss = [...new Map(samples.map((x) => [x.pid, x])).values()];
  const summary =
    /(READY|NOT READY|PARTIAL|ERROR)[^\n]*/.exec(tail)?.[0] ?? tail.trim().split('\n').pop() ?? '';
  return {
    label,
    exit,
    wallMs,
    phases,
    rss,
    chain: longestChain(evidence),
    requests: evidence.length,
    summary,
    chains: runId && existsSync(join(out, runId, 'report.json')) ? formatChains(join(out, runId)) : [],
  };
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
const maxRss = (m: Measured): number => Math.max(0, ...m.rss.map((r) => r.maxRssKb));

const load0 = loadavg();
const noPdf = await run('0 ms, md+junit', ['--formats', 'md,junit']);
const withPdf = WITH_PDF
  ? await run('0 ms, all formats (PDF)', ['--formats', 'html,pdf,md,junit'])
  : undefined;
const slow = await run(`${LATENCY} ms, md+junit`, ['--formats', 'md,junit', '--latency', String(LATENCY)]);
const load1 = loadavg();
rmSync(work, { recursive: true, force: true });

const lines: string[] = [];
const runs = [noPdf, ...(withPdf ? [withPdf] : []), slow];
lines.push(
  `bench:run — ${cpus().length} CPUs, load average ${load0.map((l) => l.toFixed(2)).join(' ')} → ${load1.map((l) => l.toFixed(2)).join(' ')}`,
);
for (const m of runs) {
  lines.push(
    `${m.label.padEnd(26)} wall ${s(m.wallMs).padStart(9)}  exit ${m.exit}  requests ${m.requests}  peak RSS / CPU ${m.rss.map((r) => `${r.role} ${mb(r.maxRssKb)} / ${s(r.cpuMs)}`).join(', ')}  — ${m.summary}`,
  );
}
const ratio = slow.wallMs / noPdf.wallMs;
const limit = slow.chain * LATENCY;
lines.push(
  `latency ratio wall(${LATENCY} ms)/wall(0 ms): ${ratio.toFixed(2)}`,
  `longest non-overlapping request chain at ${LATENCY} ms: ${slow.chain} requests → at least ${s(limit)} of round trips (physical limit ≈ ${s(limit + noPdf.wallMs)} with the 0 ms run's wall as the fixed part)`,
  ...slow.chains,
  '',
  'phases (ms; nested lines are inside "vitest: run"):',
);
const names = [...new Set(runs.flatMap((m) => m.phases.map((p) => p.name)))];
lines.push(`${''.padEnd(40)}${runs.map((m) => m.label.padStart(26)).join('')}`);
for (const name of names) {
  const cell = (m: Measured): string => {
    const p = m.phases.filter((x) => x.name === name);
    return p.length ? String(p.reduce((a, x) => a + x.endMs - x.startMs, 0)) : '–';
  };
  lines.push(`${name.padEnd(40)}${runs.map((m) => cell(m).padStart(26)).join('')}`);
}
const bar = (ok: boolean, what: string): string => `${ok ? 'met    ' : 'MISSED '} ${what}`;
lines.push(
  '',
  'quality bars:',
  bar(noPdf.wallMs <= 5000, `no PDF ≤ 5 s (${s(noPdf.wallMs)})`),
  withPdf
    ? bar(withPdf.wallMs <= 8000, `with PDF ≤ 8 s (${s(withPdf.wallMs)})`)
    : 'not run  with PDF ≤ 8 s (BENCH_PDF=0)',
  bar(ratio <= 1.5, `wall(${LATENCY} ms)/wall(0 ms) ≤ 1.5 (${ratio.toFixed(2)})`),
  bar(
    Math.max(...runs.map(maxRss)) <= 250 * 1024,
    `peak RSS of any Node process ≤ 250 MB (${mb(Math.max(...runs.map(maxRss)))})`,
  ),
);
process.stdout.write(lines.join('\n') + '\n');
