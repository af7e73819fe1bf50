import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlyRunDir, readModel, runCli, tempDir } from '../../../test/cliHarness.js';

// Black-box: the built CLI (npm run build first) against its embedded simulator.
describe('run: honest verdicts and the end summary', () => {
  it('run --suites t6 exits 0 but is PARTIAL everywhere, listing the DVV items not run', async () => {
    const cwd = tempDir('partial');
    // A business id with a wrong check digit (the old README example): a warning, not an error.
    writeFileSync(
      join(cwd, 'ptv-readiness.config.json'),
      JSON.stringify({ organization: { name: 'Esimerkkikunta', businessId: '1234567-8' } }),
    );
    const out = join(cwd, 'reports');
    const r = await runCli(
      ['run', '--suites', 't6', '--out', out, '--formats', 'md,junit', '--langs', 'en'],
      {
        cwd,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const dir = onlyRunDir(out);
    const m = readModel(dir);
    expect(m.status).toBe('partial');
    expect(m.coverage).toEqual({ selected: ['T6'], notRun: ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5'] });
    expect(m.cases.length).toBeGreaterThan(0);
    expect(m.cases.every((c) => c.status === 'passed')).toBe(true);
    // Terminal: the end line says PARTIAL and what did not run, never READY / PASSED.
    expect(r.stdout).toMatch(
      /^PARTIAL: \d+ passed, 0 failed, 0 skipped — DVV items not run: CONN, T1, T2, T3, T4, T5$/m,
    );
    expect(r.stdout).not.toMatch(/READY|PASSED/);
    expect(r.stdout).toContain(`Open: ${join(dir, 'report.md')}`);
    // The views: JUnit carries the verdict, the Markdown cover says PARTIAL.
    const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
    expect(junit).toContain('<property name="verdict" value="partial"/>');
    expect(junit).toContain('<property name="dvvItemsNotRun" value="CONN T1 T2 T3 T4 T5"/>');
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(md).toContain('PARTIAL');
    expect(md).not.toContain('READY');
    // The business id warning: on stderr and in report.json.
    expect(r.stderr).toMatch(
      /^warning: PTVR_CONFIG_INVALID: organization\.businessId "1234567-8" fails the Y-tunnus check digit/m,
    );
    expect(m.warnings).toEqual([expect.objectContaining({ code: 'PTVR_CONFIG_INVALID' })]);
  });

  it('a failing subset exits 1; without a TTY one line per case, then every failure with its reason and the file to open', async () => {
    const out = tempDir('summary');
    const r = await runCli([
      'run',
      '--suites',
      't6',
      '--defect',
      'archive-ignored',
      '--out',
      out,
      '--formats',
      'md,junit',
      '--langs',
      'en',
    ]);
    expect(r.code).toBe(1);
    const dir = onlyRunDir(out);
    const m = readModel(dir);
    expect(m.status).toBe('partial');
    // One line per case (not a TTY): every case id appears as a PASS/FAIL/SKIP line.
    for (const c of m.cases) expect(r.stdout).toMatch(new RegExp(`^(PASS|FAIL|SKIP) ${c.id} \\[T6\\]`, 'm'));
    expect(r.stdout).toMatch(/^Rendering report\.md, junit\.xml…$/m);
    const failed = m.cases.filter((c) => c.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    const summary = r.stdout.slice(r.stdout.indexOf(`Failed cases (${failed.length}):`));
    for (const c of failed) {
      const reason = c.error ?? c.findings.find((f) => f.severity === 'error')?.message ?? '';
      expect(summary).toContain(`✗ ${c.id} [T6] ${c.title} — `);
      expect(summary).toContain(reason.split('\n')[0]!.slice(0, 30));
    }
    expect(summary.trim().split('\n').at(-1)).toBe(`Open: ${join(dir, 'report.md')}`);
  });

  it('a harness stop before any case ran is NOT RUN (exit 2), with the code and its hint', async () => {
    const out = tempDir('notrun');
    // The simulator cannot open its database: the run stops before vitest starts, like a refused login.
    const r = await runCli([
      'run',
      '--sim-db',
      join(out, 'no-such-dir', 'sim.db'),
      '--out',
      out,
      '--formats',
      'md',
      '--langs',
      'en',
    ]);
    expect(r.code).toBe(2);
    const m = readModel(onlyRunDir(out));
    expect(m.status).toBe('not-run');
    expect(m.errors[0]?.code).toBe('PTVR_DB');
    expect(m.cases).toEqual([]);
    expect(m.coverage?.notRun).toEqual(['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
    expect(r.stdout).toMatch(/^NOT RUN: 0 passed, 0 failed, 0 skipped/m);
    expect(r.stdout).toContain('  not run: PTVR_DB');
    expect(r.stderr).toMatch(/^PTVR_DB: .+\n {2}hint: /m);
  });
});
