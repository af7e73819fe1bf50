import { describe, expect, it } from 'vitest';
import { exceedsJsonDepth, jsonDepth, MAX_JSON_DEPTH } from './jsonDepth.js';

describe('jsonDepth', () => {
  it('counts nesting levels', () => {
    expect(jsonDepth(1)).toBe(0);
    expect(jsonDepth({})).toBe(1);
    expect(jsonDepth({ a: [{ b: 1 }] })).toBe(3);
  });

  it('handles 100k-deep JSON without a stack overflow', () => {
    const d = 100_000;
    const value: unknown = JSON.parse('['.repeat(d) + ']'.repeat(d));
    expect(jsonDepth(value)).toBe(MAX_JSON_DEPTH + 1);
    expect(exceedsJsonDepth(value)).toBe(true);
    expect(exceedsJsonDepth(JSON.parse('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH)))).toBe(false);
  });

  it('treats a cycle as too deep', () => {
    const a: Record<string, unknown> = {};
    a.a = a;
    expect(exceedsJsonDepth(a)).toBe(true);
  });
});

describe('jsonDepth on shared objects', () => {
  it('counts an object shared by two parents once per path, not as a cycle', () => {
    const shared = { x: 1 };
    expect(jsonDepth({ a: shared, b: [shared] })).toBe(3);
  });
});

describe('jsonDepth at the limit', () => {
  it('returns the exact depth up to the limit and limit + 1 beyond it, for arrays and objects', () => {
    const nest = (n: number, wrap: (x: unknown) => unknown): unknown => {
      let v: unknown = 1;
      for (let i = 0; i < n; i++) v = wrap(v);
      return v;
    };
    for (const wrap of [(x: unknown) => [x], (x: unknown) => ({ k: x })]) {
      expect(jsonDepth(nest(5, wrap), 5)).toBe(5);
      expect(jsonDepth(nest(6, wrap), 5)).toBe(6);
      expect(jsonDepth(nest(60, wrap), 5)).toBe(6);
    }
  });

  it('takes the deepest branch wherever it is, and ignores inherited properties', () => {
    expect(jsonDepth({ a: 1, b: { c: [[{}]] }, d: [] })).toBe(5);
    expect(jsonDepth([[], [[[]]], 2])).toBe(4);
    const child = Object.create({ inherited: { deep: { deeper: {} } } }) as Record<string, unknown>;
    child.own = 1;
    expect(jsonDepth({ child })).toBe(2);
  });
});
