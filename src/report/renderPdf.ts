import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PtvrError } from '../core/errors.js';
import { PRINTER_ARGS } from './chromiumArgs.js';
import type { PrinterReply, PrinterRequest } from './printerMessages.js';

export interface PdfJob {
  html: string;
  /** Running header text on every page (run id, and the watermark on simulated runs). */
  header: string;
}

/** One headless Chromium that prints any number of documents; close it when done. */
export interface PdfPrinter {
  /**
   * Prints the documents, up to `pages` of them side by side: results in job order. `onPrinted` hears
   * of each document as it is done (its index), for a status line.
   */
  print(jobs: PdfJob[], onPrinted?: (index: number) => void): Promise<Buffer[]>;
  close(): Promise<void>;
}

/** How the printer prints: documents at a time (each on a page it reuses), and whether to warm up. */
export interface PrinterOptions {
  /** Documents printed side by side, each on its own page (renderer process); default 2. */
  pages?: number;
  /**
   * Make the pages ready right after the launch (renderer started, a blank page printed once), for a
   * caller that starts the printer early and prints later; default false.
   */
  warm?: boolean;
}

/**
 * Starts the Chromium that prints the PDFs, in a process of its own (pdfPrinterProcess.ts: playwright-core
 * drives the browser there, so the CLI never loads it). Separate from printing so a caller can start it
 * while the suites run (start-up, and with `warm` the pages' too, then cost no wall time). Every request
 * a page tries is refused: the HTML is self-contained, and the browser must not reach any network.
 */
export async function launchPdfPrinter(
  executablePath: string,
  opts: PrinterOptions = {},
): Promise<PdfPrinter> {
  const printer = new PrinterProcess();
  try {
    await printer.launch(executablePath, PRINTER_ARGS, opts.pages ?? 2, opts.warm ?? false);
  } catch (err) {
    await printer.close();
    throw new PtvrError('PTVR_PDF_FAILED', `Chromium at ${executablePath} did not start: ${firstLine(err)}`, {
      hint: 'check that the browser runs headless here, or point PTV_READINESS_CHROME at another Chromium',
      cause: err,
    });
  }
  return {
    async print(jobs, onPrinted) {
      try {
        // The printer queues them on its pages (side by side up to `pages`), in job order.
        return await Promise.all(
          jobs.map(async (job, i) => {
            const pdf = await printer.print(job);
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
    close: () => printer.close(),
  };
}

/** The forked printer process and its requests in flight. */
class PrinterProcess {
  private readonly child: ChildProcess;
  private readonly waiting = new Map<
    number,
    { resolve: (r: PrinterReply) => void; reject: (e: Error) => void }
  >();
  private nextId = 1;
  private stderrTail = '';
  private gone: Error | undefined;
  private readonly exited: Promise<void>;
  private readonly killOnExit = (): void => void this.child.kill('SIGKILL');

  constructor() {
    const fromSource = import.meta.url.endsWith('.ts');
    const entry = fileURLToPath(new URL(`./pdfPrinterProcess.${fromSource ? 'ts' : 'js'}`, import.meta.url));
    this.child = fork(entry, [], {
      // Buffers cross as they are; the HTML of a big annex is a few MB.
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: fromSource ? ['--import', 'tsx'] : [],
    });
    this.child.stderr?.setEncoding('utf8');
    this.child.stderr?.on('data', (s: string) => (this.stderrTail = (this.stderrTail + s).slice(-2000)));
    this.child.on('message', (reply: PrinterReply) => {
      const id = reply.type === 'printed' || reply.type === 'printFailed' ? reply.id : 0;
      this.waiting.get(id)?.resolve(reply);
      this.waiting.delete(id);
    });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.gone = new Error(`the PDF printer exited (${signal ?? `code ${code}`})${this.lastLog()}`);
        for (const w of this.waiting.values()) w.reject(this.gone);
        this.waiting.clear();
        process.off('exit', this.killOnExit);
        resolve();
      });
    });
    this.child.once('error', () => undefined);
    // However the CLI ends, the printer (and so its browser) must not outlive it.
    process.once('exit', this.killOnExit);
  }

  private request(id: number, message: PrinterRequest): Promise<PrinterReply> {
    if (this.gone) return Promise.reject(this.gone);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send(message, (err) => {
        if (!err) return;
        this.waiting.delete(id);
        reject(err);
      });
    });
  }

  async launch(executablePath: string, args: readonly string[], pages: number, warm: boolean): Promise<void> {
    const reply = await this.request(0, { type: 'launch', executablePath, args: [...args], pages, warm });
    if (reply.type === 'launchFailed') throw new Error(reply.message);
  }

  async print(job: PdfJob): Promise<Buffer> {
    const id = this.nextId++;
    const reply = await this.request(id, { type: 'print', id, html: job.html, header: job.header });
    if (reply.type === 'printFailed') throw new Error(reply.message);
    if (reply.type !== 'printed') throw new Error(`unexpected answer ${reply.type}`);
    return Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength);
  }

  /**
   * Asks the printer to close its browser and exit; kills it when it does not within 10 s. Called again
   * (a caller that starts the close early and awaits it on its way out), it waits for the same exit.
   */
  close(): Promise<void> {
    this.closing ??= this.closeOnce();
    return this.closing;
  }

  private closing: Promise<void> | undefined;

  private async closeOnce(): Promise<void> {
    if (!this.gone && this.child.connected)
      this.child.send({ type: 'close' } satisfies PrinterRequest, () => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }

  private lastLog(): string {
    const line = this.stderrTail.trim().split('\n').pop();
    return line ? `: ${line}` : '';
  }
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
