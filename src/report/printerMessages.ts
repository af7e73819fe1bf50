/** What the CLI asks of the PDF printer's process (pdfPrinterProcess.ts). */
export type PrinterRequest =
  | { type: 'launch'; executablePath: string; args: string[] }
  | { type: 'print'; id: number; html: string; header: string }
  | { type: 'close' };

/** What the PDF printer's process answers. */
export type PrinterReply =
  | { type: 'ready' }
  | { type: 'launchFailed'; message: string }
  | { type: 'printed'; id: number; pdf: Uint8Array }
  | { type: 'printFailed'; id: number; message: string };
