import { describe, expect, it } from 'vitest';
import { numberTextOf, recordNumberTexts } from './jsonNumberText.js';

const parse = (text: string) => recordNumberTexts(text, JSON.parse(text));

describe('recordNumberTexts: JSON.parse plus the text of numbers JavaScript re-prints', () => {
  it('gives the same value as JSON.parse, also for escapes, duplicates, __proto__ and nesting', () => {
    const inputs = [
      '{"a": 60.10, "b": [1.50, -0, 1e3, {"c": "x\\"y\\\\", "d": null}], "e": true, "f": false}',
      '{"k": 1.0, "k": 2, "s": "\\u00e4 60.10 ]}"}',
      '{"__proto__": {"x": 1.10}, "n": [ ]  , "o": { } }',
      ' [ 12345678901234567890 , 0.1000 , -1.5E-7 , "é" ] ',
    ];
    for (const text of inputs) expect(parse(text), text).toEqual(JSON.parse(text));
    const proto = parse(inputs[2]!) as Record<string, unknown>;
    expect(Object.hasOwn(proto, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  });

  it('keeps the text where String(number) differs, and only there', () => {
    const body = parse(
      '{"lat": 60.10, "lon": 24.9, "list": [1.50, 7, -0, 1e3, 12345678901234567890], "n": {"z": 0.1000}}',
    ) as { list: unknown[]; n: object };
    expect(numberTextOf(body, 'lat')).toBe('60.10');
    expect(numberTextOf(body, 'lon')).toBeUndefined();
    expect([0, 1, 2, 3, 4].map((i) => numberTextOf(body.list, i))).toEqual([
      '1.50',
      undefined,
      '-0',
      '1e3',
      '12345678901234567890',
    ]);
    expect(numberTextOf(body.n, 'z')).toBe('0.1000');
  });

  it('a later duplicate key replaces the earlier text', () => {
    const body = parse('{"k": 1.10, "k": 2}') as object;
    expect(numberTextOf(body, 'k')).toBeUndefined();
    const again = parse('{"k": 2, "k": 1.10}') as object;
    expect(numberTextOf(again, 'k')).toBe('1.10');
  });

  it('returns the JSON.parse result itself when no number can be re-printed', () => {
    // "60.10" and 1e3 inside strings (escaped quotes too) are text, not numbers.
    const text = '{"a": 60.1, "b": [1, 2.5], "c": "60.10 \\" 1e3", "d": "\\\\"}';
    const parsed: unknown = JSON.parse(text);
    expect(recordNumberTexts(text, parsed)).toBe(parsed);
  });

  it('leaves a body deeper than MaxDepth as JSON.parse gave it (no recursion into it)', () => {
    const text = `${'['.repeat(5000)}1.50${']'.repeat(5000)}`;
    const parsed: unknown = JSON.parse(text);
    expect(recordNumberTexts(text, parsed)).toBe(parsed);
  });
});
