import { describe, expect, it } from 'vitest';
import { outcomeOfError, toExitCode } from './exitCode.js';
import { PtvrError, isPtvrError } from './errors.js';

describe('toExitCode', () => {
  it.each([
    ['passed', 0],
    ['failed', 1],
    ['error', 2],
    ['interrupted', 130],
  ] as const)('%s → %i', (outcome, code) => {
    expect(toExitCode(outcome)).toBe(code);
  });

  it('maps interruption errors to 130 and every other error to 2', () => {
    expect(toExitCode(outcomeOfError(new PtvrError('PTVR_INTERRUPTED', 'x')))).toBe(130);
    expect(toExitCode(outcomeOfError(new PtvrError('PTVR_CONFIG_INVALID', 'x')))).toBe(2);
    expect(toExitCode(outcomeOfError(new Error('boom')))).toBe(2);
  });

  it('recognises coded errors by code, not by class identity', () => {
    expect(isPtvrError({ code: 'PTVR_USAGE', message: 'm' })).toBe(true);
    expect(isPtvrError({ code: 'ENOENT' })).toBe(false);
    expect(isPtvrError(new Error('x'))).toBe(false);
  });
});
