import { describe, expect, it } from 'vitest';
import { parseDefects, parseFaults, parseLatency } from './cliOptions.js';
import { DEFAULT_ORGANIZATION } from './seed.js';
import { businessIdCheckDigit } from '../rules/index.js';
import { createPrng } from './prng.js';

describe('simulate option parsing', () => {
  it('latency with optional jitter', () => {
    expect(parseLatency('150')).toEqual({ ms: 150 });
    expect(parseLatency('150±50')).toEqual({ ms: 150, jitterMs: 50 });
    expect(parseLatency('150+-50')).toEqual({ ms: 150, jitterMs: 50 });
    expect(() => parseLatency('fast')).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
  });
  it('faults', () => {
    expect(parseFaults('5xx=0.1,429=0.05,reset=0.01')).toEqual({ '5xx': 0.1, '429': 0.05, reset: 0.01 });
    expect(() => parseFaults('5xx=1.5')).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
    expect(() => parseFaults('boom=0.1')).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
  });
  it('defects', () => {
    expect(parseDefects(['drop-connection'])).toEqual(['drop-connection']);
    expect(() => parseDefects(['nope'])).toThrow(expect.objectContaining({ code: 'PTVR_USAGE' }));
  });
});

describe('seed', () => {
  it('default business id has a valid Y-tunnus check digit', () => {
    const [body, check] = DEFAULT_ORGANIZATION.businessCode!.split('-');
    expect(businessIdCheckDigit(body!)).toBe(Number(check));
    // Known real business ids: Yleisradio 1572860-0, Nokia 0112038-9.
    expect(businessIdCheckDigit('1572860')).toBe(0);
    expect(businessIdCheckDigit('0112038')).toBe(9);
  });
  it('prng is deterministic per seed', () => {
    const a = createPrng(5);
    const b = createPrng(5);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(createPrng(6)()).not.toBe(createPrng(5)());
  });
});
