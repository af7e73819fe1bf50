import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPtvrError } from '../core/errors.js';
import { findChrome } from './findChrome.js';
import { launchPdfPrinter, renderPdf } from './renderPdf.js';

// The printer drives the real Chromium (playwright-core, in its own process). CI installs one; a dev box without skips.
const chrome = findChrome();
const dir = mkdtempSync(join(tmpdir(), 'ptvr-pdf-'));

function pdfText(pdf: Buffer, name: string): { pages: number; text: string } {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  };
}

const page = (title: string, paragraphs: number, extra = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<h1>${title}</h1>${extra}` +
  Array.from({ length: paragraphs }, (_, i) => `<p>${title} paragraph ${i + 1}</p>`).join('') +
  '</body></html>';

describe.skipIf(!chrome && !process.env.CI)('PDF printer (playwright-core in its own process)', () => {
  let server: Server;
  const hits: string[] = [];
  let origin = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('prints several documents at once, each in job order, with its header and page numbers', async () => {
    const printer = await launchPdfPrinter(chrome!);
    try {
      const [long, short] = await printer.print([
        { html: page('Long document', 300), header: 'RUN-LONG · "quoted" </style>' },
        { html: page('Short document', 3), header: 'RUN-SHORT' },
      ]);
      const a = pdfText(long!, 'long.pdf');
      const b = pdfText(short!, 'short.pdf');
      expect(a.pages).toBeGreaterThan(3);
      expect(b.pages).toBe(1);
      expect(a.text).toContain('Long document paragraph 300');
      expect(b.text).toContain('Short document paragraph 3');
      expect(b.text).not.toContain('Long document');
      const pagesOfA = a.text.split('\f').slice(0, -1);
      expect(pagesOfA).toHaveLength(a.pages);
      pagesOfA.forEach((text, i) => {
        expect(text).toContain('RUN-LONG · "quoted" </style>');
        expect(text).toMatch(new RegExp(`${i + 1} ?/ ?${a.pages}\\s*$`));
      });
      // The same browser prints again after a round.
      const [again] = await printer.print([{ html: page('Again', 1), header: 'RUN-2' }]);
      expect(pdfText(again!, 'again.pdf').text).toContain('Again paragraph 1');
    } finally {
      await printer.close();
    }
  });

  it('a document cannot reach any network: its image, stylesheet and frame are never fetched', async () => {
    const html = page(
      'Offline',
      2,
      `<img src="${origin}/img.png" alt="i"><link rel="stylesheet" href="${origin}/s.css">` +
        `<iframe src="${origin}/frame"></iframe><object data="${origin}/obj"></object>`,
    );
    const [pdf] = await renderPdf([{ html, header: 'RUN-OFFLINE' }], chrome!);
    expect(pdfText(pdf!, 'offline.pdf').text).toContain('Offline paragraph 2');
    expect(hits).toEqual([]);
  });

  it('warmed up on one page (as `run` starts it): documents print one after the other on it, each alone', async () => {
    const printer = await launchPdfPrinter(chrome!, { pages: 1, warm: true });
    try {
      const order: number[] = [];
      const offline = `<img src="${origin}/warm.png" alt="i"><link rel="stylesheet" href="${origin}/w.css">`;
      const pdfs = await printer.print(
        [
          { html: page('First document', 120), header: 'RUN-A' },
          { html: page('Second document', 2, offline), header: 'RUN-B' },
          { html: page('Third document', 1), header: 'RUN-C' },
        ],
        (i) => order.push(i),
      );
      expect(order).toEqual([0, 1, 2]);
      const [a, b, c] = pdfs.map((pdf, i) => pdfText(pdf, `warm-${i}.pdf`));
      expect(a!.pages).toBeGreaterThan(1);
      expect(a!.text).toContain('First document paragraph 120');
      // The reused page holds only the document it prints, with its own header and page count.
      expect(b!.pages).toBe(1);
      expect(b!.text).toContain('Second document paragraph 2');
      expect(b!.text).not.toMatch(/First document|RUN-A/);
      expect(b!.text).toMatch(/RUN-B[\s\S]*1 ?\/ ?1/);
      expect(c!.text).toContain('Third document paragraph 1');
      expect(c!.text).not.toContain('Second document');
      expect(hits).toEqual([]);
    } finally {
      await printer.close();
    }
  });

  it('a browser that does not start is PTVR_PDF_FAILED with a hint', async () => {
    const err = await launchPdfPrinter('/bin/false').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isPtvrError(err) && err.code).toBe('PTVR_PDF_FAILED');
    expect((err as Error).message).toMatch(/^Chromium at \/bin\/false did not start: \S/);
    expect((err as { hint?: string }).hint).toMatch(/PTV_READINESS_CHROME/);
  });
});
