import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EvidenceEntry } from '../src/core/evidenceEntry.js';

type Timed = Pick<EvidenceEntry, 'startedAt' | 'durationMs'> & { caseId?: string };

/**
 * The longest chain of requests in which each one started only after the previous one had finished,
 * from a run's evidence: the round trips no concurrency could overlap in this run. Times that by the
 * injected latency and it is the part of the wall the latency costs at least.
 */
export function longestChain(entries: readonly Timed[]): number {
  return chainOf(entries).length;
}

/** The requests of one longest chain, in order (see longestChain). */
export function chainOf<T extends Timed>(entries: readonly T[]): T[] {
  const spans = entries
    .map((e) => ({ e, start: Date.parse(e.startedAt), end: Date.parse(e.startedAt) + e.durationMs }))
    .sort((a, b) => a.start - b.start);
  const byEnd = spans.map((s, i) => ({ end: s.end, i })).sort((a, b) => a.end - b.end);
  const chain = new Array<number>(spans.length).fill(1);
  const before = new Array<number>(spans.length).fill(-1);
  // Requests in start order; every request that ended by this one's start may precede it.
  let best = 0;
  let bestAt = -1;
  let k = 0;
  for (let i = 0; i < spans.length; i++) {
    while (k < byEnd.length && byEnd[k]!.end <= spans[i]!.start) {
      const j = byEnd[k++]!.i;
      if (chain[j]! > best) [best, bestAt] = [chain[j]!, j];
    }
    chain[i] = best + 1;
    before[i] = bestAt;
  }
  let last = -1;
  for (let i = 0; i < spans.length; i++) if (last < 0 || chain[i]! > chain[last]!) last = i;
  const out: T[] = [];
  for (let i = last; i >= 0; i = before[i]!) out.push(spans[i]!.e);
  return out.reverse();
}

/** How many requests of a chain each case made, in chain order (`-` for requests outside any case). */
export function casesOf(chain: readonly Timed[]): [string, number][] {
  const counts: [string, number][] = [];
  for (const e of chain) {
    const id = e.caseId ?? '-';
    const last = counts[counts.length - 1];
    if (last?.[0] === id) last[1]++;
    else counts.push([id, 1]);
  }
  return counts;
}

/**
 * The longest chain of each suite's own requests (cases grouped by `suiteOf`), longest first: the
 * suite's critical path, which running it beside others cannot shorten.
 */
export function chainsBySuite(
  entries: readonly Timed[],
  suiteOf: (caseId: string) => string | undefined,
): { suite: string; length: number; cases: [string, number][] }[] {
  const bySuite = new Map<string, Timed[]>();
  for (const e of entries) {
    const suite = e.caseId === undefined ? undefined : suiteOf(e.caseId);
    if (suite !== undefined) bySuite.set(suite, [...(bySuite.get(suite) ?? []), e]);
  }
  return [...bySuite]
    .map(([suite, es]) => {
      const chain = chainOf(es);
      return { suite, length: chain.length, cases: casesOf(chain) };
    })
    .sort((a, b) => b.length - a.length);
}

/** Lines for a run directory: the whole run's longest chain by case, then each suite's. */
export function formatChains(runDir: string): string[] {
  const evidence = readFileSync(join(runDir, 'evidence.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EvidenceEntry);
  const report = JSON.parse(readFileSync(join(runDir, 'report.json'), 'utf8')) as {
    cases: { id: string; file: string }[];
  };
  const fileOf = new Map(
    report.cases.map((c) => [
      c.id,
      c.file
        .split('/')
        .pop()!
        .replace(/\.suite\.ts$/, ''),
    ]),
  );
  // Sub-cases (V12-…) are reported under their own ids; their step's file is the v12 suite.
  const suiteOf = (id: string): string | undefined =>
    fileOf.get(id) ?? (id.startsWith('V12') ? 'v12' : undefined);
  const fmt = (cases: [string, number][]): string =>
    cases.map(([id, n]) => (n > 1 ? `${id}×${n}` : id)).join(' → ');
  const whole = chainOf(evidence);
  return [
    `longest chain of the run: ${whole.length} requests: ${fmt(casesOf(whole))}`,
    ...chainsBySuite(evidence, suiteOf).map(
      (s) => `  ${s.suite.padEnd(22)} ${String(s.length).padStart(4)}  ${fmt(s.cases)}`,
    ),
  ];
}

// `node --import tsx bench/runChain.ts <run-dir>`: the chains of a finished run.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node --import tsx bench/runChain.ts <run-dir>');
  process.stdout.write(formatChains(dir).join('\n') + '\n');
}
