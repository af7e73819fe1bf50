import { describe, expect, it } from 'vitest';
import { newCaseMeta } from '../suite/caseMeta.js';
import { subCaseResult } from './collector.js';

describe('subCaseResult (run-time cases such as V12-SRV-01)', () => {
  const sub = (p: Partial<ReturnType<typeof newCaseMeta>> = {}) => ({
    ...newCaseMeta({
      id: 'V12-SRV-01',
      dvv: 'V12',
      title: 'SRV-01:service read back through v12 matches v11',
    }),
    ...p,
  });

  it('passes without error findings and carries its v12 timing and its own evidence', () => {
    const c = subCaseResult(
      sub({
        durationMs: 4,
        evidenceIds: ['E000001'],
        v12: { observedDelayMs: 3010, idMapping: 'same', stalePolls: 12 },
      }),
      'suites/v12-readback.suite.ts',
    );
    expect(c).toMatchObject({
      id: 'V12-SRV-01',
      dvvItem: 'V12',
      status: 'passed',
      durationMs: 4,
      evidenceIds: ['E000001'],
      file: 'suites/v12-readback.suite.ts',
      v12: { observedDelayMs: 3010, idMapping: 'same', stalePolls: 12 },
    });
    expect(c.provisional).toBeUndefined();
  });

  it('fails on an error finding (a warning does not), is skipped with its reason, keeps provisional', () => {
    const error = { path: 'p', rule: 'v12.notPropagated', severity: 'error' as const, message: 'm' };
    const warning = { ...error, rule: 'v12.archiveReason', severity: 'warning' as const };
    expect(subCaseResult(sub({ findings: [warning] }), 'f').status).toBe('passed');
    expect(subCaseResult(sub({ findings: [warning, error] }), 'f').status).toBe('failed');
    const skipped = subCaseResult(sub({ skipReason: 'pending v12 read-back (readback <run-dir>)' }), 'f');
    expect(skipped).toMatchObject({
      status: 'skipped',
      skipReason: 'pending v12 read-back (readback <run-dir>)',
    });
    expect(subCaseResult(sub({ provisional: true }), 'f').provisional).toBe(true);
  });
});
