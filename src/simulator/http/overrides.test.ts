import { describe, expect, it } from 'vitest';
import { createOverrides, override } from './overrides.js';

const reply = (status: number) => () => ({ status });

describe('createOverrides', () => {
  it('matches method and path pattern case-insensitively; {x} is one segment, a trailing * any rest', () => {
    const o = createOverrides({ recordCalls: false });
    const byId = override('get', '/api/v11/Service/{id}', reply(201));
    const any = override('*', '/control/*', reply(202));
    const re = override('POST', /^\/api\/v11\/ServiceChannel\/\w+$/, reply(203));
    o.use(byId, any, re);
    expect(o.take('GET', '/API/V11/service/abc')).toBe(byId);
    expect(o.take('PUT', '/api/v11/Service/abc')).toBeUndefined();
    expect(o.take('GET', '/api/v11/Service/abc/x')).toBeUndefined();
    expect(o.take('GET', '/api/v11/Service')).toBeUndefined();
    expect(o.take('PUT', '/control/state/deep')).toBe(any);
    expect(o.take('POST', '/api/v11/ServiceChannel/Phone')).toBe(re);
    expect(o.take('POST', '/api/v11/ServiceChannel/Phone/1')).toBeUndefined();
  });

  it('the newest handler wins, a once handler is used up, reset drops them all', () => {
    const o = createOverrides({ recordCalls: false });
    const old = override('GET', '/a', reply(500));
    const once = override('GET', '/a', reply(503), { once: true });
    o.use(old);
    o.use(once);
    expect(o.active).toBe(true);
    expect(o.take('GET', '/a')).toBe(once);
    expect(o.take('GET', '/a')).toBe(old);
    expect(o.take('GET', '/a')).toBe(old);
    o.reset();
    expect(o.active).toBe(false);
    expect(o.take('GET', '/a')).toBeUndefined();
  });

  it('records calls with the authorization header and password fields redacted', () => {
    const o = createOverrides({ recordCalls: true });
    o.record({
      method: 'POST',
      path: '/api/auth/api-login',
      rawQuery: 'a=1&B=two',
      headers: { authorization: 'Bearer eyJabc.def.ghi', 'content-type': 'application/json' },
      bodyText: '{"username":"u@x.fi","password":"hunter22"}',
    });
    o.record({ method: 'GET', path: '/x', rawQuery: '', headers: {}, bodyText: 'not json' });
    expect(o.calls).toEqual([
      {
        method: 'POST',
        path: '/api/auth/api-login',
        query: { a: '1', B: 'two' },
        headers: { authorization: '[REDACTED]', 'content-type': 'application/json' },
        body: { username: 'u@x.fi', password: '[REDACTED]' },
      },
      { method: 'GET', path: '/x', query: {}, headers: {}, body: 'not json' },
    ]);
    o.reset();
    expect(o.calls).toEqual([]);
  });

  it('refuses to show calls it was not asked to record, so an empty list never passes by accident', () => {
    const o = createOverrides({ recordCalls: false });
    o.record({ method: 'GET', path: '/x', rawQuery: '', headers: {}, bodyText: undefined });
    expect(() => o.calls).toThrow(/recordCalls: true/);
  });
});
