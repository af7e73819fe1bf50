import { findChrome } from './findChrome.js';
import { launchPdfPrinter, type PdfPrinter } from './renderPdf.js';
import type { ReportFormat } from '../core/vocabulary.js';

/**
 * Starts the Chromium that will print a run's PDFs, early: `run` calls this while the suites run, so
 * the browser's start-up, and making its page ready, cost no wall time at the end. The documents print
 * one after the other on that one page (on 2 cores as fast as side by side, with a CPU second less);
 * with the annex's PDFs too (121 pages each), on two. Undefined when no PDF is asked for or no Chromium
 * is found (renderReports then reports PTVR_CHROMIUM_NOT_FOUND as usual). A launch failure surfaces
 * when renderReports awaits the printer; the caller closes it.
 */
export function startPdfPrinter(
  formats: readonly ReportFormat[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<PdfPrinter> | undefined {
  const annex = formats.includes('annex-pdf');
  const chrome = annex || formats.includes('pdf') ? findChrome(env) : undefined;
  if (!chrome) return undefined;
  const printer = launchPdfPrinter(chrome, { pages: annex ? 2 : 1, warm: true });
  printer.catch(() => undefined);
  return printer;
}

/** Closes a printer from startPdfPrinter, whether or not it started. */
export async function closePdfPrinter(printer: Promise<PdfPrinter> | undefined): Promise<void> {
  await printer?.then(
    (p) => p.close(),
    () => undefined,
  );
}
