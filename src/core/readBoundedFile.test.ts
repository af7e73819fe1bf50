import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachLine, readBoundedText } from './readBoundedFile.js';
import { readNdjson, hasStringKeys } from './readNdjson.js';

const dir = mkdtempSync(join(tmpdir(), 'ptvr-bounded-'));
const opts = { code: 'PTVR_RUN_DIR_INVALID' as const, what: 'report.json', maxBytes: 100 };
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
};

describe('readBoundedText', () => {
  it('reads a regular file within the limit', () => {
    const f = join(dir, 'ok.json');
    writeFileSync(f, '{"a":1}');
    expect(readBoundedText(f, opts)).toBe('{"a":1}');
  });

  it('refuses a file over the limit, a symlink to /dev/zero, a FIFO, a directory and a missing file', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, 'x'.repeat(101));
    expect(codeOf(() => readBoundedText(big, opts))).toBe('PTVR_RUN_DIR_INVALID');

    const zero = join(dir, 'zero.json');
    symlinkSync('/dev/zero', zero);
    expect(() => readBoundedText(zero, opts)).toThrow(/symbolic link/);
    // Followed on request, /dev/zero is still refused: it is a device, not a regular file.
    expect(() => readBoundedText(zero, { ...opts, followSymlinks: true })).toThrow(/not a regular file/);

    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    expect(() => readBoundedText(fifo, opts)).toThrow(/not a regular file/);

    const sub = join(dir, 'sub');
    mkdirSync(sub);
    expect(() => readBoundedText(sub, opts)).toThrow(/is a directory/);
    expect(() => readBoundedText(join(dir, 'none'), opts)).toThrow(/does not exist/);
  });
});

describe('forEachLine / readNdjson', () => {
  it('skips over-long lines and keeps the others, across chunk boundaries', () => {
    const f = join(dir, 'lines.ndjson');
    const long = 'y'.repeat(3 * 1024 * 1024);
    writeFileSync(f, `{"id":"a"}\n${long}\n{"id":"b"}\n\n{"id":"c"}`);
    const lines: string[] = [];
    const skipped: number[] = [];
    forEachLine(
      f,
      { ...opts, maxBytes: 10 * 1024 * 1024, maxLine: 1024 },
      (l) => lines.push(l),
      (n) => skipped.push(n),
    );
    expect(lines).toEqual(['{"id":"a"}', '{"id":"b"}', '{"id":"c"}']);
    expect(skipped).toEqual([long.length]);
    expect(readNdjson(f, hasStringKeys<{ id: string }>('id'), { maxLine: 1024 })).toEqual([
      { id: 'a' },
      { id: 'b' },
      { id: 'c' },
    ]);
  });

  it('refuses a ledger that is a symlink to /dev/zero instead of reading forever', () => {
    const f = join(dir, 'ledger.ndjson');
    symlinkSync('/dev/zero', f);
    expect(codeOf(() => readNdjson(f, hasStringKeys('id')))).toBe('PTVR_RUN_DIR_INVALID');
  });
});
