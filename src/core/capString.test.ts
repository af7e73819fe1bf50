import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CAPPED_MARKER, capString } from './capString.js';
import { capStrings, capValue } from './capValue.js';

describe('capString', () => {
  it('keeps short strings as they are', () => {
    expect(capString('abc', 3)).toBe('abc');
  });

  it('keeps a prefix and notes the original length and SHA-256', () => {
    const big = 'a'.repeat(1_000_000);
    const sha = createHash('sha256').update(big).digest('hex');
    const out = capString(big, 10);
    expect(out).toBe(`aaaaaaaaaa${CAPPED_MARKER}1000000 characters, sha256 ${sha}]`);
  });

  it('never splits a surrogate pair', () => {
    const out = capString('ab😀cd', 3);
    expect(out.startsWith(`ab${CAPPED_MARKER}`)).toBe(true);
  });
});

describe('capValue', () => {
  it('caps strings, width and depth, and cuts cycles, without recursion', () => {
    const deep: Record<string, unknown> = {};
    let cur = deep;
    for (let i = 0; i < 100_000; i++) {
      const next: Record<string, unknown> = {};
      cur.a = next;
      cur = next;
    }
    const capped = capValue(deep, { maxDepth: 3 });
    expect(capped).toEqual({ a: { a: { a: '[depth limit 3]' } } });

    const cyclic: Record<string, unknown> = { name: 'x'.repeat(5000) };
    cyclic.self = cyclic;
    const c = capValue(cyclic, { maxString: 4 }) as Record<string, unknown>;
    expect(c.self).toBe('[cycle]');
    expect(String(c.name)).toMatch(/^xxxx…\[truncated: 5000 characters/);

    expect(capValue([1, 2, 3, 4], { maxItems: 2 })).toEqual([1, 2, '[… 2 more]']);
    expect(capValue({ a: 1, b: 2, c: 3 }, { maxItems: 1 })).toEqual({ a: 1, '…': '[2 more keys]' });
  });

  it('keeps a shared (non-cyclic) object twice', () => {
    const shared = { v: 1 };
    expect(capValue({ a: shared, b: shared })).toEqual({ a: { v: 1 }, b: { v: 1 } });
  });

  it('stops copying at the node budget', () => {
    const wide = Array.from({ length: 10 }, () => ({ x: 1 }));
    const out = capValue(wide, { maxNodes: 3 }) as unknown[];
    expect(out.filter((x) => typeof x === 'string' && x.startsWith('[size limit'))).toHaveLength(8);
  });
});

describe('capStrings', () => {
  it('caps the count and each string', () => {
    expect(capStrings(['a', 'b', 'ccc'], 2, 1)).toEqual(['a', 'b', '[… 1 more]']);
  });
});
