import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { PtvrError, type PtvrErrorCode } from './errors.js';

/** Size limits of the files a run directory holds (documented in docs/report.md). */
export const RUN_FILE_LIMITS = Object.freeze({
  /** report.json: the model is capped to 64 MB when written (see fitReportModel). */
  report: 96 * 1024 * 1024,
  manifest: 4 * 1024 * 1024,
  run: 1024 * 1024,
  /** NDJSON files are read line by line; this bounds the time spent, not the memory. */
  ndjson: 1024 * 1024 * 1024,
});

export interface BoundedReadOptions {
  maxBytes: number;
  /** Error code when the file is not a regular file or is too large. */
  code: PtvrErrorCode;
  /** What the file is, for the message: "report.json". */
  what: string;
  hint?: string;
  /** Follow a symlink to a regular file (user-named inputs); run-directory files never are symlinks. */
  followSymlinks?: boolean;
}

/**
 * Opens a file for reading only if it is a regular file: a symlink (e.g. to /dev/zero), FIFO, socket,
 * device or directory is refused with a coded error instead of blocking or reading without end.
 * O_NOFOLLOW refuses a final symlink, O_NONBLOCK keeps a FIFO from blocking the open; fstat on the
 * opened descriptor closes the window between the check and the read.
 */
export function openRegularFile(path: string, opts: BoundedReadOptions): { fd: number; size: number } {
  const refuse = (why: string, cause?: unknown): PtvrError =>
    new PtvrError(opts.code, `${opts.what} (${path}) ${why}.`, {
      hint: opts.hint ?? 'pass a run directory written by `ptv-readiness run`; its files are regular files',
      ...(cause !== undefined && { cause }),
    });
  let fd: number;
  try {
    const follow = opts.followSymlinks === true;
    if (!follow && lstatSync(path).isSymbolicLink()) throw refuse('is a symbolic link, not a regular file');
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (follow ? 0 : constants.O_NOFOLLOW));
  } catch (err) {
    if (err instanceof PtvrError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw refuse(code === 'ENOENT' ? 'does not exist' : `cannot be opened (${code ?? 'error'})`, err);
  }
  const st = fstatSync(fd);
  if (!st.isFile()) {
    closeSync(fd);
    throw refuse(st.isDirectory() ? 'is a directory' : 'is not a regular file (device, FIFO or socket)');
  }
  if (st.size > opts.maxBytes) {
    closeSync(fd);
    throw refuse(`is ${st.size} bytes, over the limit of ${opts.maxBytes} bytes`);
  }
  return { fd, size: st.size };
}

/**
 * Reads a whole regular file of at most `maxBytes` (see openRegularFile). A file that grows while it is
 * read is cut at the limit and refused, so memory stays bounded whatever is on the other end.
 */
export function readBoundedFile(path: string, opts: BoundedReadOptions): Buffer {
  const { fd, size } = openRegularFile(path, opts);
  try {
    const buf = Buffer.allocUnsafe(Math.min(size, opts.maxBytes) + 1);
    let off = 0;
    for (;;) {
      const n = readSync(fd, buf, off, buf.length - off, null);
      if (n === 0) break;
      off += n;
      if (off === buf.length) {
        throw new PtvrError(opts.code, `${opts.what} (${path}) changed size while it was read.`, {
          hint: 'do not write into a run directory while it is being read',
        });
      }
    }
    return buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

/** readBoundedFile as UTF-8 text. */
export function readBoundedText(path: string, opts: BoundedReadOptions): string {
  return readBoundedFile(path, opts).toString('utf8');
}

/**
 * Calls `onLine` for each line of a regular file, reading it in chunks so memory stays bounded by the
 * longest line kept: lines longer than `maxLine` bytes are skipped whole (reported via onSkip).
 */
export function forEachLine(
  path: string,
  opts: BoundedReadOptions & { maxLine: number },
  onLine: (line: string) => void,
  onSkip?: (bytes: number) => void,
): void {
  const { fd } = openRegularFile(path, opts);
  try {
    const chunk = Buffer.allocUnsafe(1024 * 1024);
    let parts: Buffer[] = [];
    let partBytes = 0;
    let skipping = false;
    let skipped = 0;
    let total = 0;
    const endLine = (): void => {
      if (skipping) onSkip?.(skipped);
      else if (partBytes > 0) onLine(Buffer.concat(parts, partBytes).toString('utf8'));
      parts = [];
      partBytes = 0;
      skipping = false;
      skipped = 0;
    };
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > opts.maxBytes) {
        throw new PtvrError(opts.code, `${opts.what} (${path}) grew over ${opts.maxBytes} bytes while read.`);
      }
      let start = 0;
      for (;;) {
        const nl = chunk.indexOf(10, start);
        const end = nl < 0 || nl >= n ? n : nl;
        const len = end - start;
        if (skipping) skipped += len;
        else if (partBytes + len > opts.maxLine) {
          skipping = true;
          skipped = partBytes + len;
          parts = [];
          partBytes = 0;
        } else if (len > 0) {
          parts.push(Buffer.from(chunk.subarray(start, end)));
          partBytes += len;
        }
        if (end === n) break;
        endLine();
        start = end + 1;
      }
    }
    endLine();
  } finally {
    closeSync(fd);
  }
}
