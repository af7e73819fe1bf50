import { fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { KeptDescriptors } from './keptDescriptors.js';

/** Append descriptors by path (keptDescriptors.ts); a run writes a handful of files. */
const appendFiles = new KeptDescriptors(8, (path) => {
  mkdirSync(dirname(path), { recursive: true });
  return openSync(path, 'a', 0o644);
});

/**
 * Append one NDJSON line and fsync before returning. The write() alone makes the line survive kill -9
 * (the kernel has it); the fsync makes it survive an OS crash or power loss. `fsync: false` plus
 * `markWritten` / `syncFile` (syncFile.ts) shares one fsync among concurrent writers instead. One write()
 * per line with O_APPEND keeps concurrent writers from interleaving.
 */
export function appendLineDurable(path: string, value: unknown, options: { fsync?: boolean } = {}): void {
  const line = JSON.stringify(value) + '\n';
  const fd = appendFiles.get(path);
  try {
    writeSync(fd, line);
    if (options.fsync !== false) fsyncSync(fd);
  } catch (err) {
    // Not kept after a failed write (a full disk, a descriptor gone bad): the next line reopens.
    appendFiles.drop(path, fd);
    throw err;
  }
}
