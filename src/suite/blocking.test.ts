import { describe, expect, it } from 'vitest';
import { CaseOutcomes, type FlowState } from './blocking.js';

describe('CaseOutcomes: which case blocks a step', () => {
  it('a failed step blocks the rest of its flow', () => {
    const o = new CaseOutcomes();
    const flow: FlowState = { name: 'orgs' };
    expect(o.blockFor('ORG-01', [], flow)).toBeUndefined();
    o.failed('ORG-01', flow);
    expect(o.blockFor('ORG-02', [], flow)).toEqual({ root: 'ORG-01', skipReason: 'blocked by ORG-01' });
    expect(o.blockFor('ORG-03', [], flow)?.root).toBe('ORG-01');
  });

  it('a step blocked by an unmet need blocks the rest of its own flow, naming the original failure', () => {
    const o = new CaseOutcomes();
    const orgs: FlowState = { name: 'orgs' };
    const services: FlowState = { name: 'services' };
    o.failed('ORG-01', orgs);
    const first = o.blockFor('SRV-01', ['ORG-01'], services);
    expect(first).toEqual({ root: 'ORG-01', skipReason: 'blocked by ORG-01 (needed case failed)' });
    // SRV-02 needs nothing itself, yet SRV-01's material is missing: blocked by ORG-01, not SRV-01.
    expect(o.blockFor('SRV-02', [], services)).toEqual({ root: 'ORG-01', skipReason: 'blocked by ORG-01' });
  });

  it('a need on a blocked case names the root cause, through any number of flows', () => {
    const o = new CaseOutcomes();
    const a: FlowState = { name: 'a' };
    const b: FlowState = { name: 'b' };
    const c: FlowState = { name: 'c' };
    o.failed('ORG-01', a);
    o.blockFor('SRV-01', ['ORG-01'], b);
    expect(o.blockFor('CH-01', ['SRV-01'], c)).toEqual({
      root: 'ORG-01',
      skipReason: 'blocked by ORG-01 (needed case SRV-01 was blocked)',
    });
  });

  it('a self-skip blocks only the steps that need it, unless it asks to block the flow', () => {
    const o = new CaseOutcomes();
    const flow: FlowState = { name: 'pit' };
    o.skipped('PIT-01', flow);
    expect(o.blockFor('PIT-02', [], flow)).toBeUndefined();
    o.passed('PIT-02');
    expect(o.blockFor('PIT-03', ['PIT-01'], flow)).toEqual({
      root: 'PIT-01',
      skipReason: 'blocked by PIT-01 (needed case was skipped)',
    });
    const other: FlowState = { name: 'other' };
    o.skipped('X-01', other, true);
    expect(o.blockFor('X-02', [], other)?.root).toBe('X-01');
  });

  it('a need that never ran blocks; a passed need does not', () => {
    const o = new CaseOutcomes();
    o.passed('ORG-01');
    expect(o.blockFor('SRV-01', ['ORG-01'], undefined)).toBeUndefined();
    expect(o.blockFor('SRV-02', ['NOPE-01'], undefined)?.skipReason).toBe(
      'blocked by NOPE-01 (needed case did not run)',
    );
  });

  it('waits for a needed case that has started, and calls one that never started "did not run"', async () => {
    const o = new CaseOutcomes();
    o.started('ARC-01');
    let resumed = false;
    const waiting = o.settled(['ARC-01', 'NEVER']).then(() => (resumed = true));
    await new Promise((r) => setImmediate(r));
    expect(resumed).toBe(false);
    o.passed('ARC-01');
    await waiting;
    expect(o.blockFor('ARC-02', ['ARC-01'], undefined)).toBeUndefined();
    expect(o.blockFor('ARC-03', ['NEVER'], undefined)?.skipReason).toBe(
      'blocked by NEVER (needed case did not run)',
    );
  });

  it('a started case that is blocked or fails releases what waits on it, with its outcome', async () => {
    const o = new CaseOutcomes();
    const flow: FlowState = { name: 'f' };
    o.failed('A', flow);
    o.started('B');
    const waiting = o.settled(['B']);
    expect(o.blockFor('B', [], flow)?.root).toBe('A');
    await waiting;
    expect(o.blockFor('C', ['B'], undefined)).toEqual({
      root: 'A',
      skipReason: 'blocked by A (needed case B was blocked)',
    });
    // Already recorded: started again (a retry) does not wait for ever.
    o.started('B');
    await o.settled(['B']);
  });
});
