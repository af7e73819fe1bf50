import { describe, expect, it } from 'vitest';
import { throttles } from './throttles.js';

describe('throttles', () => {
  it('meets every request while unscoped, none once used up', () => {
    expect(throttles({ remaining: 1 }, 'POST', '/api/v11/Service')).toBe(true);
    expect(throttles({ remaining: 0 }, 'GET', '/api/v11/Service')).toBe(false);
  });

  it('meets only the scoped method and path, the path case-insensitively', () => {
    const t = { remaining: 2, method: 'GET', path: '/api/v11/Service' };
    expect(throttles(t, 'GET', '/api/v11/service')).toBe(true);
    expect(throttles(t, 'get', '/API/V11/SERVICE')).toBe(true);
    expect(throttles(t, 'POST', '/api/v11/Service')).toBe(false);
    expect(throttles(t, 'GET', '/api/v11/Service/list')).toBe(false);
    expect(throttles(t, 'GET', '/api/v11/Organization')).toBe(false);
  });
});
