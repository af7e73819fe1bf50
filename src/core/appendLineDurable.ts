import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Append descriptors kept open by path, least recently used first (issue #14: a directory check, an
 * open and a close around every line were ~0.2 s of a run's ~1,900 evidence, ledger and intent lines).
 * Bounded, so a long-lived process writing many run directories holds a handful of descriptors.
 */
const openFiles = new Map<string, number>();
const MAX_OPEN = 8;

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already unusable; the next line opens the path afresh.
  }
}

function appendDescriptor(path: string): number {
  const cached = openFiles.get(path);
  if (cached !== undefined) {
    openFiles.delete(path);
    // A file removed since (or its run directory): its descriptor would write to an unlinked inode.
    if (fstatSync(cached).nlink > 0) {
      openFiles.set(path, cached);
      return cached;
    }
    closeQuietly(cached);
  }
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a', 0o644);
  openFiles.set(path, fd);
  if (openFiles.size > MAX_OPEN) {
    const [oldest, oldFd] = openFiles.entries().next().value as [string, number];
    openFiles.delete(oldest);
    closeQuietly(oldFd);
  }
  return fd;
}

/**
 * Append one NDJSON line and fsync before returning. The write() alone makes the line survive kill -9
 * (the kernel has it); the fsync makes it survive an OS crash or power loss. `fsync: false` plus
 * `markWritten` / `syncFile` (syncFile.ts) shares one fsync among concurrent writers instead. One write()
 * per line with O_APPEND keeps concurrent writers from interleaving.
 */
export function appendLineDurable(path: string, value: unknown, options: { fsync?: boolean } = {}): void {
  const line = JSON.stringify(value) + '\n';
  const fd = appendDescriptor(path);
  try {
    writeSync(fd, line);
    if (options.fsync !== false) fsyncSync(fd);
  } catch (err) {
    // Not kept after a failed write (a full disk, a descriptor gone bad): the next line reopens.
    openFiles.delete(path);
    closeQuietly(fd);
    throw err;
  }
}
