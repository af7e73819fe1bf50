import { describe, expect, it } from 'vitest';
import type { CaseResult, DvvItem, ItemResult } from './model.js';
import { deriveItems } from './deriveItems.js';

const c = (dvvItem: DvvItem, status: CaseResult['status']): CaseResult => ({
  id: `${dvvItem}-${status}`,
  dvvItem,
  title: 't',
  status,
  durationMs: 1,
  attempts: 1,
  findings: [],
  evidenceIds: [],
  entityIds: [],
  ptvMessages: [],
  readBacks: [],
  file: 'suites/x.suite.ts',
});

describe('deriveItems', () => {
  it('lists every item in catalogue order with its case counts', () => {
    const items = deriveItems({ cases: [c('T1', 'passed'), c('T1', 'failed'), c('CONN', 'passed')] });
    expect(items.map((i) => i.id)).toEqual(['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'PIT']);
    expect(items[0]).toEqual({ id: 'CONN', status: 'passed', cases: { passed: 1, failed: 0, skipped: 0 } });
    expect(items[1]!.status).toBe('failed');
    expect(items[2]).toMatchObject({ id: 'T2', status: 'not-run', notes: ['no case ran'] });
  });

  it('never calls a DVV item with skipped cases passed; PIT may skip', () => {
    const items = deriveItems({
      cases: [c('T6', 'passed'), c('T6', 'skipped'), c('PIT', 'passed'), c('PIT', 'skipped')],
    });
    expect(items.find((i) => i.id === 'T6')).toMatchObject({
      status: 'not-run',
      notes: ['1 of 2 cases skipped or blocked'],
    });
    expect(items.find((i) => i.id === 'PIT')!.status).toBe('passed');
  });

  it('marks items outside a --suites subset not-run', () => {
    const items = deriveItems({
      cases: [c('T1', 'passed')],
      coverage: { selected: ['T1'], notRun: ['CONN', 'T2', 'T3', 'T4', 'T5', 'T6'] },
    });
    expect(items.find((i) => i.id === 'T1')!.status).toBe('passed');
    expect(items.find((i) => i.id === 'CONN')).toMatchObject({ status: 'not-run', notes: ['not selected'] });
  });

  it('keeps the items a model already carries (observed runs)', () => {
    const own: ItemResult[] = [
      { id: 'T1', status: 'not-demonstrated', cases: { passed: 0, failed: 0, skipped: 0 } },
    ];
    expect(deriveItems({ cases: [c('T1', 'passed')], items: own })).toBe(own);
  });
});
