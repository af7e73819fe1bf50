import { describe, expect, it } from 'vitest';
import type { CaseResult, DvvItem } from '../report/model.js';
import { decideOutcome, type OutcomeInputs } from './decideOutcome.js';

const ALL = ['conn', 't1', 't2', 't3', 't4', 't5', 't6', 'pit'];
const ITEMS: DvvItem[] = ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'PIT'];

function c(dvvItem: DvvItem, status: CaseResult['status'], blockedBy?: string): CaseResult {
  return {
    id: `${dvvItem}-${status}`,
    dvvItem,
    title: 't',
    status,
    ...(blockedBy && { blockedBy }),
    durationMs: 1,
    attempts: 1,
    findings: [],
    evidenceIds: [],
    entityIds: [],
    ptvMessages: [],
    readBacks: [],
    file: 'suites/x.suite.ts',
  };
}
const allPass = ITEMS.map((i) => c(i, 'passed'));
const base: OutcomeInputs = { cases: allPass, selectedSuites: ALL, errors: [], interrupted: false };

describe('decideOutcome', () => {
  it.each<[string, Partial<OutcomeInputs>, string, string, string[]]>([
    ['full run, every case passed', {}, 'passed', 'passed', []],
    ['full run, one failure', { cases: [...allPass, c('T3', 'failed')] }, 'failed', 'failed', []],
    [
      'full run, a DVV case blocked (skipped) but none failed',
      { cases: [...allPass, c('T4', 'skipped', 'CON-01')] },
      'partial',
      'passed',
      [],
    ],
    [
      'full run, a PIT case skipped (not a DVV item)',
      { cases: [...allPass, c('PIT', 'skipped')] },
      'passed',
      'passed',
      [],
    ],
    [
      'full run, every T6 case skipped: T6 did not run',
      { cases: [...allPass.filter((x) => x.dvvItem !== 'T6'), c('T6', 'skipped')] },
      'partial',
      'passed',
      ['T6'],
    ],
    [
      'subset t6, every case passed',
      { selectedSuites: ['t6'], cases: [c('T6', 'passed')] },
      'partial',
      'passed',
      ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5'],
    ],
    [
      'subset t6 with a failure',
      { selectedSuites: ['t6'], cases: [c('T6', 'passed'), c('T6', 'failed')] },
      'partial',
      'failed',
      ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5'],
    ],
    [
      'CONN–T6 without pit is a full DVV run',
      { selectedSuites: ALL.filter((s) => s !== 'pit'), cases: allPass.filter((x) => x.dvvItem !== 'PIT') },
      'passed',
      'passed',
      [],
    ],
    ['no cases at all', { cases: [] }, 'partial', 'passed', ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6']],
    [
      'provisional v12 profile, every executed case passed, T6 all skipped: a rehearsal, exit 0, never READY',
      {
        provisional: true,
        cases: [...allPass.filter((x) => x.dvvItem !== 'T6'), c('T6', 'skipped')],
      },
      'rehearsal',
      'passed',
      ['T6'],
    ],
    [
      'provisional v12 profile with a failure: NOT READY',
      { provisional: true, cases: [...allPass, c('T2', 'failed')] },
      'failed',
      'failed',
      [],
    ],
    ['a harness error', { errors: [{ code: 'PTVR_INTERNAL' }] }, 'error', 'error', []],
    [
      'a harness error beats failures',
      { errors: [{ code: 'PTVR_INTERNAL' }], cases: [c('T1', 'failed')] },
      'error',
      'error',
      ['CONN', 'T2', 'T3', 'T4', 'T5', 'T6'],
    ],
    ['interrupted', { interrupted: true }, 'interrupted', 'interrupted', []],
    [
      'interrupted: the errors the abort caused do not make it a harness error',
      { interrupted: true, errors: [{ code: 'PTVR_INTERNAL' }] },
      'interrupted',
      'interrupted',
      [],
    ],
    [
      'interrupted before any case ran (Ctrl-C during the login)',
      { cases: [], interrupted: true, errors: [{ code: 'PTVR_INTERRUPTED' }] },
      'interrupted',
      'interrupted',
      ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'],
    ],
    [
      'interrupted while the harness itself threw',
      { interrupted: true, harnessError: true, errors: [{ code: 'PTVR_INTERNAL' }] },
      'error',
      'error',
      [],
    ],
    [
      'preflight refused the login before any case ran',
      {
        cases: [],
        harnessError: true,
        errors: [{ code: 'PTVR_AUTH_FAILED' }],
        preflightError: { code: 'PTVR_AUTH_FAILED' },
      },
      'not-run',
      'error',
      ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'],
    ],
    [
      'only collected (skipped) cases count as not run for preflight',
      {
        cases: [c('CONN', 'skipped')],
        harnessError: true,
        errors: [{ code: 'PTVR_TARGET_UNREACHABLE' }],
        preflightError: { code: 'PTVR_TARGET_UNREACHABLE' },
      },
      'not-run',
      'error',
      ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'],
    ],
    [
      'a preflight-shaped error after cases ran is a harness error',
      {
        harnessError: true,
        errors: [{ code: 'PTVR_AUTH_FAILED' }],
        preflightError: { code: 'PTVR_AUTH_FAILED' },
      },
      'error',
      'error',
      [],
    ],
  ])('%s', (_name, over, status, exit, notRun) => {
    const d = decideOutcome({ ...base, ...over });
    expect(d.status).toBe(status);
    expect(d.exit).toBe(exit);
    expect(d.coverage.notRun).toEqual(notRun);
  });

  it('records the selected DVV items in catalogue order and the items with skipped cases', () => {
    const d = decideOutcome({
      ...base,
      selectedSuites: ['t2', 'conn', 'pit'],
      cases: [c('CONN', 'passed'), c('T2', 'passed'), c('T2', 'skipped'), c('PIT', 'passed')],
    });
    expect(d.coverage).toEqual({
      selected: ['CONN', 'T2', 'PIT'],
      notRun: ['T1', 'T3', 'T4', 'T5', 'T6'],
      incomplete: ['T2'],
    });
  });
});
