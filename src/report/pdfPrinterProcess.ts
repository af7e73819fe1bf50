/**
 * The PDF printer's own process (forked by launchPdfPrinter): playwright-core drives the system Chromium
 * from here, so the CLI never loads playwright's 7 MB bundle (about 70 MB of RSS and a CPU second or two)
 * and stays within its memory bar while the PDFs print. Messages are PrinterRequest / PrinterReply.
 */
import { createRequire } from 'node:module';
import type { Browser, BrowserType, Page } from 'playwright-core';
import { PRINT_MARGINS_MM, printableHtml } from './printableHtml.js';
import type { PrinterReply, PrinterRequest } from './printerMessages.js';

let browser: Browser | undefined;

/**
 * One page and the prints queued for it. Opening a page costs more than printing a short document on
 * it (a context, the request refusal, a renderer process: about 1 s of CPU on 2 busy cores), so a page
 * is kept for the next document; and on 2 cores two documents printed one after the other on one page
 * finish as soon as on two pages side by side, with a CPU second less.
 */
interface Slot {
  page: Promise<Page> | undefined;
  queue: Promise<unknown>;
}
let slots: Slot[] = [];
let nextSlot = 0;

const reply = (message: PrinterReply): void => void process.send?.(message);
const firstLine = (err: unknown): string =>
  (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
const mm = (n: number): string => `${n}mm`;
const PDF_OPTIONS = {
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
} as const;
/** The warm-up print: the running header's and the body's fonts, bold and monospace included. */
const WARM_UP_HTML =
  '<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family: system-ui, sans-serif">' +
  '<p>ä <b>ö</b> <code>å</code></p></body></html>';

async function launch(executablePath: string, args: string[], pages: number, warm: boolean): Promise<void> {
  // require(), not import(): an ESM import of this CommonJS bundle first runs cjs-module-lexer over its
  // 7 MB to find the named exports (~0.15 s of CPU).
  const { chromium } = createRequire(import.meta.url)('playwright-core') as {
    chromium: BrowserType;
  };
  browser = await chromium.launch({
    executablePath,
    args,
    timeout: 60_000,
    // The CLI owns the signals and closes this process when it is done or interrupted.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  slots = Array.from({ length: Math.max(1, pages) }, () => ({ page: undefined, queue: Promise.resolve() }));
  if (!warm) return;
  // While the suites run: one page after the other (the suites need the CPU more), each printing a
  // blank document once, which loads its fonts and starts the print compositor.
  let previous: Promise<unknown> = Promise.resolve();
  for (const slot of slots) {
    const page = previous.then(warmPage);
    page.catch(() => undefined);
    slot.page = page;
    slot.queue = page.catch(() => undefined);
    previous = slot.queue;
  }
}

/** A page of its own context: no JavaScript, offline, and every request it tries refused. */
async function openPage(): Promise<Page> {
  const context = await browser!.newContext({ offline: true, javaScriptEnabled: false });
  // The HTML is self-contained: any request a page tries is refused, and nothing reaches a network.
  await context.route('**/*', (route) => route.abort());
  return context.newPage();
}

/** An open page that has printed a blank document once; its next print is a real one. */
async function warmPage(): Promise<Page> {
  const page = await openPage();
  await page.setContent(printableHtml(WARM_UP_HTML, '·'), { waitUntil: 'load' });
  await page.pdf(PDF_OPTIONS);
  return page;
}

/** Prints on the slot's page (opened if it has none) once the slot's earlier prints are done. */
async function printOn(slot: Slot, html: string, header: string): Promise<Buffer> {
  let page: Page | undefined;
  try {
    // A page that failed to open or to warm up is opened again.
    page = await (slot.page ?? Promise.reject(new Error('no page'))).catch(() => openPage());
    slot.page = Promise.resolve(page);
    await page.setContent(printableHtml(html, header), { waitUntil: 'load' });
    return await page.pdf(PDF_OPTIONS);
  } catch (err) {
    // A page whose print failed is not trusted with the next document.
    slot.page = undefined;
    await page
      ?.context()
      .close()
      .catch(() => undefined);
    throw err;
  }
}

/** Queues the print on the slots in turn: job order, and the documents spread over the pages. */
function print(html: string, header: string): Promise<Buffer> {
  const slot = slots[nextSlot++ % slots.length]!;
  const printed = slot.queue.then(() => printOn(slot, html, header));
  slot.queue = printed.catch(() => undefined);
  return printed;
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
    launch(message.executablePath, message.args, message.pages, message.warm).then(
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
