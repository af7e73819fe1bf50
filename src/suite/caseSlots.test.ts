import { describe, expect, it } from 'vitest';
import { CaseSlots } from './caseSlots.js';

/** Lets every queued promise callback run. */
const settle = () => new Promise<void>((r) => setImmediate(r));

const independent = { awaited: false };
const awaited = { awaited: true };
const early = { awaited: false, early: true };

/** Asks for places in this order; `order` lists the cases as they are admitted, `releases` theirs. */
function queue(slots: CaseSlots, asks: [string, Parameters<CaseSlots['acquire']>[0]][]) {
  const order: string[] = [];
  const releases = new Map<string, () => void>();
  for (const [name, req] of asks) {
    void slots.acquire(req).then((release) => {
      order.push(name);
      releases.set(name, release);
    });
  }
  return { order, release: (name: string) => releases.get(name)!() };
}

describe('CaseSlots', () => {
  it('runs up to its size at once and queues the rest', async () => {
    const slots = new CaseSlots(2);
    const q = queue(slots, [
      ['a', independent],
      ['b', independent],
      ['c', independent],
      ['d', independent],
    ]);
    await settle();
    expect(q.order).toEqual(['a', 'b']);
    expect(slots.usage).toEqual({ running: 2, waiting: 2, peak: 2 });
    q.release('a');
    await settle();
    expect(q.order).toEqual(['a', 'b', 'c']);
    expect(slots.usage).toMatchObject({ running: 2, waiting: 1, peak: 2 });
  });

  it('gives a freed place to an awaited case before independent cases that came earlier', async () => {
    const slots = new CaseSlots(1);
    const q = queue(slots, [
      ['first', independent],
      ['independent 1', independent],
      ['independent 2', independent],
      ['awaited 1', awaited],
      ['awaited 2', awaited],
    ]);
    for (const name of ['first', 'awaited 1', 'awaited 2', 'independent 1', 'independent 2']) {
      await settle();
      // One at a time: each admitted case holds the one place until it is released.
      expect(q.order[q.order.length - 1]).toBe(name);
      expect(slots.usage.running).toBe(1);
      q.release(name);
    }
    expect(slots.usage).toEqual({ running: 0, waiting: 0, peak: 1 });
  });

  it("gives a freed place to an early case (a chain's tail) after awaited cases, before independent ones", async () => {
    const slots = new CaseSlots(1);
    const q = queue(slots, [
      ['first', independent],
      ['independent 1', independent],
      ['early 1', early],
      ['awaited 1', awaited],
      ['early 2', early],
    ]);
    for (const name of ['first', 'awaited 1', 'early 1', 'early 2', 'independent 1']) {
      await settle();
      expect(q.order[q.order.length - 1]).toBe(name);
      q.release(name);
    }
    expect(slots.usage).toEqual({ running: 0, waiting: 0, peak: 1 });
  });

  it('counts a release twice once', async () => {
    const slots = new CaseSlots(1);
    const q = queue(slots, [
      ['one', independent],
      ['two', independent],
      ['three', independent],
    ]);
    await settle();
    q.release('one');
    q.release('one');
    await settle();
    expect(q.order).toEqual(['one', 'two']);
    expect(slots.usage).toMatchObject({ running: 1, waiting: 1 });
  });

  it('refuses a size below one', () => {
    expect(() => new CaseSlots(0)).toThrow(RangeError);
    expect(() => new CaseSlots(1.5)).toThrow(RangeError);
  });
});
