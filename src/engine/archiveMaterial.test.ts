import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../core/ledgerEntry.js';
import { archiveTiers } from './archiveMaterial.js';

const entry = (objectType: LedgerEntry['objectType'], id: string): LedgerEntry => ({
  event: 'created',
  runId: 'r',
  objectType,
  id,
  at: '2026-11-28T00:00:00.000Z',
});

describe('archiveTiers', () => {
  it('archives collections, services and channels in one round, then the organisations', () => {
    const sorted = [
      entry('ServiceCollection', 'k'),
      entry('Service', 's1'),
      entry('Service', 's2'),
      entry('ServiceChannel', 'c1'),
      entry('Organization', 'o1'),
      entry('Organization', 'o2'),
    ];
    expect(archiveTiers(sorted).map((t) => t.map((e) => e.id))).toEqual([
      ['k', 's1', 's2', 'c1'],
      ['o1', 'o2'],
    ]);
  });

  it('leaves out an empty round', () => {
    expect(archiveTiers([entry('Organization', 'o')]).map((t) => t.length)).toEqual([1]);
    expect(archiveTiers([entry('Service', 's')]).map((t) => t.length)).toEqual([1]);
    expect(archiveTiers([])).toEqual([]);
  });
});
