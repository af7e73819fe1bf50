import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/resolveConfig.js';
import type { UserConfig } from '../config/types.js';
import { packageRoot } from '../core/toolVersion.js';
import type { ReportModel } from '../report/model.js';
import { cleanupRun } from './cleanupRun.js';
import { runReadiness } from './runReadiness.js';

const suitesDir = join(packageRoot(), 'test', 'fixtures', 'suites');
const SECRET_USER = 'kit-user-7d1f@example.test';
const SECRET_PW = 'Kit-Pa55-word-91c2';

function sink(): {
  io: { stdout: { write(s: string): boolean }; stderr: { write(s: string): boolean } };
  text: () => string;
} {
  let text = '';
  const w = { write: (s: string) => ((text += s), true) };
  return { io: { stdout: w, stderr: w }, text: () => text };
}

function config(flags: UserConfig) {
  const out = mkdtempSync(join(tmpdir(), 'ptvr-run-'));
  return resolveConfig({
    flags: { out, formats: ['md'], langs: ['en'], ...flags },
    env: { PTV_USERNAME: SECRET_USER, PTV_PASSWORD: SECRET_PW },
    file: {},
    cwd: out,
  });
}

describe('runReadiness against the embedded simulator', () => {
  it('turns step results into the report model, tears down, and leaks no secret', async () => {
    const s = sink();
    const r = await runReadiness({
      config: config({ suites: ['t1'] }),
      io: s.io,
      signal: new AbortController().signal,
      progress: 'plain',
      suitesDir,
    });
    expect(r.outcome).toBe('failed');
    const m = JSON.parse(readFileSync(join(r.runDir, 'report.json'), 'utf8')) as ReportModel;
    // A --suites subset is PARTIAL whatever its cases did; the exit code follows the cases (1).
    expect(m.status).toBe('partial');
    expect(m.coverage).toEqual({
      selected: ['T1'],
      notRun: ['CONN', 'T2', 'T3', 'T4', 'T5', 'T6'],
      incomplete: ['T1'],
    });
    expect(m.run.id).toMatch(/^\d{8}T\d{6}Z-sim-[0-9a-f]{4}$/);
    // Without organisation settings in the config, the cover's name and business id are read from PTV.
    expect(m.organization).toEqual({
      name: 'Simulaattorin kunta',
      businessId: '0201256-6',
      ptvOrganizationId: '5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c01',
    });
    const byId = Object.fromEntries(m.cases.map((c) => [c.id, c]));
    expect(Object.keys(byId)).toEqual([
      'KIT-01',
      'KIT-02',
      'KIT-03',
      'KIT-04',
      'KIT-07',
      'KIT-05',
      'KIT-06',
      'KIT-08',
    ]);
    expect(byId['KIT-01']).toMatchObject({ status: 'passed', dvvItem: 'T1', ptvMessages: ['created'] });
    expect(byId['KIT-01']!.evidenceIds.length).toBeGreaterThanOrEqual(2);
    expect(byId['KIT-01']!.attempts).toBeGreaterThanOrEqual(2);
    expect(byId['KIT-01']!.entityIds).toHaveLength(1);
    expect(byId['KIT-01']!.readBacks).toHaveLength(1);
    expect(byId['KIT-02']).toMatchObject({ status: 'failed' });
    expect(byId['KIT-02']!.findings.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect(byId['KIT-03']).toMatchObject({ status: 'skipped', blockedBy: 'KIT-02' });
    // Blocked through a blocked need, and the block spreads to the rest of that flow: the root is named.
    expect(byId['KIT-04']).toMatchObject({
      status: 'skipped',
      blockedBy: 'KIT-02',
      skipReason: 'blocked by KIT-02 (needed case KIT-03 was blocked)',
    });
    expect(byId['KIT-07']).toMatchObject({ status: 'skipped', blockedBy: 'KIT-02' });
    // A self-skip does not block its flow, only the steps that need it.
    expect(byId['KIT-05']).toMatchObject({ status: 'skipped', skipReason: 'not testable here' });
    expect(byId['KIT-05']!.blockedBy).toBeUndefined();
    expect(byId['KIT-06']).toMatchObject({ status: 'passed' });
    expect(byId['KIT-08']).toMatchObject({ status: 'skipped', blockedBy: 'KIT-05' });
    // Every evidence id a case names is in the model's evidence, which carries the case id.
    const ev = new Map(m.evidence.map((e) => [e.id, e]));
    for (const id of byId['KIT-01']!.evidenceIds) expect(ev.get(id)?.caseId).toBe('KIT-01');
    expect(m.evidenceTotal).toBe(m.evidence.length);
    // Teardown archived the organisation the run created.
    expect(m.material).toEqual([
      expect.objectContaining({ objectType: 'Organization', caseId: 'KIT-01', finalState: 'archived' }),
    ]);
    expect(m.token?.shape).toBe('ptvToken');
    for (const f of ['run.json', 'evidence.ndjson', 'ledger.ndjson', 'report.md', 'manifest.json']) {
      expect(existsSync(join(r.runDir, f))).toBe(true);
    }
    // The secret scan passed (else outcome would be error); check the console too.
    expect(s.text()).not.toContain(SECRET_PW);
    expect(s.text()).not.toContain(SECRET_USER);
    expect(s.text()).toContain('FAIL KIT-02');
  });

  it('keeps material with --keep, and cleanup archives it from a persisted simulator, idempotently', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ptvr-db-')), 'sim.db');
    const s = sink();
    const r = await runReadiness({
      config: config({ suites: ['t1'], keep: true, sim: { db } }),
      io: s.io,
      signal: new AbortController().signal,
      progress: 'none',
      suitesDir,
    });
    const m = JSON.parse(readFileSync(join(r.runDir, 'report.json'), 'utf8')) as ReportModel;
    expect(m.material.map((x) => x.finalState)).toEqual(['kept']);
    const secrets = { username: SECRET_USER, password: SECRET_PW };
    const first = await cleanupRun(r.runDir, secrets);
    expect(first.outcome.archived).toHaveLength(1);
    expect(first.remaining).toBe(0);
    const second = await cleanupRun(r.runDir, secrets);
    expect(second.outcome.live).toBe(0);
  });

  it('stops on abort and still writes report.json with status interrupted', async () => {
    const ac = new AbortController();
    ac.abort();
    const r = await runReadiness({
      config: config({ suites: ['t1'] }),
      io: sink().io,
      signal: ac.signal,
      progress: 'none',
      suitesDir,
    });
    expect(r.outcome).toBe('interrupted');
    const m = JSON.parse(readFileSync(join(r.runDir, 'report.json'), 'utf8')) as ReportModel;
    expect(m.status).toBe('interrupted');
  });
});

describe('flows alongside', () => {
  it('runs flows marked alongside side by side, each flow still step by step', async () => {
    const r = await runReadiness({
      config: config({ suites: ['t4'] }),
      io: sink().io,
      signal: new AbortController().signal,
      progress: 'none',
      suitesDir,
    });
    const m = JSON.parse(readFileSync(join(r.runDir, 'report.json'), 'utf8')) as ReportModel;
    expect(m.cases.map((c) => [c.id, c.status, c.error ?? ''])).toEqual([
      ['SIDE-A1', 'passed', ''],
      ['SIDE-A2', 'passed', ''],
      ['SIDE-B1', 'passed', ''],
      ['SIDE-B2', 'passed', ''],
    ]);
    // Both first steps began before either second step.
    const seen = m.cases.find((c) => c.id === 'SIDE-B2')!.ptvMessages[0]!.split(' ');
    expect(seen.slice(0, 2).sort()).toEqual(['A1', 'B1']);
  });
});

describe('suites side by side', () => {
  it('runs two suite files at once, reporting their cases in catalogue order under their own files', async () => {
    const r = await runReadiness({
      config: config({ suites: ['t6', 't5'] }),
      io: sink().io,
      signal: new AbortController().signal,
      progress: 'none',
      suitesDir,
    });
    const m = JSON.parse(readFileSync(join(r.runDir, 'report.json'), 'utf8')) as ReportModel;
    // Each first step waits for the other suite's first step: both pass only side by side.
    expect(m.cases.map((c) => [c.id, c.status, c.file, c.error ?? ''])).toEqual([
      ['MEET-T5-1', 'passed', 'test/fixtures/suites/t5-meet.suite.ts', ''],
      ['MEET-T5-2', 'passed', 'test/fixtures/suites/t5-meet.suite.ts', ''],
      ['MEET-T6-1', 'passed', 'test/fixtures/suites/t6-meet.suite.ts', ''],
      ['MEET-T6-2', 'passed', 'test/fixtures/suites/t6-meet.suite.ts', ''],
    ]);
  });
});

describe('runReadiness harness errors', () => {
  it('reports a suite file that fails to load as an error (exit 2), keeping the other cases', async () => {
    const r = await runReadiness({
      config: config({ suites: ['t2', 't3'] }),
      io: sink().io,
      signal: new AbortController().signal,
      progress: 'none',
      suitesDir,
    });
    expect(r.outcome).toBe('error');
    const m = JSON.parse(readFileSync(join(r.runDir, 'report.json'), 'utf8')) as ReportModel;
    expect(m.status).toBe('error');
    expect(m.errors).toEqual([
      expect.objectContaining({
        code: 'PTVR_INTERNAL',
        message: expect.stringContaining('broken suite file (deliberate)'),
      }),
    ]);
    expect(m.cases.map((c) => [c.id, c.status])).toEqual([['PASS-01', 'passed']]);
  });
});
