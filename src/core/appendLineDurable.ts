import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Append one NDJSON line and fsync before returning. The write() alone makes the line survive kill -9
 * (the kernel has it); the fsync makes it survive an OS crash or power loss. `fsync: false` plus
 * `markWritten` / `syncFile` (syncFile.ts) shares one fsync among concurrent writers instead. One write()
 * per line with O_APPEND keeps concurrent writers from interleaving.
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
