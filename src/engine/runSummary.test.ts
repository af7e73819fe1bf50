import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleModel } from '../../test/support/sampleModel.js';
import type { ReportModel } from '../report/model.js';
import { fileToOpen, formatRunSummary } from './runSummary.js';

describe('fileToOpen', () => {
  it('names report.html, else the first language’s HTML, else Markdown, else nothing', () => {
    const d = mkdtempSync(join(tmpdir(), 'ptvr-open-'));
    expect(fileToOpen(d, ['fi', 'en'])).toBeUndefined();
    writeFileSync(join(d, 'report.en.md'), '');
    expect(fileToOpen(d, ['fi', 'en'])).toBe(join(d, 'report.en.md'));
    writeFileSync(join(d, 'report.en.html'), '');
    writeFileSync(join(d, 'report.fi.html'), '');
    expect(fileToOpen(d, ['fi', 'en'])).toBe(join(d, 'report.fi.html'));
    writeFileSync(join(d, 'report.html'), '');
    expect(fileToOpen(d, ['fi', 'en'])).toBe(join(d, 'report.html'));
  });
});

describe('formatRunSummary', () => {
  it('lists every failed case with its reason, then the file to open', () => {
    const m = sampleModel();
    const failed = m.cases.filter((c) => c.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    const lines = formatRunSummary(m, '/runs/x/report.html', '/runs/x');
    expect(lines[0]).toMatch(/^NOT READY: \d+ passed, \d+ failed, \d+ skipped$/);
    expect(lines).toContain(`Failed cases (${failed.length}):`);
    for (const c of failed) {
      const line = lines.find((l) => l.includes(` ${c.id} [${c.dvvItem}] `));
      expect(line, c.id).toBeDefined();
      const reason = c.error ?? c.findings.find((f) => f.severity === 'error')!.message;
      expect(line).toContain(reason.split('\n')[0]!.slice(0, 40));
    }
    expect(lines.at(-1)).toBe('Open: /runs/x/report.html');
  });

  it('says PARTIAL and which DVV items did not run; names the run dir when no view was written', () => {
    const m: ReportModel = {
      ...sampleModel(),
      status: 'partial',
      coverage: { selected: ['T6'], notRun: ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5'] },
    };
    m.cases = m.cases.filter((c) => c.status === 'passed' && c.dvvItem === 'T6');
    const lines = formatRunSummary(m, undefined, '/runs/x');
    expect(lines).toEqual([
      `PARTIAL: ${m.cases.length} passed, 0 failed, 0 skipped — DVV items not run: CONN, T1, T2, T3, T4, T5`,
      'Run directory: /runs/x',
    ]);
  });

  it('never calls a not-run run READY, and names why it did not run', () => {
    const m: ReportModel = {
      ...sampleModel(),
      status: 'not-run',
      cases: [],
      errors: [{ code: 'PTVR_AUTH_FAILED', message: 'refused' }],
    };
    const lines = formatRunSummary(m, undefined, '/runs/x');
    expect(lines[0]).toMatch(/^NOT RUN: 0 passed/);
    expect(lines[1]).toBe('  not run: PTVR_AUTH_FAILED');
  });

  it('says how to print the annex PDF when the run rendered its annex but did not print it', () => {
    const d = mkdtempSync(join(tmpdir(), 'ptvr-annexpdf-'));
    for (const f of ['report.html', 'report.en.html', 'annex.html', 'annex.en.html', 'annex.fi.md'])
      writeFileSync(join(d, f), '<!doctype html>\n<html lang="en">\n<head></head></html>');
    const lines = formatRunSummary(sampleModel(), join(d, 'report.html'), d);
    expect(lines.at(-2)).toBe(
      `Annex PDF (\`bundle\` prints it for DVV): ptv-readiness report ${d} --format annex-pdf --lang en,fi`,
    );
    expect(lines.at(-1)).toBe(`Open: ${join(d, 'report.html')}`);
    // Printed (run --formats …,annex-pdf): nothing to say.
    writeFileSync(join(d, 'annex.en.pdf'), '%PDF-');
    expect(formatRunSummary(sampleModel(), undefined, d).join('\n')).not.toContain('annex-pdf');
  });
});
