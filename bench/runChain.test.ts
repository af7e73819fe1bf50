import { describe, expect, it } from 'vitest';
import { casesOf, chainOf, chainsBySuite, longestChain } from './runChain.js';

/** A request from `start` ms for `ms` ms. */
const at = (start: number, ms: number, caseId?: string) => ({
  startedAt: new Date(Date.UTC(2026, 0, 1) + start).toISOString(),
  durationMs: ms,
  ...(caseId !== undefined && { caseId }),
});

describe('request chains from evidence', () => {
  it('finds the longest run of requests each started after the previous ended', () => {
    // A 0–10, B 10–20, D 20–25 one after the other; C 5–15 overlaps A and B, so only C → D follows it.
    const entries = [at(0, 10, 'A'), at(10, 10, 'B'), at(5, 10, 'C'), at(20, 5, 'D')];
    expect(longestChain(entries)).toBe(3);
    expect(chainOf(entries).map((e) => e.caseId)).toEqual(['A', 'B', 'D']);
    expect(longestChain([])).toBe(0);
  });

  it('counts a chain by case and gives each suite its own longest chain', () => {
    const entries = [at(0, 5, 'X-1'), at(5, 5, 'X-1'), at(10, 5, 'X-2'), at(0, 20, 'Y-1'), at(20, 1, 'Y-1')];
    // The whole run: X's three requests, then Y's second, which starts after X-2 ended.
    expect(casesOf(chainOf(entries))).toEqual([
      ['X-1', 2],
      ['X-2', 1],
      ['Y-1', 1],
    ]);
    expect(chainsBySuite(entries, (id) => id.split('-')[0])).toEqual([
      {
        suite: 'X',
        length: 3,
        cases: [
          ['X-1', 2],
          ['X-2', 1],
        ],
      },
      { suite: 'Y', length: 2, cases: [['Y-1', 2]] },
    ]);
  });
});
