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
import { sampleModel } from '../../test/support/sampleModel.js';

// Real Chromium (PTV_READINESS_CHROME or the usual paths). CI installs it; a dev box without one skips.
const chrome = findChrome();
const model = sampleModel();

describe.skipIf(!chrome && !process.env.CI)('rendered report in a real Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptvr-browser-'));
  let browser: Browser;
  let written: string[] = [];
  const printed: [string, string[]][] = [];

  beforeAll(async () => {
    const result = await renderReports({
      runDir: dir,
      model,
      langs: ['fi', 'en'],
      chromePath: chrome,
      onPrinted: (file, printing) => printed.push([file, printing]),
    });
    expect(result.errors).toEqual([]);
    written = result.written;
    writeFileSync(join(dir, 'report.json'), JSON.stringify(model));
    writeManifest(dir);
    browser = await chromium.launch({ executablePath: chrome!, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('wrote the document and its annex as HTML, Markdown and PDF in both languages, and JUnit', () => {
    const names = written.map((p) => p.slice(dir.length + 1));
    for (const f of [
      'report.html',
      'report.en.html',
      'report.pdf',
      'report.fi.pdf',
      'report.en.pdf',
      'annex.html',
      'annex.en.html',
      'annex.pdf',
      'annex.fi.pdf',
      'annex.en.pdf',
      'annex.en.md',
      'junit.xml',
    ]) {
      expect(names).toContain(f);
    }
    expect(readFileSync(join(dir, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reports each distinct PDF once as it is printed, with the ones still printing', () => {
    expect(printed.map(([file]) => file).sort()).toEqual([
      'annex.en.pdf',
      'annex.fi.pdf',
      'report.en.pdf',
      'report.fi.pdf',
    ]);
    printed.forEach(([, printing], i) => expect(printing).toHaveLength(printed.length - 1 - i));
    expect(new Set(printed.flatMap(([f, p]) => [f, ...p])).size).toBe(4);
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
    expect(await page.locator('#done table.done tbody tr').count()).toBeGreaterThan(10);
    // The watermark is a real text banner, not only a decoration.
    expect(await page.getByRole('note').innerText()).toContain('SIMULATED ENVIRONMENT');

    const out = join(packageRoot(), 'reports', 'ci-artifacts');
    mkdirSync(out, { recursive: true });
    const png = await page.screenshot({ path: join(out, 'report-screenshot.png') });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    await context.close();
  });

  it('the annex runs its script under its CSP: search, failed-only filter, and a link opens the entry', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1200 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const url = pathToFileURL(join(dir, 'annex.en.html')).href;
    await page.goto(url, { waitUntil: 'load' });
    expect(errors).toEqual([]); // a CSP refusal of the inline script would be a console error
    const cases = page.locator('details.case');
    const visible = page.locator('details.case:not([hidden])');
    expect(await cases.count()).toBe(model.cases.length);
    expect(await page.locator('details.case[open]').count()).toBe(0);
    await expect.poll(() => page.locator('#filter').isVisible()).toBe(true);

    await page.check('#only-failed');
    const notPassed = model.cases.filter((c) => c.status !== 'passed').length;
    expect(await visible.count()).toBe(notPassed);
    await page.uncheck('#only-failed');
    await page.fill('#q', 'srv-02');
    expect(await visible.count()).toBe(1);
    expect(await visible.first().getAttribute('id')).toBe('case-SRV-02');
    await page.fill('#q', '');
    expect(await visible.count()).toBe(model.cases.length);

    // A link to an evidence entry opens its case and the entry itself.
    const ev = model.cases.find((c) => c.id === 'SRV-02')!.evidenceIds[0]!;
    await page.goto(`${url}#ev-${ev}`);
    await expect.poll(() => page.locator(`#ev-${ev}`).getAttribute('open')).not.toBeNull();
    expect(await page.locator('#case-SRV-02').getAttribute('open')).not.toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it.skipIf(!hasPdftotext() && !process.env.CI)(
    'the document PDF names every case it lists; the annex PDF every case id; both the watermark',
    () => {
      for (const lang of ['fi', 'en']) {
        const text = (f: string) =>
          execFileSync('pdftotext', ['-layout', join(dir, f), '-'], { encoding: 'utf8' });
        const doc = text(`report.${lang}.pdf`);
        const annex = text(`annex.${lang}.pdf`);
        for (const c of model.cases) {
          expect(annex, `annex ${lang} ${c.id}`).toContain(c.id);
          if (c.dvvItem !== 'T5' || c.status !== 'passed')
            expect(doc, `report ${lang} ${c.id}`).toContain(c.id);
        }
        for (const e of model.evidence) expect(annex.replace(/\s/g, '')).toContain(e.id);
        for (const t of [doc, annex])
          expect(t).toMatch(lang === 'fi' ? /SIMULOITU YMPÄRISTÖ/ : /SIMULATED ENVIRONMENT/);
      }
    },
  );

  it.skipIf(!hasPdftotext() && !process.env.CI)(
    'every PDF page carries the running header (run id, watermark) and "page / pages"',
    () => {
      for (const f of ['report.fi.pdf', 'report.en.pdf', 'annex.fi.pdf', 'annex.en.pdf']) {
        const file = join(dir, f);
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
        expect(pages, f).toBeGreaterThan(1);
        // pdftotext ends every page with a form feed.
        const texts = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
          .split('\f')
          .slice(0, -1);
        expect(texts, f).toHaveLength(pages);
        const watermark = f.includes('.fi.') ? 'SIMULOITU YMPÄRISTÖ' : 'SIMULATED ENVIRONMENT';
        texts.forEach((text, i) => {
          const lines = text.split('\n').filter((l) => l.trim() !== '');
          expect(lines[0], `${f} page ${i + 1}`).toContain(`${model.run.id} · ${watermark}`);
          expect(lines.at(-1)?.trim(), `${f} page ${i + 1}`).toMatch(new RegExp(`^${i + 1} ?/ ?${pages}$`));
        });
      }
    },
  );

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
