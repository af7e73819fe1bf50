import { describe, expect, it } from 'vitest';
import { parseJsonInput } from './parseJsonInput.js';

describe('parseJsonInput', () => {
  it('reads an object, an array of entities and NDJSON', () => {
    expect(parseJsonInput('a', '{"x":1}')).toHaveLength(1);
    expect(parseJsonInput('a', '[{"x":1},{"y":2}]').map((e) => e.index)).toEqual([0, 1]);
    expect(parseJsonInput('a', '{"x":1}\n{"y":2}\n')).toHaveLength(2);
    // A connection list is one body.
    expect(parseJsonInput('a', '[{"serviceId":"a","serviceChannelId":"b"}]')).toHaveLength(1);
  });
  it('reports malformed JSON with line and column', () => {
    try {
      parseJsonInput('f.json', '{\n  "a": 1,\n  "b": ,\n}');
      expect.unreachable();
    } catch (err) {
      expect((err as { code: string }).code).toBe('PTVR_INPUT_INVALID_JSON');
      expect((err as Error).message).toMatch(/^f\.json:3:\d+: not valid JSON/);
    }
  });
  it('reports the NDJSON line that is broken', () => {
    expect(() => parseJsonInput('n.ndjson', '{"a":1}\n{"b":\n')).toThrow(/^n\.ndjson:2:/);
  });

  it('refuses a 100k-deep value with PTVR_INPUT_INVALID_JSON instead of overflowing the stack', () => {
    const d = 100_000;
    expect(() => parseJsonInput('deep.json', `{"a":${'['.repeat(d)}${']'.repeat(d)}}`)).toThrow(
      expect.objectContaining({
        code: 'PTVR_INPUT_INVALID_JSON',
        message: expect.stringMatching(/deep\.json#0: nested deeper than 32/),
      }),
    );
    expect(() => parseJsonInput('ok.json', '{"a":[[[1]]]}')).not.toThrow();
  });
});
