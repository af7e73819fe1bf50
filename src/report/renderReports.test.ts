import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PtvrError } from '../core/errors.js';
import { outputFiles, renderReports, viewFiles } from './renderReports.js';
import { sampleModel } from '../../test/support/sampleModel.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'ptvr-render-'));

describe('outputFiles', () => {
  it('one language: plain names; several: one per language plus the primary as the plain name', () => {
    expect(outputFiles('html', ['en'])).toEqual([['en', 'report.html']]);
    expect(outputFiles('pdf', ['fi', 'en'])).toEqual([
      ['fi', 'report.pdf'],
      ['fi', 'report.fi.pdf'],
      ['en', 'report.en.pdf'],
    ]);
    expect(outputFiles('html', ['fi', 'en'], 'annex')).toEqual([
      ['fi', 'annex.html'],
      ['fi', 'annex.fi.html'],
      ['en', 'annex.en.html'],
    ]);
  });

  it("links a language's document and annex by that language's own names", () => {
    expect(viewFiles('en', ['fi', 'en'])).toEqual({
      report: 'report.en.html',
      annex: 'annex.en.html',
      annexPdf: 'annex.en.pdf',
    });
    expect(viewFiles('fi', ['fi'], 'md')).toEqual({
      report: 'report.md',
      annex: 'annex.md',
      annexPdf: 'annex.pdf',
    });
  });
});

describe('renderReports', () => {
  it('re-renders from report.json in the run directory', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'report.json'), JSON.stringify(sampleModel()));
    const { written, errors } = await renderReports({
      runDir: dir,
      formats: ['html', 'md', 'junit'],
      langs: ['fi', 'en'],
    });
    expect(errors).toEqual([]);
    expect(written.map((p) => p.slice(dir.length + 1)).sort()).toEqual(
      [
        'annex.en.html',
        'annex.en.md',
        'annex.fi.html',
        'annex.fi.md',
        'annex.html',
        'annex.md',
        'junit.xml',
        'report.en.html',
        'report.en.md',
        'report.fi.html',
        'report.fi.md',
        'report.html',
        'report.md',
      ].sort(),
    );
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe(
      readFileSync(join(dir, 'report.fi.html'), 'utf8'),
    );
    expect(readFileSync(join(dir, 'report.en.html'), 'utf8')).toContain('<html lang="en">');
    // The plain-named copy of the primary language links to that language's annex.
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('href="annex.fi.html#case-SRV-02"');
    expect(readFileSync(join(dir, 'annex.en.html'), 'utf8')).toContain('href="report.en.html"');
    // Atomic writes leave no temp files behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('without Chromium: PTVR_CHROMIUM_NOT_FOUND with install advice, and the other formats are still written', async () => {
    const dir = tmp();
    const seen: PtvrError[] = [];
    const { written, errors } = await renderReports({
      runDir: dir,
      model: sampleModel(),
      env: { PTV_READINESS_CHROME: join(dir, 'no-such-chrome') },
      onError: (e) => seen.push(e),
    });
    expect(errors.map((e) => e.code)).toEqual(['PTVR_CHROMIUM_NOT_FOUND']);
    expect(errors[0]!.hint).toMatch(/apt-get install chromium|PTV_READINESS_CHROME/);
    expect(seen).toEqual(errors);
    expect(written.map((p) => p.slice(dir.length + 1))).toEqual([
      'report.html',
      'annex.html',
      'report.md',
      'annex.md',
      'junit.xml',
    ]);
  });

  it('an invalid model writes nothing and throws PTVR_REPORT_MODEL_INVALID', async () => {
    const dir = tmp();
    const bad = { ...sampleModel(), cases: 'none' } as unknown as ReturnType<typeof sampleModel>;
    await expect(renderReports({ runDir: dir, model: bad, formats: ['html'] })).rejects.toMatchObject({
      code: 'PTVR_REPORT_MODEL_INVALID',
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a missing run directory is PTVR_RUN_DIR_INVALID', async () => {
    await expect(renderReports({ runDir: join(tmp(), 'missing') })).rejects.toMatchObject({
      code: 'PTVR_RUN_DIR_INVALID',
    });
  });
});
