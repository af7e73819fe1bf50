import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPhaseTimes } from './phaseTimes.js';

describe('createPhaseTimes', () => {
  it('records each phase with the clock it is given, also when the phase throws', async () => {
    let t = 0;
    const times = createPhaseTimes(() => (t += 10));
    expect(await times.time('a', () => Promise.resolve(1))).toBe(1);
    await expect(times.time('b', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(() =>
      times.timeSync('c', () => {
        throw new Error('y');
      }),
    ).toThrow('y');
    times.add('d', 1.4, 2.6);
    expect(times.phases()).toEqual([
      { name: 'a', startMs: 10, endMs: 20 },
      { name: 'b', startMs: 30, endMs: 40 },
      { name: 'c', startMs: 50, endMs: 60 },
      { name: 'd', startMs: 1, endMs: 3 },
    ]);
  });

  it('writes the phases only where PTVR_PHASE_TIMES points', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-phases-'));
    const times = createPhaseTimes(() => 5);
    times.add('x', 0, 5);
    times.flush({});
    expect(existsSync(join(dir, 'p.json'))).toBe(false);
    times.flush({ PTVR_PHASE_TIMES: join(dir, 'p.json') });
    expect(JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8'))).toEqual({
      phases: [{ name: 'x', startMs: 0, endMs: 5 }],
    });
  });
});
