import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlyRunDir, readModel, runCli, spawnCli, tempDir, waitForOutput } from './cliHarness.js';

// Black-box: the built CLI (npm run build) against its embedded simulator. Exit codes and report.json.
const fast = ['--formats', 'md', '--langs', 'en'];

describe('ptv-readiness run (built CLI, embedded simulator)', () => {
  it('exits 0 with status partial when every selected check passes (a subset is never READY)', async () => {
    const out = tempDir('pass');
    const r = await runCli(['run', '--suites', 'conn', '--out', out, ...fast]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const m = readModel(onlyRunDir(out));
    expect(m.status).toBe('partial');
    expect(m.coverage?.notRun).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
    expect(m.target).toMatchObject({ name: 'sim', simulated: true, apiVersion: 'v11' });
    expect(m.run.suites).toEqual(['conn']);
    expect(m.cases.length).toBeGreaterThan(0);
    expect(m.cases.every((c) => c.status === 'passed' && c.dvvItem === 'CONN')).toBe(true);
    expect(m.evidenceTotal).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/^PARTIAL: \d+ passed, 0 failed, 0 skipped — DVV items not run: T1, T2/m);
  });

  it('exits 1 with status partial when the simulator ignores archiving (--defect archive-ignored)', async () => {
    const out = tempDir('fail');
    const r = await runCli(['run', '--suites', 't6', '--defect', 'archive-ignored', '--out', out, ...fast]);
    expect(r.code).toBe(1);
    const m = readModel(onlyRunDir(out));
    expect(m.status).toBe('partial');
    const failed = m.cases.filter((c) => c.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((c) => c.dvvItem === 'T6')).toBe(true);
    // A failure blocks the rest of its flow, and the report says by which case.
    const blocked = m.cases.filter((c) => c.blockedBy !== undefined);
    expect(blocked.length).toBeGreaterThan(0);
    expect(blocked.every((c) => c.status === 'skipped' && failed.some((f) => f.id === c.blockedBy))).toBe(
      true,
    );
    expect(m.errors).toEqual([]);
  });

  it.each([
    [['run', '--suites', 't9'], /PTVR_USAGE: --suites: unknown suite id\(s\) t9/],
    [['run', '--no-such-flag'], /PTVR_USAGE: Unknown argument/],
    [
      ['run', '--api-url', 'http://127.0.0.1:9'],
      /PTVR_USAGE: --api-url and --token-url must be given together/,
    ],
    [['run', '--target', 'cte'], /PTVR_SECRET_MISSING: The cte target needs PTV_USERNAME and PTV_PASSWORD/],
    [['run', '--target', 'prod', '--suites', 't1'], /PTVR_USAGE: The prod target runs only the conn suite/],
    [['run', '--faults', '5xx=3'], /PTVR_USAGE: --faults entry '5xx=3' is invalid/],
  ])('exits 2 on a usage or configuration error (%j) and writes no run directory', async (args, message) => {
    const out = tempDir('usage');
    const r = await runCli([...args, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
  });

  it('exits 2 with PTVR_CONFIG_INVALID listing every violation of the config file', async () => {
    const cwd = tempDir('config');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(cwd, 'ptv-readiness.config.json'), JSON.stringify({ target: 'qa', seed: 'x' }));
    const r = await runCli(['run', '--out', join(cwd, 'reports')], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PTVR_CONFIG_INVALID');
    expect(r.stderr).toContain('/target');
    expect(r.stderr).toContain('/seed');
  });

  it('exits 130 on SIGINT and still writes report.json with status interrupted', async () => {
    const out = tempDir('sigint');
    // Latency keeps the run going long enough to interrupt it mid-way.
    const run = spawnCli(['run', '--suites', 't1,t2', '--latency', '100', '--out', out, ...fast]);
    await waitForOutput(run, (s) => /^(PASS|FAIL) /m.test(s));
    run.child.kill('SIGINT');
    const { code } = await run.exit;
    expect(code).toBe(130);
    const dir = onlyRunDir(out);
    const m = readModel(dir);
    expect(m.status).toBe('interrupted');
    expect(m.cases.some((c) => c.status !== 'skipped')).toBe(true);
    expect(m.cases.some((c) => c.skipReason === 'not run: the run was interrupted')).toBe(true);
    // The ledger is kept for cleanup.
    expect(existsSync(join(dir, 'ledger.ndjson'))).toBe(true);
  });

  it('renders every format by default; without Chromium the PDF is a coded warning and the exit code stays 0', async () => {
    const out = tempDir('nochrome');
    // A PTV_READINESS_CHROME that is not executable means "no Chromium" (findChrome never falls back).
    const r = await runCli(['run', '--suites', 'conn', '--out', out, '--langs', 'en'], {
      env: { PTV_READINESS_CHROME: '/nonexistent/chromium' },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: PTVR_CHROMIUM_NOT_FOUND: .+\n {2}hint: install one/m);
    const dir = onlyRunDir(out);
    expect(readModel(dir).status).toBe('partial');
    for (const f of ['report.html', 'report.md', 'junit.xml', 'manifest.json']) {
      expect(existsSync(join(dir, f))).toBe(true);
    }
    expect(existsSync(join(dir, 'report.pdf'))).toBe(false);
  });

  it('any other failing report view is a harness error (exit 2); report.json and the other views survive', async () => {
    const out = tempDir('render');
    // An executable that is not a browser: Chromium was "found" but cannot print.
    const r = await runCli(
      ['run', '--suites', 'conn', '--out', out, '--formats', 'md,pdf', '--langs', 'en'],
      {
        env: { PTV_READINESS_CHROME: '/bin/false' },
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_PDF_FAILED: /m);
    expect(r.stderr).not.toContain('warning: PTVR_PDF_FAILED');
    const dir = onlyRunDir(out);
    expect(readModel(dir).status).toBe('partial');
    expect(existsSync(join(dir, 'report.md'))).toBe(true);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });

  it('--profile ptv34 makes the suites judge by ptv34 too, and the report records both profiles', async () => {
    const out = tempDir('ptv34');
    const r = await runCli(['run', '--profile', 'ptv34', '--suites', 't5', '--out', out, ...fast]);
    const m = readModel(onlyRunDir(out));
    expect(m.run.ruleProfile).toBe('ptv34');
    expect(m.target.simulatorProfile).toBe('ptv34');
    expect(m.cases.filter((c) => c.status === 'failed').map((c) => c.id)).toEqual([]);
    expect(m.status).toBe('partial');
    expect(r.code).toBe(0);
  });

  it('--list prints the catalogue without running anything', async () => {
    const out = tempDir('list');
    const r = await runCli(['run', '--list', '--suites', 'conn,t1', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^CONN-01\s+CONN\s+\S/m);
    expect(r.stdout).toMatch(/^ORG-01\s+T1\s+\S/m);
    expect(r.stdout).not.toMatch(/^SRV-/m);
    expect(readdirSync(out)).toEqual([]);
  });
});
