import { findChrome } from './findChrome.js';
import { launchPdfPrinter, type PdfPrinter } from './renderPdf.js';
import type { ReportFormat } from '../core/vocabulary.js';

/**
 * Starts the Chromium that will print a run's PDFs, early: `run` calls this while the suites run, so
 * the browser's start-up costs no wall time at the end. Undefined when no PDF is asked for or no
 * Chromium is found (renderReports then reports PTVR_CHROMIUM_NOT_FOUND as usual). A launch failure
 * surfaces when renderReports awaits the printer; the caller closes it.
 */
export function startPdfPrinter(
  formats: readonly ReportFormat[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<PdfPrinter> | undefined {
  const chrome = formats.some((f) => f === 'pdf' || f === 'annex-pdf') ? findChrome(env) : undefined;
  if (!chrome) return undefined;
  const printer = launchPdfPrinter(chrome);
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
