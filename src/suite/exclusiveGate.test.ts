import { describe, expect, it } from 'vitest';
import { ExclusiveGate } from './exclusiveGate.js';

/** Lets every queued promise callback run. */
const settle = () => new Promise<void>((r) => setImmediate(r));

describe('ExclusiveGate', () => {
  it('admits shared steps together', async () => {
    const gate = new ExclusiveGate();
    const a = await gate.enter(false);
    const b = await gate.enter(false);
    expect(gate.running).toEqual({ shared: 2, exclusive: false });
    a();
    b();
    expect(gate.running).toEqual({ shared: 0, exclusive: false });
  });

  it('starts an exclusive step only when the running ones finished, and holds later ones back', async () => {
    const gate = new ExclusiveGate();
    const events: string[] = [];
    const first = await gate.enter(false);
    const alone = gate.enter(true).then((release) => (events.push('alone'), release));
    const later = gate.enter(false).then((release) => (events.push('later'), release));
    await settle();
    // The exclusive step waits for `first`; the later shared one queues behind it.
    expect(events).toEqual([]);
    first();
    const releaseAlone = await alone;
    await settle();
    expect(events).toEqual(['alone']);
    expect(gate.running).toEqual({ shared: 0, exclusive: true });
    releaseAlone();
    (await later)();
    expect(events).toEqual(['alone', 'later']);
    expect(gate.running).toEqual({ shared: 0, exclusive: false });
  });

  it('runs two exclusive steps one after the other, and a release twice counts once', async () => {
    const gate = new ExclusiveGate();
    const one = await gate.enter(true);
    let twoIn = false;
    const two = gate.enter(true).then((r) => ((twoIn = true), r));
    await settle();
    expect(twoIn).toBe(false);
    one();
    one();
    const release = await two;
    expect(gate.running).toEqual({ shared: 0, exclusive: true });
    release();
    expect(gate.running).toEqual({ shared: 0, exclusive: false });
  });
});
