import type { Browser } from 'playwright-core';
import { PtvrError } from '../core/errors.js';
import { PRINTER_ARGS } from './chromiumArgs.js';
import { PRINT_MARGINS_MM, printableHtml } from './printableHtml.js';

export interface PdfJob {
  html: string;
  /** Running header text on every page (run id, and the watermark on simulated runs). */
  header: string;
}

/** One headless Chromium that prints any number of documents; close it when done. */
export interface PdfPrinter {
  /** Prints the documents at once, each on its own page (tab): results in job order. */
  print(jobs: PdfJob[]): Promise<Buffer[]>;
  close(): Promise<void>;
}

/**
 * Starts the Chromium that prints the PDFs. Separate from printing so a caller can start it while it
 * renders the other views (Chromium's start-up then costs no wall time). Every request a page tries is
 * aborted: the HTML is self-contained, and the browser must not reach any network.
 */
export async function launchPdfPrinter(executablePath: string): Promise<PdfPrinter> {
  let browser: Browser;
  try {
    // Loaded here, not at import: playwright-core takes about a second to load, and most runs that
    // import the renderer (md, junit, html) never print a PDF.
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath,
      args: PRINTER_ARGS,
      timeout: 60_000,
      // bin.ts owns the signals: playwright's own handlers would exit the process on Ctrl-C (with the
      // browser started early, in the middle of the suites) before the interrupted run's report is written.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (err) {
    throw new PtvrError('PTVR_PDF_FAILED', `Chromium at ${executablePath} did not start: ${firstLine(err)}`, {
      hint: 'check that the browser runs headless here, or point PTV_READINESS_CHROME at another Chromium',
      cause: err,
    });
  }
  const printOne = async (
    context: Awaited<ReturnType<Browser['newContext']>>,
    job: PdfJob,
  ): Promise<Buffer> => {
    const page = await context.newPage();
    try {
      await page.setContent(printableHtml(job.html, job.header), { waitUntil: 'load' });
      const mm = (n: number): string => `${n}mm`;
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: {
          top: mm(PRINT_MARGINS_MM.top),
          bottom: mm(PRINT_MARGINS_MM.bottom),
          left: mm(PRINT_MARGINS_MM.left),
          right: mm(PRINT_MARGINS_MM.right),
        },
      });
    } finally {
      await page.close();
    }
  };
  return {
    async print(jobs) {
      try {
        const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
        await context.route('**/*', (route) => route.abort());
        // Each page renders in its own Chromium process: the documents print in parallel.
        return await Promise.all(jobs.map((job) => printOne(context, job)));
      } catch (err) {
        throw new PtvrError('PTVR_PDF_FAILED', `Chromium could not print the PDF: ${firstLine(err)}`, {
          hint: 'report.html is still written; open it in a browser and print to PDF by hand',
          cause: err,
        });
      }
    },
    close: () => browser.close(),
  };
}

/** Prints each HTML document to an A4 PDF with one headless Chromium. */
export async function renderPdf(jobs: PdfJob[], executablePath: string): Promise<Buffer[]> {
  const printer = await launchPdfPrinter(executablePath);
  try {
    return await printer.print(jobs);
  } finally {
    await printer.close();
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
