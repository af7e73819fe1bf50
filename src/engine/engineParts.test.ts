import { mkdtempSync, mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRunId } from './runId.js';
import { scanForSecrets, secretLeakError } from './scanForSecrets.js';
import { suiteFiles, suiteIdOf } from './suiteFiles.js';
import { readEvidence } from './readEvidence.js';
import { materialOf } from './buildReportModel.js';
import { formatCaseLine } from './progress.js';
import { formatCatalogue } from './listCases.js';
import type { CaseResult } from '../report/model.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'ptvr-engine-'));

describe('makeRunId', () => {
  it('is UTC timestamp + target + short random', () => {
    expect(makeRunId(new Date('2026-11-26T17:15:00.123Z'), 'sim', () => '3f9a')).toBe(
      '20261126T171500Z-sim-3f9a',
    );
    expect(makeRunId(new Date(), 'cte')).toMatch(/^\d{8}T\d{6}Z-cte-[0-9a-f]{4}$/);
  });
});

describe('scanForSecrets', () => {
  it('finds literal, JSON-escaped and URL-encoded secrets in nested files, and names files not values', () => {
    const d = tmp();
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'clean.txt'), 'nothing here [REDACTED]');
    writeFileSync(join(d, 'sub', 'a.json'), JSON.stringify({ x: 'pa"ss word' }));
    writeFileSync(join(d, 'b.txt'), 'q=pa%22ss%20word');
    const hits = scanForSecrets(d, ['pa"ss word']);
    expect(hits.map((h) => h.file).sort()).toEqual(['b.txt', 'sub/a.json']);
    const err = secretLeakError(hits);
    expect(err.code).toBe('PTVR_SECRET_LEAK');
    expect(err.message).not.toContain('pa"ss');
  });

  it('finds tokens by shape: a JWT or an unredacted bearer', () => {
    const d = tmp();
    writeFileSync(join(d, 'jwt.txt'), 'x eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImEifQ.c2lnbmF0dXJl y');
    writeFileSync(join(d, 'bearer.txt'), 'Authorization: Bearer abcdefghijklmnop');
    writeFileSync(join(d, 'ok.txt'), 'Authorization: Bearer [REDACTED]');
    expect(
      scanForSecrets(d, [])
        .map((h) => h.file)
        .sort(),
    ).toEqual(['bearer.txt', 'jwt.txt']);
  });

  it('ignores values shorter than 4 characters', () => {
    const d = tmp();
    writeFileSync(join(d, 'a.txt'), 'abc');
    expect(scanForSecrets(d, ['abc', undefined])).toEqual([]);
  });
});

describe('suiteFiles', () => {
  it('maps file names to suite ids', () => {
    expect(suiteIdOf('t3-channels.suite.ts')).toBe('t3');
    expect(suiteIdOf('conn.suite.ts')).toBe('conn');
    expect(suiteIdOf('support.ts')).toBeUndefined();
  });

  it('selects and orders by the DVV catalogue', () => {
    const d = tmp();
    for (const f of ['pit-x.suite.ts', 't2-b.suite.ts', 'conn.suite.ts', 't1-a.suite.ts', 'helper.ts'])
      writeFileSync(join(d, f), '');
    expect(suiteFiles(d, []).map((p) => p.slice(d.length + 1))).toEqual([
      'conn.suite.ts',
      't1-a.suite.ts',
      't2-b.suite.ts',
      'pit-x.suite.ts',
    ]);
    expect(suiteFiles(d, ['t2']).map((p) => p.slice(d.length + 1))).toEqual(['t2-b.suite.ts']);
    expect(() => suiteFiles(d, ['t6'])).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
  });
});

describe('readEvidence and materialOf', () => {
  it('caps evidence but counts all, skipping a torn last line', () => {
    const d = tmp();
    const p = join(d, 'evidence.ndjson');
    for (let i = 1; i <= 5; i++) appendFileSync(p, JSON.stringify({ id: `E-${i}` }) + '\n');
    appendFileSync(p, '{"id": "E-6", "meth');
    const r = readEvidence(p, 3);
    expect(r.total).toBe(5);
    expect(r.entries.map((e) => e.id)).toEqual(['E-1', 'E-2', 'E-3']);
    expect(readEvidence(join(d, 'missing'))).toEqual({ entries: [], total: 0 });
  });

  it('gives each created entity of the run its final state', () => {
    const d = tmp();
    const p = join(d, 'ledger.ndjson');
    const line = (o: object): void =>
      appendFileSync(p, JSON.stringify({ runId: 'r1', at: '2026-01-01T00:00:00Z', ...o }) + '\n');
    line({ event: 'created', objectType: 'Service', id: 'S1', caseId: 'SRV-01' });
    line({ event: 'created', objectType: 'Organization', id: 'O1' });
    line({ event: 'archived', objectType: 'Service', id: 's1' });
    line({ event: 'created', objectType: 'Service', id: 'X', runId: 'other' });
    expect(materialOf(p, 'r1', false)).toEqual([
      { objectType: 'Service', id: 'S1', caseId: 'SRV-01', finalState: 'archived' },
      { objectType: 'Organization', id: 'O1', finalState: 'live' },
    ]);
    expect(materialOf(p, 'r1', true)[1]?.finalState).toBe('kept');
  });
});

describe('output formatting', () => {
  const c: CaseResult = {
    id: 'ORG-03',
    dvvItem: 'T1',
    title: 'modify',
    status: 'skipped',
    blockedBy: 'ORG-02',
    skipReason: 'blocked by ORG-02',
    durationMs: 0,
    attempts: 0,
    findings: [],
    evidenceIds: [],
    entityIds: [],
    ptvMessages: [],
    readBacks: [],
    file: 'suites/t1.suite.ts',
  };
  it('prints plain lines without ANSI and tty lines with symbols', () => {
    expect(formatCaseLine(c, 'plain')).toBe('SKIP ORG-03 [T1] modify — blocked by ORG-02\n');
    expect(formatCaseLine({ ...c, status: 'passed', durationMs: 12 }, 'tty')).toContain('✓');
    expect(formatCatalogue([{ id: 'ORG-03', dvvItem: 'T1', title: 'modify', file: 'x' }])).toBe(
      'ORG-03  T1    modify\n',
    );
  });
});

describe('formatCaseLine colour', () => {
  const c = {
    id: 'ORG-01',
    dvvItem: 'T1',
    title: 'create',
    status: 'failed',
    durationMs: 3,
  } as unknown as CaseResult;
  it('colours only when told to (NO_COLOR on a TTY, FORCE_COLOR in a pipe)', () => {
    expect(formatCaseLine(c, 'tty', false)).toBe('  ✗ ORG-01 [T1] create (3 ms)\n');
    expect(formatCaseLine(c, 'tty', true)).toContain('\x1b[31m✗\x1b[0m');
    expect(formatCaseLine(c, 'plain', true)).toBe('\x1b[31mFAIL\x1b[0m ORG-01 [T1] create (3 ms)\n');
    expect(formatCaseLine(c, 'plain')).not.toContain('\x1b');
  });
});
