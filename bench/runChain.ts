import type { EvidenceEntry } from '../src/core/evidenceEntry.js';

/**
 * The longest chain of requests in which each one started only after the previous one had finished,
 * from a run's evidence: the round trips no concurrency could overlap in this run. Times that by the
 * injected latency and it is the part of the wall the latency costs at least.
 */
export function longestChain(entries: readonly Pick<EvidenceEntry, 'startedAt' | 'durationMs'>[]): number {
  const spans = entries
    .map((e) => ({ start: Date.parse(e.startedAt), end: Date.parse(e.startedAt) + e.durationMs }))
    .sort((a, b) => a.start - b.start);
  const byEnd = spans.map((s, i) => ({ end: s.end, i })).sort((a, b) => a.end - b.end);
  const chain = new Array<number>(spans.length).fill(1);
  // Requests in start order; every request that ended by this one's start may precede it.
  let best = 0;
  let k = 0;
  for (let i = 0; i < spans.length; i++) {
    while (k < byEnd.length && byEnd[k]!.end <= spans[i]!.start) best = Math.max(best, chain[byEnd[k++]!.i]!);
    chain[i] = best + 1;
  }
  return Math.max(0, ...chain);
}
