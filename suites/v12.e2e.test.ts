/**
 * The V12 read-back (v12-migration.md §6 items 2, 3, 10): spawns the built CLI (`npm run build` first)
 * against the embedded simulator with `--read-api v12` and reads report.json. The copy delay and the
 * defects are driven through the simulator's flags, never through timing races.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseResult, ReportModel } from '#ptvr';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist/src/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'ptvr-v12-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const out = join(dir, `r-${args.join('-').replace(/[^a-z0-9-]/gi, '')}`);
  const res = spawnSync(process.execPath, [bin, 'run', '--out', out, '--formats', 'junit', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
    timeout: 240_000,
  });
  const runDir = readdirSync(out)[0];
  if (!runDir) throw new Error(`no run directory: ${res.stdout}\n${res.stderr}`);
  const report = JSON.parse(readFileSync(join(out, runDir, 'report.json'), 'utf8')) as ReportModel;
  return { code: res.status, report, runDir: join(out, runDir), out: res.stdout + res.stderr };
}

const v12Cases = (r: ReportModel): CaseResult[] => r.cases.filter((c) => c.dvvItem === 'V12');
const rules = (c: CaseResult[]): string[] =>
  c.flatMap((x) => x.findings.filter((f) => f.severity === 'error').map((f) => f.rule));

describe('run --read-api v12', () => {
  it('reads back through v12: every V12 case passes, every field has a neutral key, exit 0', () => {
    const { code, report } = run(['--suites', 't2,t3', '--read-api', 'both']);
    const v12 = v12Cases(report);
    expect(v12.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'V12-CONN-01',
        'V12-CONN-02',
        'V12-CONN-03',
        'V12-CONN-04',
        'V12-CONN-05',
        'V12-00',
        'V12-SRV',
        'V12-CH',
        'V12-CON',
      ]),
    );
    // t2,t3 write services and channels: their groups pass; ORG and ARC have nothing to read (skipped).
    expect(
      v12.filter((c) => c.status === 'failed').map((c) => `${c.id}: ${JSON.stringify(c.findings)}`),
    ).toEqual([]);
    for (const id of ['V12-CONN-01', 'V12-CONN-05', 'V12-00', 'V12-SRV', 'V12-CH', 'V12-CON'])
      expect(v12.find((c) => c.id === id)?.status, id).toBe('passed');
    const readBacks = v12
      .flatMap((c) => c.readBacks ?? [])
      .filter((rb) => rb.endpoint.includes('{contentId}'));
    expect(readBacks.length).toBeGreaterThan(0);
    for (const rb of readBacks) {
      expect(rb.endpoint).toMatch(/^GET \/api\/v12\//);
      expect(rb.fields.every((f) => typeof f.key === 'string')).toBe(true);
    }
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
      '3s',
    ]);
    const r = rules(v12Cases(report));
    expect(r).toContain('v12.notPropagated');
    expect(r).not.toContain('readback.mismatch');
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
    const srv = v12Cases(report).find((c) => c.id === 'V12-SRV')!;
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
      '--defect',
      'v12-truncate-sv-summary',
    ]);
    const findings = v12Cases(report).flatMap((c) =>
      c.findings.filter((f) => f.rule === 'readback.mismatch'),
    );
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.path).toMatch(/\.summary\.sv$/);
    expect(code).toBe(1);
  });

  it('PTV_API_KEY stays out of every artefact; evidence shows x-api-key redacted', () => {
    const { code, runDir } = run(['--suites', 't2', '--read-api', 'v12'], { PTV_API_KEY: 'sekret-1234' });
    expect(code).toBe(0);
    for (const f of readdirSync(runDir))
      expect(readFileSync(join(runDir, f), 'utf8')).not.toContain('sekret-1234');
    const evidence = readFileSync(join(runDir, 'evidence.ndjson'), 'utf8');
    expect(evidence).toMatch(/"x-api-key":"\[REDACTED\]"/);
  });
});
