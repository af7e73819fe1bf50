import { describe, expect, it } from 'vitest';
import { delayStats } from './delayStats.js';

describe('delayStats', () => {
  it('gives min, median and max; the median of an even count is the mean of the middle two', () => {
    expect(delayStats([3010, 2950, 3400])).toEqual({ count: 3, minMs: 2950, medianMs: 3010, maxMs: 3400 });
    expect(delayStats([4000, 1000, 3001, 2000])).toEqual({
      count: 4,
      minMs: 1000,
      medianMs: 2501,
      maxMs: 4000,
    });
  });

  it('is undefined without delays and ignores values that are no delay', () => {
    expect(delayStats([])).toBeUndefined();
    expect(delayStats([Number.NaN, -5])).toBeUndefined();
    expect(delayStats([7, Number.POSITIVE_INFINITY])).toEqual({ count: 1, minMs: 7, medianMs: 7, maxMs: 7 });
  });
});
