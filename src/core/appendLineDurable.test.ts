import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendLineDurable } from './appendLineDurable.js';

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'ptvr-append-'));
const linesOf = (file: string): unknown[] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);

describe('appendLineDurable (descriptors kept open)', () => {
  it('starts a file again, directory included, when it was removed between lines', () => {
    const dir = freshDir();
    const file = join(dir, 'run', 'evidence.ndjson');
    appendLineDurable(file, { n: 1 }, { fsync: false });
    rmSync(join(dir, 'run'), { recursive: true });
    appendLineDurable(file, { n: 2 }, { fsync: false });
    expect(linesOf(file)).toEqual([{ n: 2 }]);
  });

  it('writes to the file now at the path when another replaced it (rename over it)', () => {
    const dir = freshDir();
    const file = join(dir, 'ledger.ndjson');
    appendLineDurable(file, { n: 1 });
    writeFileSync(join(dir, 'other'), '{"n":0}\n');
    renameSync(join(dir, 'other'), file);
    appendLineDurable(file, { n: 2 });
    expect(linesOf(file)).toEqual([{ n: 0 }, { n: 2 }]);
  });

  it('keeps every line of many files written in turn (more files than descriptors it keeps)', () => {
    const dir = freshDir();
    const files = Array.from({ length: 20 }, (_, i) => join(dir, `f${i}.ndjson`));
    for (let round = 0; round < 3; round++) {
      files.forEach((f, i) => appendLineDurable(f, { i, round }, { fsync: round === 1 }));
    }
    files.forEach((f, i) => expect(linesOf(f)).toEqual([0, 1, 2].map((round) => ({ i, round }))));
  });

  it('writes nothing for a value JSON cannot encode, and the file takes lines after it', () => {
    const file = join(freshDir(), 'intents.ndjson');
    appendLineDurable(file, { n: 1 }, { fsync: false });
    expect(() => appendLineDurable(file, { n: 10n }, { fsync: false })).toThrow();
    appendLineDurable(file, { n: 2 }, { fsync: false });
    expect(linesOf(file)).toEqual([{ n: 1 }, { n: 2 }]);
  });
});
