import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStringKeys, readNdjson } from './readNdjson.js';

describe('readNdjson', () => {
  const isEntry = hasStringKeys<{ id: string }>('id');

  it('keeps recognised lines and skips blank, corrupt and torn ones', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ptvr-ndjson-')), 'x.ndjson');
    writeFileSync(file, '{"id":"a"}\n\nnot json\n{"id":2}\n{"id":"b"}\n{"id":"c","to');
    expect(readNdjson(file, isEntry)).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('reads a missing file as empty', () => {
    expect(readNdjson(join(tmpdir(), 'ptvr-does-not-exist.ndjson'), isEntry)).toEqual([]);
  });
});
