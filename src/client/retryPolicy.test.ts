import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  classifyTransportError,
  errorCode,
  isIdempotent,
  isRetryableStatus,
  MAX_RETRY_AFTER_MS,
  resolveRetryPolicy,
  retryAfterMs,
} from './retryPolicy.js';

describe('retry policy', () => {
  it('defaults to 6 retries, 200 ms to 5 s', () => {
    expect(resolveRetryPolicy()).toEqual({ maxRetries: 6, minDelayMs: 200, maxDelayMs: 5000 });
    expect(resolveRetryPolicy({ minDelayMs: 100, maxDelayMs: 10 })).toEqual({
      maxRetries: 6,
      minDelayMs: 100,
      maxDelayMs: 100,
    });
  });

  it('backs off exponentially with jitter between half and all of the step, capped', () => {
    const p = resolveRetryPolicy();
    expect([1, 2, 3, 4, 5, 10].map((n) => backoffDelay(n, p, () => 0))).toEqual([
      100, 200, 400, 800, 1600, 2500,
    ]);
    expect([1, 2, 3, 4, 5, 10].map((n) => backoffDelay(n, p, () => 1))).toEqual([
      200, 400, 800, 1600, 3200, 5000,
    ]);
  });

  it('retries 429 and 5xx only', () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 400, 401, 403, 404, 409].some(isRetryableStatus)).toBe(false);
  });

  it('tells ambiguous transport errors from unreachable ones', () => {
    expect(classifyTransportError('ECONNRESET')).toBe('ambiguous');
    expect(classifyTransportError('UND_ERR_HEADERS_TIMEOUT')).toBe('ambiguous');
    expect(classifyTransportError('UND_ERR_CONNECT_TIMEOUT')).toBe('not-sent');
    expect(classifyTransportError('ECONNREFUSED')).toBe('unreachable');
    expect(classifyTransportError('ENOTFOUND')).toBe('unreachable');
    expect(classifyTransportError('AbortError')).toBe('other');
  });

  it('finds the code on a wrapped cause', () => {
    const inner = Object.assign(new Error('x'), { code: 'ECONNRESET' });
    expect(errorCode(new Error('outer', { cause: inner }))).toBe('ECONNRESET');
  });

  it('treats only connection POSTs as idempotent', () => {
    expect(isIdempotent('GET', '/api/v11/Service')).toBe(true);
    expect(isIdempotent('PUT', '/api/v11/Service/x')).toBe(true);
    expect(isIdempotent('POST', '/api/v11/Connection')).toBe(true);
    expect(isIdempotent('POST', '/api/v11/Connection/Source?x=1')).toBe(true);
    expect(isIdempotent('POST', '/api/v11/Service')).toBe(false);
    expect(isIdempotent('POST', '/api/v11/ServiceChannel/Phone')).toBe(false);
    expect(isIdempotent('POST', '/api/v11/ConnectionX')).toBe(false);
  });

  it('reads Retry-After as seconds or an HTTP date, capped, and ignores junk', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs({ 'retry-after': '3' }, now)).toBe(3000);
    expect(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:02 GMT' }, now)).toBe(2000);
    expect(retryAfterMs({ 'retry-after': '86400' }, now)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined();
    expect(retryAfterMs({}, now)).toBeUndefined();
  });
});
