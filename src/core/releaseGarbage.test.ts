import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { releaseGarbage, WORTH_COLLECTING_BYTES } from './releaseGarbage.js';

describe('releaseGarbage', () => {
  it('collects only a heap grown past the threshold', () => {
    const used = getHeapStatistics().used_heap_size;
    expect(WORTH_COLLECTING_BYTES).toBeGreaterThan(64 * 1024 * 1024);
    expect(releaseGarbage(used + 64 * 1024 * 1024)).toBe(false);
    expect(releaseGarbage(0)).toBe(true);
  });

  it('frees what is no longer reachable when it collects', () => {
    let garbage: string[] | undefined = Array.from({ length: 20_000 }, (_, i) => `${i}`.repeat(100));
    const before = getHeapStatistics().used_heap_size;
    expect(garbage.length).toBe(20_000);
    garbage = undefined;
    expect(releaseGarbage(0)).toBe(true);
    expect(getHeapStatistics().used_heap_size).toBeLessThan(before);
  });
});
