import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Append one NDJSON line and fsync before returning, so the line survives kill -9 (the ledger relies
 * on this). One write() per line with O_APPEND keeps concurrent writers from interleaving.
 */
export function appendLineDurable(path: string, value: unknown, options: { fsync?: boolean } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a', 0o644);
  try {
    writeSync(fd, JSON.stringify(value) + '\n');
    if (options.fsync !== false) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
