import { describe, expect, it } from 'vitest';
import { createRouter } from './router.js';
import type { RouteDef } from './types.js';

const r = (method: 'GET' | 'PUT', path: string): RouteDef => ({
  method,
  path,
  auth: 'A',
  handle: () => ({ status: 200, json: path }),
});

describe('createRouter', () => {
  const router = createRouter([
    r('GET', '/api/v11/Service/{id}'),
    r('GET', '/api/v11/Service/active/{id}'),
    r('PUT', '/api/v11/Service/sourceId/{sourceId}'),
  ]);
  it('literal segments beat parameters and matching is case-insensitive', () => {
    const m = router.match('GET', '/API/V11/service/Active/abc');
    expect(m).toMatchObject({ route: { path: '/api/v11/Service/active/{id}' }, params: { id: 'abc' } });
    expect(router.match('GET', '/api/v11/Service/abc')).toMatchObject({ params: { id: 'abc' } });
  });
  it('decodes parameters; reports a known path with another method', () => {
    expect(router.match('PUT', '/api/v11/Service/sourceId/a%2Eb')).toMatchObject({
      params: { sourceId: 'a.b' },
    });
    expect(router.match('POST', '/api/v11/Service/x')).toBe('method');
    expect(router.match('GET', '/api/v11/Nope')).toBeUndefined();
  });
});
