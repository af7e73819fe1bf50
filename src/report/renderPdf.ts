import { PtvrError } from '../core/errors.js';
import { CdpPipe } from './cdpPipe.js';
import { PRINTER_ARGS } from './chromiumArgs.js';
import { PRINT_MARGINS_MM, printableHtml } from './printableHtml.js';

/** A 5,000-request annex on a loaded 2-core machine prints in well under a minute. */
const PRINT_TIMEOUT_MS = 300_000;

export interface PdfJob {
  html: string;
  /** Running header text on every page (run id, and the watermark on simulated runs). */
  header: string;
}

/** One headless Chromium that prints any number of documents; close it when done. */
export interface PdfPrinter {
  /**
   * Prints the documents at once, each on its own page (tab): results in job order. `onPrinted` hears
   * of each document as it is done (its index), for a status line.
   */
  print(jobs: PdfJob[], onPrinted?: (index: number) => void): Promise<Buffer[]>;
  close(): Promise<void>;
}

/**
 * Starts the Chromium that prints the PDFs. Separate from printing so a caller can start it while it
 * renders the other views (Chromium's start-up then costs no wall time). Every request a page tries is
 * failed: the HTML is self-contained, and the browser must not reach any network.
 */
export async function launchPdfPrinter(executablePath: string): Promise<PdfPrinter> {
  let browser: CdpPipe;
  try {
    browser = await CdpPipe.launch(executablePath, PRINTER_ARGS);
  } catch (err) {
    throw new PtvrError('PTVR_PDF_FAILED', `Chromium at ${executablePath} did not start: ${firstLine(err)}`, {
      hint: 'check that the browser runs headless here, or point PTV_READINESS_CHROME at another Chromium',
      cause: err,
    });
  }
  const inches = (mm: number): number => mm / 25.4;
  const printOne = async (job: PdfJob): Promise<Buffer> => {
    const { targetId } = (await browser.send('Target.createTarget', { url: 'about:blank' })) as {
      targetId: string;
    };
    try {
      const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as {
        sessionId: string;
      };
      const send = (method: string, params = {}, timeoutMs?: number) =>
        browser.send(method, params, sessionId, timeoutMs);
      browser.on(sessionId, 'Fetch.requestPaused', ({ requestId }) => {
        void send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }).catch(() => undefined);
      });
      await send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
      await send('Emulation.setScriptExecutionDisabled', { value: true });
      const { frameTree } = (await send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      // Parsed at once (document.write of the whole text): no load to wait for, nothing to fetch.
      await send('Page.setDocumentContent', {
        frameId: frameTree.frame.id,
        html: printableHtml(job.html, job.header),
      });
      const { stream } = (await send(
        'Page.printToPDF',
        {
          paperWidth: inches(210),
          paperHeight: inches(297),
          marginTop: inches(PRINT_MARGINS_MM.top),
          marginBottom: inches(PRINT_MARGINS_MM.bottom),
          marginLeft: inches(PRINT_MARGINS_MM.left),
          marginRight: inches(PRINT_MARGINS_MM.right),
          printBackground: true,
          // Chromium's default is a tagged PDF: its accessibility tree tripled the annex (1.2 → 3.4 MB).
          generateTaggedPDF: false,
          generateDocumentOutline: false,
          transferMode: 'ReturnAsStream',
        },
        PRINT_TIMEOUT_MS,
      )) as { stream: string };
      const chunks: Buffer[] = [];
      for (;;) {
        const { data, base64Encoded, eof } = (await send('IO.read', { handle: stream, size: 1 << 20 })) as {
          data: string;
          base64Encoded?: boolean;
          eof: boolean;
        };
        chunks.push(Buffer.from(data, base64Encoded ? 'base64' : 'utf8'));
        if (eof) break;
      }
      await send('IO.close', { handle: stream });
      browser.on(sessionId, 'Fetch.requestPaused', undefined);
      return Buffer.concat(chunks);
    } finally {
      await browser.send('Target.closeTarget', { targetId }).catch(() => undefined);
    }
  };
  return {
    async print(jobs, onPrinted) {
      try {
        // Each page renders in its own Chromium process: the documents print in parallel.
        return await Promise.all(
          jobs.map(async (job, i) => {
            const pdf = await printOne(job);
            onPrinted?.(i);
            return pdf;
          }),
        );
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
