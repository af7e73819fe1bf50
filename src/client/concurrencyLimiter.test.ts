import { describe, expect, it } from 'vitest';
import { clampConcurrency, createConcurrencyLimiter } from './concurrencyLimiter.js';

describe('createConcurrencyLimiter', () => {
  it('clamps to 1..64 with default 8', () => {
    expect(clampConcurrency(undefined)).toBe(8);
    expect(clampConcurrency(0)).toBe(1);
    expect(clampConcurrency(500)).toBe(64);
    expect(clampConcurrency(3.7)).toBe(3);
    expect(createConcurrencyLimiter(1000).limit).toBe(64);
  });

  it('never runs more than the limit at once, in FIFO order, and releases on failure', async () => {
    const lim = createConcurrencyLimiter(2);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const gates: Array<() => void> = [];
    const task = (i: number) =>
      lim.run(async () => {
        active++;
        peak = Math.max(peak, active);
        order.push(i);
        await new Promise<void>((r) => gates.push(r));
        active--;
        if (i === 0) throw new Error('boom');
        return i;
      });
    const all = [0, 1, 2, 3, 4].map((i) => task(i).catch(() => -1));
    while (order.length < 5) {
      await new Promise((r) => setImmediate(r));
      expect(lim.active).toBeLessThanOrEqual(2);
      gates.shift()?.();
    }
    gates.forEach((g) => g());
    expect(await Promise.all(all)).toEqual([-1, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(lim.active).toBe(0);
  });
});
