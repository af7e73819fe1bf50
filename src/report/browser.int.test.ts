import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../core/toolVersion.js';
import { CHROMIUM_ARGS } from './chromiumArgs.js';
import { findChrome } from './findChrome.js';
import { verifyManifest, writeManifest } from './manifest.js';
import { renderReports } from './renderReports.js';
import { sampleModel } from './sampleModel.js';

// Real Chromium (PTV_READINESS_CHROME or the usual paths). CI installs it; a dev box without one skips.
const chrome = findChrome();
const model = sampleModel();

describe.skipIf(!chrome && !process.env.CI)('rendered report in a real Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptvr-browser-'));
  let browser: Browser;
  let written: string[] = [];

  beforeAll(async () => {
    const result = await renderReports({ runDir: dir, model, langs: ['fi', 'en'], chromePath: chrome });
    expect(result.errors).toEqual([]);
    written = result.written;
    writeFileSync(join(dir, 'report.json'), JSON.stringify(model));
    writeManifest(dir);
    browser = await chromium.launch({ executablePath: chrome!, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('wrote HTML, Markdown, JUnit and PDF in both languages', () => {
    const names = written.map((p) => p.slice(dir.length + 1));
    for (const f of [
      'report.html',
      'report.en.html',
      'report.pdf',
      'report.fi.pdf',
      'report.en.pdf',
      'junit.xml',
    ]) {
      expect(names).toContain(f);
    }
    expect(readFileSync(join(dir, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('opens with no console errors and no network requests, without JavaScript; screenshot saved', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 1600 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(join(dir, 'report.en.html')).href;
    await page.goto(url, { waitUntil: 'load' });
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);

    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('article.case').count()).toBe(model.cases.length);
    // The watermark is a real text banner, not only a decoration.
    expect(await page.getByRole('note').innerText()).toContain('SIMULATED ENVIRONMENT');

    const out = join(packageRoot(), 'reports', 'ci-artifacts');
    mkdirSync(out, { recursive: true });
    const png = await page.screenshot({ path: join(out, 'report-screenshot.png') });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    await context.close();
  });

  it.skipIf(!hasPdftotext() && !process.env.CI)('the PDF text holds every case id and the watermark', () => {
    for (const file of ['report.fi.pdf', 'report.en.pdf']) {
      const text = execFileSync('pdftotext', ['-layout', join(dir, file), '-'], { encoding: 'utf8' });
      for (const c of model.cases) expect(text, `${file} ${c.id}`).toContain(c.id);
      expect(text).toMatch(file.includes('.fi.') ? /SIMULOITU YMPÄRISTÖ/ : /SIMULATED ENVIRONMENT/);
    }
  });

  it('verify passes on the fresh render and fails after one byte of the PDF changes', () => {
    expect(verifyManifest(dir)).toEqual({ ok: true, changed: [], missing: [], extra: [] });
    const file = join(dir, 'report.en.pdf');
    const bytes = readFileSync(file);
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0xff;
    writeFileSync(file, bytes);
    expect(verifyManifest(dir)).toEqual({ ok: false, changed: ['report.en.pdf'], missing: [], extra: [] });
  });
});

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
