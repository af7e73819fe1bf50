/**
 * `--concurrency` changes how many independent cases run at once, never what they find: a run at 1 and
 * a run at 8 give the same cases, in the same (catalogue) order, with the same status, and leave the
 * same entities in the ledger. The concurrent run must really overlap requests (the evidence shows
 * it), suites included (T1–T6 and PIT run side by side), or this comparison would prove nothing; the
 * 429s PIT-06's throttle causes must meet PIT-06 alone, though other cases run beside it; and at 1 one
 * case runs at a time (src/suite/caseSlots.ts: only running cases hold a place).
 * Spawns the built CLI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvidenceEntry, LedgerEntry } from '#ptvr';
import { onlyRunDir, readModel, runCli, tempDir } from '../test/cliHarness.js';

function ndjson<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

/**
 * The most requests the evidence shows in flight at one time. startedAt has whole milliseconds and
 * durationMs is measured apart from it, so each interval is shortened by 2 ms at its start: back-to-back
 * requests never count as overlapping, while requests that wait the 5 ms latency together still do.
 */
function peakInFlight(entries: EvidenceEntry[]): number {
  const edges = entries.flatMap((e) => {
    const start = Date.parse(e.startedAt);
    return [
      [start + 2, 1],
      [start + e.durationMs, -1],
    ] as const;
  });
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, d] of edges) peak = Math.max(peak, (now += d));
  return peak;
}

async function runAt(concurrency: number) {
  const out = tempDir(`concurrency-${concurrency}`);
  // A little latency so concurrent requests really are in flight together (it changes no verdict).
  const res = await runCli([
    'run',
    '--suites',
    't1,t3,t4,t5,t6,pit',
    '--concurrency',
    String(concurrency),
    '--latency',
    '5',
    '--out',
    out,
    '--formats',
    'junit',
  ]);
  const runDir = onlyRunDir(out);
  const model = readModel(runDir);
  const ledger = ndjson<LedgerEntry>(join(runDir, 'ledger.ndjson'));
  const count = (event: string) => {
    const by: Record<string, number> = {};
    for (const e of ledger.filter((x) => x.event === event)) by[e.objectType] = (by[e.objectType] ?? 0) + 1;
    return by;
  };
  const evidence = ndjson<EvidenceEntry>(join(runDir, 'evidence.ndjson'));
  return {
    res,
    model,
    cases: model.cases.map((c) => `${c.id} ${c.status} ${c.file}`),
    created: count('created'),
    archived: count('archived'),
    peak: peakInFlight(evidence),
    evidence,
  };
}

/**
 * How many separate runs of requests each case's evidence forms, in the order the requests were made
 * (startedAt; the file order breaks ties): 1 for every case when cases ran one at a time, more for a case
 * whose requests another case's came between. Only the report's cases count (not login, preflight or
 * teardown requests).
 */
function requestRuns(entries: EvidenceEntry[], caseIds: ReadonlySet<string>): Map<string, number> {
  const ordered = entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.caseId !== undefined && caseIds.has(e.caseId))
    .sort((a, b) => Date.parse(a.e.startedAt) - Date.parse(b.e.startedAt) || a.i - b.i);
  const runs = new Map<string, number>();
  let last: string | undefined;
  for (const { e } of ordered) {
    if (e.caseId !== last) runs.set(e.caseId!, (runs.get(e.caseId!) ?? 0) + 1);
    last = e.caseId;
  }
  return runs;
}

/** First start and last end of the requests of the cases matching `of` (ms since the epoch). */
function span(entries: EvidenceEntry[], of: (caseId: string) => boolean): { start: number; end: number } {
  const mine = entries.filter((e) => e.caseId !== undefined && of(e.caseId));
  expect(mine.length).toBeGreaterThan(0);
  return {
    start: Math.min(...mine.map((e) => Date.parse(e.startedAt))),
    end: Math.max(...mine.map((e) => Date.parse(e.startedAt) + e.durationMs)),
  };
}

/** The cases whose requests were answered 429, each once. */
function throttled(entries: EvidenceEntry[]): string[] {
  return [...new Set(entries.filter((e) => e.status === 429).map((e) => e.caseId ?? '-'))];
}

describe('run --concurrency', () => {
  it('1 and 8 give the same case results in catalogue order and the same ledger entity counts', async () => {
    const one = await runAt(1);
    const eight = await runAt(8);
    expect(one.res.code, one.res.stderr).toBe(0);
    expect(eight.res.code, eight.res.stderr).toBe(0);
    expect(one.cases.length).toBeGreaterThan(400);
    expect(eight.cases).toEqual(one.cases);
    // Catalogue order: T5's FMT ids are numbered in declaration order, so they must come out sorted.
    const fmt = eight.model.cases.filter((c) => c.id.startsWith('FMT-')).map((c) => c.id);
    expect(fmt).toEqual([...fmt].sort());
    expect(eight.created).toEqual(one.created);
    expect(eight.archived).toEqual(one.archived);
    expect(Object.values(one.created).reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
    // The limiter holds the sequential run to one request at a time; the concurrent one overlapped.
    expect(one.peak).toBe(1);
    expect(eight.peak).toBeGreaterThan(1);
    expect(eight.peak).toBeLessThanOrEqual(8);
    // Cases, not only requests: at 1 no case's requests come between another's (one case runs at a
    // time, waiting cases hold no place), while at 8 some do.
    const ids = new Set(one.model.cases.map((c) => c.id));
    const interleaved = (r: typeof one) =>
      [...requestRuns(r.evidence, ids)].filter(([, n]) => n > 1).map(([id]) => id);
    expect(interleaved(one)).toEqual([]);
    expect(interleaved(eight).length).toBeGreaterThan(0);
    // Side by side: at 8, T1's and T6's requests fall inside T5's span. (At 1 the suites take turns a
    // case at a time, as a freed place goes to whichever case waits: checked above, one case at a time.)
    const t5 = (r: typeof one) => span(r.evidence, (id) => id.startsWith('FMT-'));
    const t1 = (r: typeof one) => span(r.evidence, (id) => id.startsWith('ORG-'));
    const t6 = (r: typeof one) => span(r.evidence, (id) => id.startsWith('ARC-'));
    expect(t1(eight).end).toBeGreaterThan(t5(eight).start);
    expect(t6(eight).start).toBeLessThan(t5(eight).end);
    // T5's normalisations (a write and its read-back each) get places before the single-request field
    // cases queued before them (`early`): at 8 none of them starts after the last field case started.
    const norm = eight.model.cases.filter((c) => c.title.startsWith('normalisation ')).map((c) => c.id);
    expect(norm.length).toBeGreaterThan(5);
    const startOf = (id: string) => span(eight.evidence, (x) => x === id).start;
    const fields = fmt.filter((id) => !norm.includes(id) && eight.evidence.some((e) => e.caseId === id));
    expect(Math.max(...norm.map(startOf))).toBeLessThan(Math.max(...fields.map(startOf)));
    // PIT-06's throttle is scoped to its own route: its 429s meet no other case, in either run.
    expect(throttled(eight.evidence)).toEqual(['PIT-06']);
    expect(throttled(one.evidence)).toEqual(['PIT-06']);
  });
});
