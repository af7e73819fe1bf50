/** What the CLI asks of the PDF printer's process (pdfPrinterProcess.ts). */
export type PrinterRequest =
  /**
   * `pages`: documents printed at a time, each on a page of its own that is reused for the next
   * document; `warm`: make those pages ready right after the launch (renderer started, a blank page
   * printed), for a caller that prints later.
   */
  | { type: 'launch'; executablePath: string; args: string[]; pages: number; warm: boolean }
  | { type: 'print'; id: number; html: string; header: string }
  | { type: 'close' };

/** What the PDF printer's process answers. */
export type PrinterReply =
  | { type: 'ready' }
  | { type: 'launchFailed'; message: string }
  | { type: 'printed'; id: number; pdf: Uint8Array }
  | { type: 'printFailed'; id: number; message: string };
