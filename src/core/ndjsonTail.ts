import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_NDJSON_LINE, parseNdjsonLine } from './readNdjson.js';

/**
 * Reads an append-only NDJSON file a piece at a time: each `read` parses only the lines appended since
 * the last one (a torn last line waits for its end). The ledger writer asks the file on every PUT that
 * publishes (`isArchived`); reading it whole each time was ~50 ms of a run's worker CPU and grows with
 * the run (issue #14). Blank, corrupt and over-long lines are skipped as readNdjson skips them; a file
 * that shrank or was replaced is read again from its start, after `onRestart`.
 */
export interface NdjsonTail<T> {
  /** Calls `onValue` for each complete line appended since the last read. A missing file has none. */
  read(onValue: (value: T) => void): void;
}

export function createNdjsonTail<T>(
  path: string,
  accept: (value: unknown) => value is T,
  onRestart: () => void,
): NdjsonTail<T> {
  let offset = 0;
  let ino: number | undefined;
  /** Bytes of a line whose newline has not been written yet. */
  let carry = Buffer.alloc(0);
  /** A line over the limit is skipped up to its newline. */
  let skipping = false;

  const restart = (): void => {
    offset = 0;
    carry = Buffer.alloc(0);
    skipping = false;
    onRestart();
  };

  const lines = (chunk: Buffer, onValue: (value: T) => void): void => {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      const line = Buffer.concat([carry, chunk.subarray(start, nl)]);
      carry = Buffer.alloc(0);
      start = nl + 1;
      if (skipping) {
        skipping = false;
        continue;
      }
      parseNdjsonLine(line.toString('utf8'), accept, onValue);
    }
    const rest = chunk.subarray(start);
    if (skipping) return;
    if (carry.length + rest.length > MAX_NDJSON_LINE) {
      carry = Buffer.alloc(0);
      skipping = true;
    } else carry = Buffer.concat([carry, rest]);
  };

  return {
    read(onValue) {
      let fd: number;
      try {
        fd = openSync(path, 'r');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
          if (ino !== undefined) restart();
          ino = undefined;
          return;
        }
        throw err;
      }
      try {
        const st = fstatSync(fd);
        if (!st.isFile()) return;
        if ((ino !== undefined && st.ino !== ino) || st.size < offset) restart();
        ino = st.ino;
        const buf = Buffer.allocUnsafe(64 * 1024);
        while (offset < st.size) {
          const n = readSync(fd, buf, 0, Math.min(buf.length, st.size - offset), offset);
          if (n <= 0) break;
          offset += n;
          lines(buf.subarray(0, n), onValue);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}
