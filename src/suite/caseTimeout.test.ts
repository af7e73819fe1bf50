import { describe, expect, it } from 'vitest';
import { withinCaseTimeout } from './caseTimeout.js';

describe('withinCaseTimeout', () => {
  it('passes the work through when it settles in time', async () => {
    await expect(withinCaseTimeout(Promise.resolve('done'), 1_000)).resolves.toBe('done');
    await expect(withinCaseTimeout(Promise.reject(new Error('boom')), 1_000)).rejects.toThrow('boom');
  });

  it('fails the case when the work runs past the limit', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(withinCaseTimeout(never, 5)).rejects.toThrow('the case timed out after 0.005 s of running');
  });
});
