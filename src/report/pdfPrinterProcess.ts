/**
 * The PDF printer's own process (forked by launchPdfPrinter): playwright-core drives the system Chromium
 * from here, so the CLI never loads playwright's 7 MB bundle (about 70 MB of RSS and a CPU second or two)
 * and stays within its memory bar while the PDFs print. Messages are PrinterRequest / PrinterReply.
 */
import type { Browser } from 'playwright-core';
import { PRINT_MARGINS_MM, printableHtml } from './printableHtml.js';
import type { PrinterReply, PrinterRequest } from './printerMessages.js';

let browser: Browser | undefined;

const reply = (message: PrinterReply): void => void process.send?.(message);
const firstLine = (err: unknown): string =>
  (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';

async function launch(executablePath: string, args: string[]): Promise<void> {
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath,
    args,
    timeout: 60_000,
    // The CLI owns the signals and closes this process when it is done or interrupted.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

async function print(html: string, header: string): Promise<Buffer> {
  const context = await browser!.newContext({ offline: true, javaScriptEnabled: false });
  try {
    // The HTML is self-contained: any request a page tries is refused, and nothing reaches a network.
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(printableHtml(html, header), { waitUntil: 'load' });
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
      // Chromium's default would tag the PDF: its accessibility tree tripled the annex (1.2 → 3.4 MB).
      tagged: false,
      outline: false,
    });
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Closes the browser and lets this process end (nothing else keeps it alive once the channel is gone). */
async function shutdown(): Promise<void> {
  await browser?.close().catch(() => undefined);
  browser = undefined;
  if (process.connected) process.disconnect();
}

// Ctrl-C reaches the whole process group: the CLI decides, and closes this process.
process.on('SIGINT', () => undefined);
// The CLI went away however it ended: the browser must not outlive it.
process.on('disconnect', () => void shutdown());
process.on('message', (message: PrinterRequest) => {
  if (message.type === 'launch')
    launch(message.executablePath, message.args).then(
      () => reply({ type: 'ready' }),
      (err: unknown) => reply({ type: 'launchFailed', message: firstLine(err) }),
    );
  else if (message.type === 'print')
    print(message.html, message.header).then(
      (pdf) => reply({ type: 'printed', id: message.id, pdf }),
      (err: unknown) => reply({ type: 'printFailed', id: message.id, message: firstLine(err) }),
    );
  else void shutdown();
});
