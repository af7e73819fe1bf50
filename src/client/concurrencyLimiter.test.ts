import { describe, expect, it } from 'vitest';
import { clampConcurrency, createConcurrencyLimiter, type LimiterSlot } from './concurrencyLimiter.js';

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

describe('createConcurrencyLimiter: adaptive on 429', () => {
  /** Starts `n` calls that each hold their slot until their gate is opened; returns the gates. */
  function hold(lim: ReturnType<typeof createConcurrencyLimiter>, n: number) {
    const calls: Array<{ slot?: LimiterSlot; open: () => void; done: Promise<void> }> = [];
    for (let i = 0; i < n; i++) {
      let open!: () => void;
      const gate = new Promise<void>((r) => (open = r));
      const call: (typeof calls)[number] = { open, done: Promise.resolve() };
      call.done = lim.run(async (slot) => {
        call.slot = slot;
        await gate;
      });
      calls.push(call);
    }
    return calls;
  }
  const settle = () => new Promise((r) => setImmediate(r));

  it('halves the limit once for a burst of 429s from calls started at the same level', async () => {
    const lim = createConcurrencyLimiter(8);
    const calls = hold(lim, 8);
    await settle();
    expect(lim.active).toBe(8);
    for (const c of calls) c.slot!.throttled();
    expect(lim.limit).toBe(4);
    calls.forEach((c) => c.open());
    await Promise.all(calls.map((c) => c.done));
    expect(lim.max).toBe(8);
  });

  it('keeps at most the lowered limit in flight, then recovers one step per `limit` clean answers', async () => {
    const lim = createConcurrencyLimiter(4);
    const first = hold(lim, 4);
    await settle();
    first[0]!.slot!.throttled();
    expect(lim.limit).toBe(2);
    first.forEach((c) => c.open());
    await Promise.all(first.map((c) => c.done));

    const next = hold(lim, 6);
    await settle();
    expect(lim.active).toBe(2);
    expect(lim.pending).toBe(4);
    // Two clean answers at limit 2 raise it to 3: a third call starts.
    next[0]!.slot!.ok();
    next[1]!.slot!.ok();
    expect(lim.limit).toBe(3);
    await settle();
    expect(lim.active).toBe(3);
    next.forEach((c) => c.open());
    await Promise.all(next.map((c) => c.done));
    expect(lim.active).toBe(0);
  });

  it('a 429 from a call started before the last cut does not cut again; the floor is 1, the ceiling max', async () => {
    const lim = createConcurrencyLimiter(2);
    const calls = hold(lim, 2);
    await settle();
    calls[0]!.slot!.throttled();
    calls[1]!.slot!.throttled();
    expect(lim.limit).toBe(1);
    calls.forEach((c) => c.open());
    await Promise.all(calls.map((c) => c.done));
    const [again] = hold(lim, 1);
    await settle();
    again!.slot!.throttled();
    expect(lim.limit).toBe(1);
    for (let i = 0; i < 10; i++) again!.slot!.ok();
    expect(lim.limit).toBe(2);
    again!.open();
    await again!.done;
  });
});
