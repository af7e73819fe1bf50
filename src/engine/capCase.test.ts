import { describe, expect, it } from 'vitest';
import { CAPPED_MARKER, MAX_STORED_STRING } from '../core/capString.js';
import type { CaseResult } from '../report/model.js';
import { capCase, CASE_LIMITS } from './capCase.js';

const MB = 'x'.repeat(1024 * 1024);

function hostileCase(): CaseResult {
  return {
    id: 'ORG-01',
    dvvItem: 'T1',
    title: 'create',
    status: 'failed',
    durationMs: 1,
    attempts: 1,
    findings: Array.from({ length: 250 }, (_, i) => ({
      path: 'Names[0].Value',
      message: i < 3 ? MB : 'differs',
      rule: 'readback.mismatch',
      severity: 'error' as const,
      expected: i < 3 ? { name: MB } : 'a',
      actual: i < 3 ? [MB, MB] : 'b',
    })),
    evidenceIds: ['E-1'],
    entityIds: [MB],
    ptvMessages: Array.from({ length: 100 }, (_, i) => (i < 3 ? MB : 'm')),
    readBacks: [{ endpoint: 'GET /x', fields: [{ path: 'name', sent: MB, read: MB, ok: false }] }],
    file: 'suites/t1.suite.ts',
    error: MB,
  };
}

describe('capCase', () => {
  it(
    'bounds a case full of 1 MB server strings to a few hundred KB, noting what was cut',
    { timeout: 60_000 },
    () => {
      const c = capCase(hostileCase());
      const size = JSON.stringify(c).length;
      expect(size).toBeLessThan(2 * 1024 * 1024);
      expect(c.findings).toHaveLength(CASE_LIMITS.findings + 1);
      expect(c.findings.at(-1)!.rule).toBe('report.findingsCapped');
      expect(c.ptvMessages).toHaveLength(CASE_LIMITS.ptvMessages + 1);
      expect(c.error!.length).toBeLessThan(MAX_STORED_STRING + 200);
      expect(c.error).toContain(`${CAPPED_MARKER}${MB.length} characters, sha256 `);
      expect(String(c.readBacks[0]!.fields[0]!.read)).toContain(CAPPED_MARKER);
      expect(c.id).toBe('ORG-01');
    },
  );

  it('leaves an ordinary case as it is', () => {
    const c: CaseResult = {
      ...hostileCase(),
      findings: [],
      ptvMessages: ['ok'],
      entityIds: ['a'],
      error: 'e',
      readBacks: [],
    };
    expect(capCase(c)).toEqual(c);
  });
});
