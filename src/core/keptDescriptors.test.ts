import { mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeptDescriptors } from './keptDescriptors.js';

const dir = () => mkdtempSync(join(tmpdir(), 'ptvr-kept-'));

describe('KeptDescriptors', () => {
  it('hands out the same descriptor while the file is linked, and a new one once it was removed', () => {
    const d = dir();
    const opened: string[] = [];
    const kept = new KeptDescriptors(4, (p) => (opened.push(p), openSync(p, 'a')));
    const f = join(d, 'a.ndjson');
    const first = kept.get(f);
    expect(kept.get(f)).toBe(first);
    rmSync(f);
    const second = kept.get(f);
    writeSync(second, 'new\n');
    expect(readFileSync(f, 'utf8')).toBe('new\n');
    expect(opened).toEqual([f, f]);
  });

  it('closes the least recently used beyond its bound, but never a busy one', () => {
    const d = dir();
    const busy = new Set<string>();
    const opened: string[] = [];
    const kept = new KeptDescriptors(
      2,
      (p) => (opened.push(p), openSync(p, 'a')),
      (p) => busy.has(p),
    );
    const [a, b, c] = ['a', 'b', 'c'].map((n) => join(d, n));
    busy.add(a!);
    kept.get(a!);
    kept.get(b!);
    kept.get(c!); // over the bound: b goes (a is busy)
    kept.get(a!);
    kept.get(c!);
    expect(opened).toEqual([a, b, c]);
    kept.get(b!);
    expect(opened).toEqual([a, b, c, b]);
  });

  it('drops a descriptor only when it is still the kept one', () => {
    const d = dir();
    let opens = 0;
    const kept = new KeptDescriptors(4, (p) => (opens++, openSync(p, 'a')));
    const f = join(d, 'a');
    const fd = kept.get(f);
    kept.drop(f, fd + 1000);
    expect(kept.get(f)).toBe(fd);
    kept.drop(f, fd);
    kept.get(f);
    expect(opens).toBe(2);
  });
});
