import { describe, expect, it } from 'vitest';
import { businessIdWarning } from './businessIdWarning.js';

describe('businessIdWarning', () => {
  it('warns about a business id whose check digit is wrong, naming it', () => {
    const w = businessIdWarning({ organization: { businessId: '1234567-8' } });
    expect(w?.code).toBe('PTVR_CONFIG_INVALID');
    expect(w?.message).toContain('"1234567-8"');
    expect(w?.message).toMatch(/check digit/);
  });

  it('is silent for a valid business id and for none', () => {
    expect(businessIdWarning({ organization: { businessId: '1234567-1' } })).toBeUndefined();
    expect(businessIdWarning({ organization: { businessId: '0201256-6' } })).toBeUndefined();
    expect(businessIdWarning({ organization: {} })).toBeUndefined();
  });
});
