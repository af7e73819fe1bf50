/**
 * The V12 read-back (v12-migration.md §6 items 2, 3, 10, 12): spawns the built CLI (`npm run build`
 * first) against the embedded simulator with `--read-api v12` and reads report.json. The copy delay and
 * the defects are driven through the simulator's flags, never through timing races.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseResult, LedgerEntry, ReportModel } from '#ptvr';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist/src/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'ptvr-v12-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
    timeout: 240_000,
  });
}

function run(args: string[], env: Record<string, string> = {}) {
  const out = join(dir, `r-${args.join('-').replace(/[^a-z0-9-]/gi, '')}`);
  const res = cli(['run', '--out', out, '--formats', 'junit', ...args], env);
  const runDir = readdirSync(out)[0];
  if (!runDir) throw new Error(`no run directory: ${res.stdout}\n${res.stderr}`);
  const report = JSON.parse(readFileSync(join(out, runDir, 'report.json'), 'utf8')) as ReportModel;
  return { code: res.status, report, runDir: join(out, runDir), out: res.stdout + res.stderr };
}

const v12Cases = (r: ReportModel): CaseResult[] => r.cases.filter((c) => c.dvvItem === 'V12');
const FIXED = ['V12-CONN-01', 'V12-CONN-02', 'V12-CONN-03', 'V12-CONN-04', 'V12-CONN-05', 'V12-00'];
/** The per-entity read-backs: one `V12-<creating case>` (or `V12-<role>`) per entity the run kept. */
const roleCases = (r: ReportModel): CaseResult[] =>
  v12Cases(r).filter(
    (c) => !FIXED.includes(c.id) && !/^V12-(ARC|CON)-\d+$/.test(c.id) && c.v12 !== undefined,
  );

/** The entities a run wrote and had not archived when V12 ran (teardown archives come after it). */
function keptEntities(runDir: string): string[] {
  const last = new Map<string, LedgerEntry>();
  for (const line of readFileSync(join(runDir, 'ledger.ndjson'), 'utf8').split('\n').filter(Boolean)) {
    const e = JSON.parse(line) as LedgerEntry;
    if (e.objectType === 'ServiceCollection' || e.caseId === 'TEARDOWN') continue;
    last.set(e.id, e);
  }
  return [...last.values()].filter((e) => e.event !== 'archived').map((e) => e.id);
}
const rules = (c: CaseResult[]): string[] =>
  c.flatMap((x) => x.findings.filter((f) => f.severity === 'error').map((f) => f.rule));

describe('run --read-api v12', () => {
  it('reads back through v12 (§6 item 2): one V12-<role> per entity kept, V12-CON-*, V12-ARC-*, all passed, exit 0', () => {
    const { code, report, runDir } = run(['--suites', 't1,t2,t3,t4,t6', '--read-api', 'both']);
    const v12 = v12Cases(report);
    expect(
      v12
        .filter((c) => c.status !== 'passed')
        .map((c) => `${c.id}: ${c.status} ${JSON.stringify(c.findings)}`),
    ).toEqual([]);
    expect(v12.slice(0, 6).map((c) => c.id)).toEqual(FIXED);
    // Exactly one case per entity the run kept, each naming it; no case twice.
    const roles = roleCases(report);
    expect(roles.map((c) => c.entityIds[0]).sort()).toEqual(keptEntities(runDir).sort());
    expect(new Set(v12.map((c) => c.id)).size).toBe(v12.length);
    for (const id of ['V12-ORG-01', 'V12-SRV-01', 'V12-CH-EC-01', 'V12-CH-SL-01', 'V12-CON-01:service'])
      expect(roles.map((c) => c.id)).toContain(id);
    expect(v12.filter((c) => /^V12-CON-\d+$/.test(c.id)).length).toBeGreaterThan(0);
    expect(v12.filter((c) => /^V12-ARC-\d+$/.test(c.id)).length).toBeGreaterThan(0);
    // Every role's read-back is a v12 GET with a neutral key on every field; each was found by its v11 id.
    for (const c of roles) {
      expect(c.readBacks.length, c.id).toBeGreaterThan(0);
      for (const rb of c.readBacks) {
        expect(rb.endpoint).toMatch(/^GET \/api\/v12\//);
        expect(rb.fields.every((f) => typeof f.key === 'string')).toBe(true);
      }
      expect(c.v12?.idMapping, c.id).toBe('same');
    }
    expect(report.schemaVersion).toBe(2);
    expect(report.target.api).toEqual({ write: 'v11', read: ['v11', 'v12'] });
    expect(report.target.v12ApiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(code).toBe(0);
  });

  it('a 3 s copy delay is measured per role from the receipt of its last write (§6 item 3); the API key stays secret', () => {
    const { code, report, runDir } = run(
      ['--suites', 't2', '--read-api', 'v12', '--v12-delay', '3s', '--v12-poll', '250ms'],
      { PTV_API_KEY: 'sekret-1234' },
    );
    const roles = roleCases(report);
    expect(roles.length).toBeGreaterThan(0);
    for (const c of roles) {
      expect(c.status, c.id).toBe('passed');
      expect(c.v12?.observedDelayMs, c.id).toBeGreaterThanOrEqual(2900);
      expect(c.v12?.stalePolls, c.id).toBeGreaterThan(0);
    }
    for (const f of readdirSync(runDir))
      expect(readFileSync(join(runDir, f), 'utf8')).not.toContain('sekret-1234');
    expect(readFileSync(join(runDir, 'evidence.ndjson'), 'utf8')).toMatch(/"x-api-key":"\[REDACTED\]"/);
    expect(code).toBe(0);
  });

  it('a copy slower than the wait is "not propagated", never a mismatch: exit 1', () => {
    const { code, report } = run([
      '--suites',
      't2',
      '--read-api',
      'v12',
      '--v12-delay',
      '60s',
      '--v12-wait',
      '5s',
    ]);
    const failing = v12Cases(report).filter((c) => c.status === 'failed');
    expect(failing.map((c) => c.id)).toEqual(expect.arrayContaining(['V12-00', 'V12-SRV-01']));
    for (const c of failing) {
      expect(rules([c]), c.id).toContain('v12.notPropagated');
      expect(rules([c]), c.id).not.toContain('readback.mismatch');
    }
    expect(code).toBe(1);
  });

  it('v12-never-propagate: updated roles stay on their first version and fail as not propagated', () => {
    const { code, report } = run([
      '--suites',
      't2',
      '--read-api',
      'v12',
      '--v12-wait',
      '2s',
      '--defect',
      'v12-never-propagate',
    ]);
    // SRV-01's service is updated by SRV-03..05: v12 keeps its first version.
    const srv = v12Cases(report).find((c) => c.id === 'V12-SRV-01')!;
    expect(srv.status).toBe('failed');
    expect(rules([srv])).toContain('v12.notPropagated');
    expect(rules([srv])).not.toContain('readback.mismatch');
    expect(code).toBe(1);
  });

  it('v12-truncate-sv-summary: a wrong copy is a mismatch on exactly the Swedish summaries', () => {
    const { code, report } = run([
      '--suites',
      't2',
      '--read-api',
      'v12',
      '--v12-wait',
      '5s',
      '--defect',
      'v12-truncate-sv-summary',
    ]);
    const findings = v12Cases(report).flatMap((c) =>
      c.findings.filter((f) => f.rule === 'readback.mismatch'),
    );
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.path).toMatch(/\.summary\.sv$/);
    // A wrong copy is never "not copied yet": publishedAt is not older than v11's modified.
    expect(rules(roleCases(report))).not.toContain('v12.notPropagated');
    expect(code).toBe(1);
  });

  it('--v12-defer keeps V12 pending; readback finishes it; verify accepts the result (§6 item 12)', () => {
    const db = join(dir, 'defer.db');
    const { code, report, runDir } = run([
      '--suites',
      't2',
      '--read-api',
      'v12',
      '--v12-defer',
      '--sim-db',
      db,
    ]);
    expect(code).toBe(0);
    const pending = v12Cases(report).filter(
      (c) => c.skipReason === 'pending v12 read-back (readback <run-dir>)',
    );
    expect(pending.map((c) => c.id)).toEqual([...FIXED, 'V12-SRV-01']);
    expect(pending.every((c) => c.status === 'skipped')).toBe(true);
    const rb = cli(['readback', runDir]);
    expect(rb.status, rb.stdout + rb.stderr).toBe(0);
    const after = JSON.parse(readFileSync(join(runDir, 'report.json'), 'utf8')) as ReportModel;
    const done = v12Cases(after).filter((c) => [...FIXED, 'V12-SRV-01'].includes(c.id));
    expect(done.map((c) => `${c.id} ${c.status}`)).toEqual(
      [...FIXED, 'V12-SRV-01'].map((id) => `${id} passed`),
    );
    expect(done.find((c) => c.id === 'V12-SRV-01')?.v12?.idMapping).toBe('same');
    const verify = cli(['verify', runDir]);
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
  });
});
