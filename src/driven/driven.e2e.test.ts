import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlyRunDir, readModel, runCli, tempDir } from '../../test/cliHarness.js';

// Black-box: the built CLI (npm run build first) with the test adapter against its embedded simulator.
const ADAPTER = resolve(import.meta.dirname, '..', '..', 'test', 'support', 'drivenTestAdapter.mjs');

describe('run --driver', () => {
  it('an adapter that fails stops the scenario: exit 2, the coded error with its hint, report.json and the step documents written', async () => {
    const cwd = tempDir('driven-fail');
    const out = join(cwd, 'reports');
    const r = await runCli(
      ['run', '--driver', 'command', '--adapter', ADAPTER, '--out', out, '--formats', 'md', '--langs', 'en'],
      { cwd, env: { DRIVEN_TEST_STATE: join(cwd, 'state.json'), DRIVEN_TEST_FAIL: 'create:organization' } },
    );
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_ADAPTER_FAILED: create organization exited 3$/m);
    expect(r.stderr).toMatch(/^ {2}hint: /m);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace for a user error
    const dir = onlyRunDir(out);
    const m = readModel(dir);
    expect(m.actor).toBe('driven');
    expect(m.status).toBe('error');
    expect(m.items!.find((i) => i.id === 'CONN')!.status).toBe('passed');
    expect(m.cases.filter((c) => c.status === 'skipped')).toHaveLength(22);
    const doc = JSON.parse(readFileSync(join(dir, 'driven', '01-T1.create.json'), 'utf8'));
    expect(doc.request.material.names.fi).toContain(m.run.id);
    expect(doc.error.stderrTail).toContain('source system refused create organization');
    expect(existsSync(join(dir, 'report.md'))).toBe(true);
  });

  it('--driver manual without a terminal is a usage error before anything starts', async () => {
    const cwd = tempDir('driven-manual');
    const out = join(cwd, 'reports');
    const r = await runCli(['run', '--driver', 'manual', '--out', out], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_USAGE: --driver manual needs an interactive terminal/m);
    expect(existsSync(out)).toBe(false);
  });

  it('--driver command without an adapter, and a bad duration, are usage errors', async () => {
    const cwd = tempDir('driven-usage');
    const a = await runCli(['run', '--driver', 'command', '--out', join(cwd, 'r')], { cwd });
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/^PTVR_USAGE: --driver command needs --adapter/m);
    const b = await runCli(['run', '--driver', 'command', '--adapter', ADAPTER, '--sync-timeout', 'soon'], {
      cwd,
    });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/^PTVR_USAGE: --sync-timeout must be a duration/m);
  });
});
