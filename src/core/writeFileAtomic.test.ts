import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './writeFileAtomic.js';
import { appendLineDurable } from './appendLineDurable.js';

describe('writeFileAtomic', () => {
  it('replaces the whole file and leaves no temp file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-atomic-'));
    const file = join(dir, 'nested', 'report.json');
    writeFileAtomic(file, '{"a":1}');
    writeFileAtomic(file, '{"b":2}');
    expect(readFileSync(file, 'utf8')).toBe('{"b":2}');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['report.json']);
  });

  it('keeps the old content when the target directory cannot take the temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-atomic-'));
    const file = join(dir, 'x.json');
    writeFileSync(file, 'old');
    // A directory in place of the target makes rename fail: the old file is untouched.
    expect(() => writeFileAtomic(join(file, 'child'), 'new')).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('old');
  });
});

describe('appendLineDurable', () => {
  it('appends one JSON document per line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-append-'));
    const file = join(dir, 'ledger.ndjson');
    appendLineDurable(file, { n: 1 });
    appendLineDurable(file, { n: 2 }, { fsync: false });
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { n: number });
    expect(lines).toEqual([{ n: 1 }, { n: 2 }]);
  });
});
