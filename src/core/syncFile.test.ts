import { appendFileSync, mkdtempSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markWritten, syncFile } from './syncFile.js';

const fresh = (): string => join(mkdtempSync(join(tmpdir(), 'ptvr-sync-')), 'log.ndjson');
const write = (path: string, line: string): void => {
  appendFileSync(path, line + '\n');
  markWritten(path);
};

describe('syncFile (group commit)', () => {
  it('has nothing to wait for on a file nobody marked written', async () => {
    await expect(syncFile(fresh())).resolves.toBeUndefined();
  });

  it('lets every caller that arrives during an fsync share the next one, which starts after it', async () => {
    const p = fresh();
    write(p, 'a');
    const first = syncFile(p);
    // Written while the first fsync may already be running: it must not be counted as covered by it.
    write(p, 'b');
    const second = syncFile(p);
    write(p, 'c');
    const third = syncFile(p);
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    const order: string[] = [];
    await Promise.all([first.then(() => order.push('first')), second.then(() => order.push('second'))]);
    expect(order).toEqual(['first', 'second']);
    expect(readFileSync(p, 'utf8')).toBe('a\nb\nc\n');
  });

  it('rejects when the file cannot be synced, and tries again for the next caller', async () => {
    const p = join(fresh(), 'missing-dir', 'log.ndjson');
    markWritten(p);
    await expect(syncFile(p)).rejects.toThrow(/ENOENT|ENOTDIR/);
    await expect(syncFile(p)).rejects.toThrow(/ENOENT|ENOTDIR/);
  });

  it('syncs a file removed and written again (a new inode), and keeps only a few descriptors open', async () => {
    const p = fresh();
    write(p, 'a');
    await syncFile(p);
    unlinkSync(p);
    write(p, 'b');
    await expect(syncFile(p)).resolves.toBeUndefined();
    expect(readFileSync(p, 'utf8')).toBe('b\n');
    const openFds = (): number => readdirSync('/proc/self/fd').length;
    const before = openFds();
    for (let i = 0; i < 30; i++) {
      const q = fresh();
      write(q, String(i));
      await syncFile(q);
    }
    expect(openFds() - before).toBeLessThanOrEqual(8);
  });
});
