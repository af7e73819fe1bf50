import { describe, expect, it } from 'vitest';
import { aCase, aRun } from '../../test/support/roundsModel.js';
import { incompleteness } from './checkBundleableRun.js';

const cases = [aCase('SRV-01', 'T2', 'passed')];

describe('incompleteness: why a run is not a complete test of every DVV item', () => {
  it('READY and NOT READY runs of every suite are complete', () => {
    expect(incompleteness(aRun('a', cases))).toBeUndefined();
    expect(incompleteness(aRun('b', [aCase('SRV-01', 'T2', 'failed', ['ServiceNames'])]))).toBeUndefined();
  });

  it('names the --suites subset, the items a PARTIAL run missed, an interrupt, a stop and a harness error', () => {
    const run = aRun('c', cases);
    expect(incompleteness({ ...run, run: { ...run.run, suites: ['conn', 't1'] } })).toBe(
      'it ran only --suites conn,t1 (not t2,t3,t4,t5,t6,pit)',
    );
    expect(
      incompleteness({
        ...run,
        status: 'partial',
        coverage: { selected: [], notRun: ['T3'], incomplete: ['T4'] },
      }),
    ).toBe('its verdict is PARTIAL: DVV items not run or with skipped cases: T3, T4');
    expect(incompleteness({ ...run, status: 'interrupted' })).toBe('it was interrupted');
    const errors = [{ code: 'PTVR_AUTH_FAILED', message: 'refused' }];
    expect(incompleteness({ ...run, status: 'not-run', errors })).toBe(
      'it stopped before any case ran (PTVR_AUTH_FAILED)',
    );
    expect(incompleteness({ ...run, status: 'error', errors })).toContain('harness error (PTVR_AUTH_FAILED)');
  });

  it('judges an observed or driven run by the items its integration demonstrated, not by run.suites', () => {
    const run = aRun('d', cases);
    const items = (status: (id: string) => 'passed' | 'failed' | 'not-demonstrated') =>
      (['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'PIT'] as const).map((id) => ({
        id,
        status: status(id),
        cases: { passed: 1, failed: 0, skipped: 0 },
      }));
    for (const actor of ['observed', 'driven'] as const) {
      const driven = { ...run, actor, run: { ...run.run, suites: [`${actor}:sample`] } };
      expect(
        incompleteness({ ...driven, items: items((id) => (id === 'T4' ? 'failed' : 'passed')) }),
      ).toBeUndefined();
      expect(
        incompleteness({
          ...driven,
          items: items((id) => (id === 'T6' || id === 'T3' ? 'not-demonstrated' : 'passed')),
        }),
      ).toBe('its integration did not demonstrate T3, T6');
      expect(incompleteness({ ...driven, items: undefined })).toBe(
        'its integration did not demonstrate CONN, T1, T2, T3, T4, T5, T6',
      );
    }
  });
});
