import { appendFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNdjsonTail } from './ndjsonTail.js';
import { MAX_NDJSON_LINE } from './readNdjson.js';

const dir = mkdtempSync(join(tmpdir(), 'ptvr-tail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const isEntry = (v: unknown): v is { n: number } =>
  typeof v === 'object' && v !== null && typeof (v as { n?: unknown }).n === 'number';

/** A tail of `path` and what each read gave; `restarts` counts onRestart. */
function tailOf(path: string) {
  let restarts = 0;
  const tail = createNdjsonTail(path, isEntry, () => restarts++);
  const read = (): number[] => {
    const got: number[] = [];
    tail.read((v) => got.push(v.n));
    return got;
  };
  return { read, restarts: () => restarts };
}

describe('createNdjsonTail', () => {
  it('reads each appended line once, and a torn last line once its end is written', () => {
    const p = join(dir, 'a.ndjson');
    const t = tailOf(p);
    expect(t.read()).toEqual([]); // missing: no lines
    writeFileSync(p, '{"n":1}\n{"n":2}\n{"n":');
    expect(t.read()).toEqual([1, 2]);
    expect(t.read()).toEqual([]);
    appendFileSync(p, '3}\n\nnot json\n{"x":4}\n{"n":5}\n');
    expect(t.read()).toEqual([3, 5]);
    expect(t.restarts()).toBe(0);
  });

  it('skips a line over the limit up to its newline, however it arrives', () => {
    const p = join(dir, 'b.ndjson');
    const t = tailOf(p);
    writeFileSync(p, `{"n":1}\n{"s":"${'x'.repeat(MAX_NDJSON_LINE)}`);
    expect(t.read()).toEqual([1]);
    appendFileSync(p, `${'y'.repeat(1000)}"}\n{"n":2}\n`);
    expect(t.read()).toEqual([2]);
  });

  it('reads a file that shrank or was replaced from its start again, after onRestart', () => {
    const p = join(dir, 'c.ndjson');
    const t = tailOf(p);
    writeFileSync(p, '{"n":1}\n{"n":2}\n');
    expect(t.read()).toEqual([1, 2]);
    writeFileSync(p, '{"n":3}\n');
    expect(t.read()).toEqual([3]);
    expect(t.restarts()).toBe(1);
    const other = join(dir, 'c2.ndjson');
    writeFileSync(other, '{"n":4}\n{"n":5}\n{"n":6}\n');
    renameSync(other, p);
    expect(t.read()).toEqual([4, 5, 6]);
    expect(t.restarts()).toBe(2);
    rmSync(p);
    expect(t.read()).toEqual([]);
    writeFileSync(p, '{"n":7}\n');
    expect(t.read()).toEqual([7]);
  });
});
