/**
 * The acceptance run of issue #5: `ptv-readiness run` against the embedded simulator passes every case
 * in both simulator profiles, twice in a row with different seeds. Spawns the built CLI.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChrome } from '../src/report/findChrome.js';
import { onlyRunDir, readModel, runCli, tempDir } from '../test/cliHarness.js';

const DVV_ITEMS = ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'] as const;

describe.each(['live2026', 'ptv34'] as const)('full run, simulator profile %s', (profile) => {
  it.each([101, 202])('seed %i: exit 0, every case passed or skipped with a reason', async (seed) => {
    const out = tempDir(`full-${profile}-${seed}`);
    const res = await runCli([
      'run',
      '--profile',
      profile,
      '--seed',
      String(seed),
      '--out',
      out,
      '--formats',
      'md',
    ]);
    const model = readModel(onlyRunDir(out));
    const failed = model.cases.filter((c) => c.status === 'failed');
    expect(failed.map((c) => `${c.id}: ${c.error ?? JSON.stringify(c.findings.slice(0, 2))}`)).toEqual([]);
    expect(res.code, res.stderr).toBe(0);
    expect(model.status).toBe('passed');
    expect(model.run.seed).toBe(seed);
    expect(model.target.simulatorProfile).toBe(profile);
    expect(model.run.ruleProfile).toBe(profile);
    // Every DVV item is covered by passing cases, and every skip says why.
    for (const item of DVV_ITEMS) {
      expect(
        model.cases.some((c) => c.dvvItem === item && c.status === 'passed'),
        item,
      ).toBe(true);
    }
    for (const c of model.cases.filter((x) => x.status === 'skipped')) {
      expect(c.skipReason ?? c.blockedBy, c.id).toBeTruthy();
    }
    // Teardown archived everything the run created.
    expect(model.material.length).toBeGreaterThan(20);
    expect(model.material.filter((m) => m.finalState !== 'archived')).toEqual([]);
  });
});

describe('the README command writes every artefact', () => {
  it('run with defaults: report.json, HTML, Markdown, JUnit, evidence, ledger, manifest, PDF with Chromium; verify catches one changed byte', async () => {
    const out = tempDir('artefacts');
    const res = await runCli(['run', '--suites', 'conn,t1', '--out', out]);
    expect(res.code, res.stderr).toBe(0);
    const runDir = onlyRunDir(out);
    const files = [
      'report.json',
      'report.html',
      'report.md',
      'junit.xml',
      'evidence.ndjson',
      'ledger.ndjson',
      'manifest.json',
      ...(findChrome() ? ['report.pdf'] : []),
    ];
    for (const f of files) expect(readFileSync(join(runDir, f)).length, f).toBeGreaterThan(0);
    // The annex is written as HTML and Markdown; its PDF only on request, and the summary says how.
    expect(readFileSync(join(runDir, 'annex.md')).length).toBeGreaterThan(0);
    expect(readdirSync(runDir).filter((f) => /^annex.*\.pdf$/.test(f))).toEqual([]);
    expect(res.stdout).toContain(`ptv-readiness report ${runDir} --format annex-pdf --lang fi,en`);
    expect((await runCli(['verify', runDir])).code).toBe(0);
    const md = join(runDir, 'report.md');
    const text = readFileSync(md, 'utf8');
    writeFileSync(md, text.slice(0, 100) + (text[100] === 'x' ? 'y' : 'x') + text.slice(101));
    const tampered = await runCli(['verify', runDir]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout + tampered.stderr).toContain('report.md');
  });
});
